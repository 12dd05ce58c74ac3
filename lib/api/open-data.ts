import "server-only";
import { getDb } from "@/db/client";
import { CACHE_POLICY } from "@/lib/cache-policy";
import { getEditionContent, type EditionMeta } from "@/db/queries/editions";
import { boundedCache } from "@/lib/report/bounded-cache";
import { publicEditions } from "@/lib/report/edition-list";

// The read-only open data API: what every answer shares (open CORS, caching) and how a
// period in the address finds its edition. Drafts are never served.

export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, Content-Length, Content-Disposition",
};

/** Answers a CORS preflight (a conditional GET with If-None-Match needs one). */
export const preflight = () =>
  new Response(null, {
    status: 204,
    headers: {
      ...CORS_HEADERS,
      "access-control-allow-methods": "GET, HEAD, OPTIONS",
      "access-control-allow-headers": "If-None-Match",
      "access-control-max-age": "86400",
    },
  });

export function notFoundJson(message: string) {
  return Response.json(
    { error: message },
    { status: 404, headers: { ...CORS_HEADERS, "cache-control": CACHE_POLICY.latest } },
  );
}

const PERIOD = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

export async function findPublicEdition(period: string): Promise<EditionMeta | null> {
  if (!PERIOD.test(period)) return null;
  return (await publicEditions()).find((e) => e.period === period) ?? null;
}

// The JSON of a large edition is tens of megabytes: the last few served are kept as text.
const slot = globalThis as unknown as { __editionTexts?: ReturnType<typeof boundedCache<string>> };
const texts = () => (slot.__editionTexts ??= boundedCache<string>(2));

export const editionText = (id: string) =>
  texts()(id, async () => {
    const content = await getEditionContent(await getDb(), id);
    if (content === null) throw new Error(`Edition ${id} has no content.`);
    return content;
  });

/** A strong validator: the representation is exactly these bytes, so their hash names it. */
export const etagOf = (sha256: string) => `"${sha256}"`;

export function notModified(request: Request, etag: string): Response | null {
  const tags = request.headers
    .get("if-none-match")
    ?.split(",")
    .map((t) => t.trim().replace(/^W\//, ""));
  if (!tags?.some((t) => t === etag || t === "*")) return null;
  return new Response(null, {
    status: 304,
    headers: { ...CORS_HEADERS, etag, "cache-control": CACHE_POLICY.immutable },
  });
}
