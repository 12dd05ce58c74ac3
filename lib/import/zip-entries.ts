import yauzl, { type Entry, type ZipFile } from "yauzl";
import { ZipFile as ZipWriter } from "yazl";

// Every zip the import opens (a zip of CSV files, and an XLSX workbook, which is a zip too)
// is walked here first, before anything inflates it for real. The central directory's
// declared sizes are checked before a byte is inflated, which refuses the usual zip bomb at
// once; then every entry is inflated through yauzl, whose validateEntrySizes stops a stream
// as soon as it yields more than its entry declared, so a header that lies about its size
// cannot get past the limits either. exceljs then sees a workbook rebuilt from exactly the
// entries read here (see read-file.ts), never the uploaded bytes, whose end record could
// hide entries from this walk that exceljs's own zip reader would still find and inflate.
//
// The limits are what a real export needs, with room: the whole seeded plan is about 1 MB
// of sheet XML, and exceljs holds a sheet in memory at some 25 times its XML.

export const ZIP_LIMITS = {
  entries: 200,
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 48 * 1024 * 1024,
  /** Highest uncompressed:compressed ratio allowed on an entry above `ratioFloorBytes`. */
  ratio: 200,
  ratioFloorBytes: 1024 * 1024,
};

export type ZipEntry = { name: string; directory: boolean; bytes: Uint8Array | null };

export type ZipRead =
  { ok: true; entries: ZipEntry[] } | { ok: false; message: string; params?: Record<string, number> };

class ZipRefused extends Error {}

const refuse = (message: string): never => {
  throw new ZipRefused(message);
};

function checkDeclaredSizes(entries: Entry[]): void {
  let total = 0;
  for (const entry of entries) {
    const { uncompressedSize: size, compressedSize } = entry;
    if (size > ZIP_LIMITS.entryBytes) refuse("importFile.zipBomb");
    if (size > ZIP_LIMITS.ratioFloorBytes && size > compressedSize * ZIP_LIMITS.ratio) refuse("importFile.zipBomb");
    total += size;
    if (total > ZIP_LIMITS.totalBytes) refuse("importFile.zipBomb");
  }
}

async function listEntries(zip: ZipFile): Promise<Entry[]> {
  // The end record says how many entries follow: a flood of them is refused unread.
  if (zip.entryCount > ZIP_LIMITS.entries) refuse("importFile.tooManyEntries");
  const entries: Entry[] = [];
  for await (const entry of zip.eachEntry()) {
    entries.push(entry);
    if (entries.length > ZIP_LIMITS.entries) refuse("importFile.tooManyEntries");
  }
  return entries;
}

/** The entry inflated in full, never past its declared size (yauzl errors first). */
async function inflate(zip: ZipFile, entry: Entry, keep: boolean): Promise<Uint8Array | null> {
  if (entry.isEncrypted()) refuse("importFile.encrypted");
  if (!entry.canDecodeFileData()) refuse("importFile.corrupt");
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    length += chunk.length;
    // A second guard besides yauzl's, so this bound holds whatever its options become.
    if (length > entry.uncompressedSize) {
      stream.destroy();
      refuse("importFile.zipBomb");
    }
    if (keep) chunks.push(chunk);
  }
  return keep ? new Uint8Array(Buffer.concat(chunks, length)) : null;
}

const messageOf = (e: unknown): string => {
  if (e instanceof ZipRefused) return e.message;
  // yauzl's words for an entry that inflates to more than its header said.
  if (e instanceof Error && /too many bytes/.test(e.message)) return "importFile.zipBomb";
  if (e instanceof Error && /encrypted/.test(e.message)) return "importFile.encrypted";
  return "importFile.corrupt";
};

/**
 * Reads every entry of a zip within the limits; `keep` says which entries' bytes to return
 * (the others are inflated only to prove their size).
 */
export async function readZipEntries(bytes: Uint8Array, keep: (name: string) => boolean): Promise<ZipRead> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let zip: ZipFile | undefined;
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true, autoClose: false });
    const entries = await listEntries(zip);
    checkDeclaredSizes(entries);
    const read: ZipEntry[] = [];
    for (const entry of entries) {
      const directory = entry.fileName.endsWith("/");
      read.push({
        name: entry.fileName,
        directory,
        bytes: directory ? null : await inflate(zip, entry, keep(entry.fileName)),
      });
    }
    return { ok: true, entries: read };
  } catch (e) {
    const message = messageOf(e);
    return {
      ok: false,
      message,
      ...(message === "importFile.tooManyEntries" ? { params: { limit: ZIP_LIMITS.entries } } : {}),
    };
  } finally {
    zip?.close();
  }
}

/**
 * A zip of exactly these entries, stored without compression: what exceljs is given to read
 * a workbook, so that it inflates nothing the checks above did not see.
 */
export async function rezip(entries: ZipEntry[]): Promise<Uint8Array> {
  const zip = new ZipWriter();
  for (const entry of entries)
    if (!entry.directory && entry.bytes) zip.addBuffer(Buffer.from(entry.bytes), entry.name, { compress: false });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}
