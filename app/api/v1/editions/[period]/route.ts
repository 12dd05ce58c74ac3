import { CACHE_POLICY } from "@/lib/cache-policy";
import {
  CORS_HEADERS,
  editionText,
  etagOf,
  findPublicEdition,
  notFoundJson,
  notModified,
  preflight,
} from "@/lib/api/open-data";

// GET /api/v1/editions/{period}: the edition's report model as JSON, exactly the stored bytes,
// so that the sha256 listed for it is the hash of this answer.
export async function GET(request: Request, { params }: { params: Promise<{ period: string }> }) {
  const { period } = await params;
  const edition = await findPublicEdition(period);
  if (!edition?.sha256) return notFoundJson(`No published edition for period ${period}.`);
  const etag = etagOf(edition.sha256);
  const unchanged = notModified(request, etag);
  if (unchanged) return unchanged;
  const body = Buffer.from(await editionText(edition.id), "utf8");
  return new Response(body, {
    headers: {
      ...CORS_HEADERS,
      "content-type": "application/json; charset=utf-8",
      "content-length": String(body.byteLength),
      etag,
      "cache-control": CACHE_POLICY.immutable,
      "content-disposition": `inline; filename="cooperation-plan-${edition.period}.json"`,
    },
  });
}

export const OPTIONS = preflight;
