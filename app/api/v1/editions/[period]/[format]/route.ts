import { CACHE_POLICY } from "@/lib/cache-policy";
import { getDb } from "@/db/client";
import { getEditionFile, type EditionFileFormat } from "@/db/queries/edition-files";
import { CORS_HEADERS, etagOf, findPublicEdition, notFoundJson, notModified, preflight } from "@/lib/api/open-data";
import { ensureEditionFiles } from "@/lib/export/edition-files";
import { downloadName, MEDIA_TYPES } from "@/lib/export/downloads";

// GET /api/v1/editions/{period}/csv and /xlsx: the edition's tables, made once and stored, so
// every download is the same bytes as the sha256 listed for it.
export async function GET(request: Request, { params }: { params: Promise<{ period: string; format: string }> }) {
  const { period, format } = await params;
  if (format !== "csv" && format !== "xlsx") return notFoundJson(`Unknown format ${format}: csv or xlsx.`);
  const edition = await findPublicEdition(period);
  if (!edition?.sha256) return notFoundJson(`No published edition for period ${period}.`);
  // The stored hash answers a revalidation before a byte of the file is read.
  const meta = (await ensureEditionFiles([edition], [format])).find((f) => f.format === format);
  if (!meta) return notFoundJson(`The ${format} file of ${period} could not be made.`);
  const etag = etagOf(meta.sha256);
  const unchanged = notModified(request, etag);
  if (unchanged) return unchanged;
  const file = await getEditionFile(await getDb(), edition.id, format as EditionFileFormat);
  if (!file) return notFoundJson(`The ${format} file of ${period} could not be made.`);
  return new Response(Buffer.from(file.bytes), {
    headers: {
      ...CORS_HEADERS,
      "content-type": MEDIA_TYPES[format],
      "content-length": String(file.size),
      etag,
      "cache-control": CACHE_POLICY.immutable,
      "content-disposition": `attachment; filename="${downloadName(edition.period, format)}"`,
    },
  });
}

export const OPTIONS = preflight;
