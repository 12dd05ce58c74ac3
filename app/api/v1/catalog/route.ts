import { CACHE_POLICY } from "@/lib/cache-policy";
import { catalog } from "@/lib/api/catalog";
import { CORS_HEADERS, preflight } from "@/lib/api/open-data";
import { editionDownloads } from "@/lib/export/edition-files";
import { publicEditions } from "@/lib/report/edition-list";

// GET /api/v1/catalog: the public editions as a DCAT catalogue (JSON-LD) for data catalogues to harvest.
export async function GET() {
  const editions = await publicEditions();
  const body = catalog(editions, await editionDownloads(editions));
  return Response.json(body, {
    headers: {
      ...CORS_HEADERS,
      "content-type": "application/ld+json; charset=utf-8",
      "cache-control": CACHE_POLICY.latest,
    },
  });
}

export const OPTIONS = preflight;
