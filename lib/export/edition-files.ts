import "server-only";
import type { Readable } from "node:stream";
import { getDb } from "@/db/client";
import { storeEditionFile } from "@/db/mutations/edition-files";
import {
  listContentSizes,
  listEditionFileMeta,
  type EditionFileFormat,
  type FileMeta,
} from "@/db/queries/edition-files";
import { getEditionReport } from "@/lib/report/edition-models";
import { csvZipStream } from "./csv-zip";
import { editionRows } from "./edition-rows";
import { editionReadme, type EditionRef } from "./readme";
import { xlsxStream } from "./xlsx";
import { collect } from "@/lib/export/collect";

// An edition's downloads are made from its frozen content the first time anyone asks for
// them, stored, and served from storage ever after: the listed sha256 and size are those
// of the stored bytes, the same for every reader and every server.

export type Download = { format: "json" | EditionFileFormat; size: number; sha256: string | null };

export const FILE_FORMATS: EditionFileFormat[] = ["csv", "xlsx"];

/** Writes one download of an edition (a stream, so that a large edition is never a workbook in memory). */
export async function editionFileStream(edition: EditionRef, format: EditionFileFormat): Promise<Readable> {
  const source = editionRows(await getEditionReport(edition.id));
  // The edition's own date, not the time of making: the same edition gives the same file.
  const at = new Date(`${edition.asOfDate}T00:00:00Z`);
  return format === "xlsx"
    ? xlsxStream(source, "edition", at)
    : csvZipStream(source, "edition", at, editionReadme(edition));
}

// One making per edition and format at a time in this process: a burst of first requests
// waits for the same file.
const slot = globalThis as unknown as { __editionFilesMaking?: Map<string, Promise<void>> };
const making = () => (slot.__editionFilesMaking ??= new Map());

function make(edition: EditionRef, format: EditionFileFormat): Promise<void> {
  const key = `${edition.id}:${format}`;
  let pending = making().get(key);
  if (!pending) {
    pending = (async () => {
      const bytes = await collect(await editionFileStream(edition, format));
      await storeEditionFile(await getDb(), edition.id, format, bytes);
    })().finally(() => making().delete(key));
    making().set(key, pending);
  }
  return pending;
}

/** Makes and stores whichever of these files of these editions are not stored yet; returns what is stored. */
export async function ensureEditionFiles(
  list: EditionRef[],
  formats: EditionFileFormat[] = FILE_FORMATS,
): Promise<FileMeta[]> {
  const db = await getDb();
  const ids = list.map((e) => e.id);
  const files = await listEditionFileMeta(db, ids);
  const missing = list.flatMap((e) =>
    formats.filter((f) => !files.some((m) => m.editionId === e.id && m.format === f)).map((f) => [e, f] as const),
  );
  if (missing.length === 0) return files;
  for (const [edition, format] of missing) await make(edition, format);
  return listEditionFileMeta(db, ids);
}

/** The downloads of these editions (JSON, CSV, XLSX) with their sizes and hashes, making any not yet stored. */
export async function editionDownloads(
  list: (EditionRef & { sha256: string | null })[],
): Promise<Map<string, Download[]>> {
  const db = await getDb();
  const ids = list.map((e) => e.id);
  const files = await ensureEditionFiles(list);
  const sizes = await listContentSizes(db, ids);
  const fileOf = (id: string, format: EditionFileFormat): FileMeta | undefined =>
    files.find((m) => m.editionId === id && m.format === format);
  return new Map(
    list.map((e) => [
      e.id,
      [
        { format: "json", size: sizes.get(e.id) ?? 0, sha256: e.sha256 },
        ...FILE_FORMATS.map((format) => ({
          format,
          size: fileOf(e.id, format)?.size ?? 0,
          sha256: fileOf(e.id, format)?.sha256 ?? null,
        })),
      ],
    ]),
  );
}
