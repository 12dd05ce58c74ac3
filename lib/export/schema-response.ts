import type { JsonSchema } from "./json-schema";

// A published JSON Schema as a response. The schemas hold no data, only the format, so any
// site may read them (open CORS) and caches may keep them for an hour; they change only
// with a release. There is no OPTIONS handler: a plain GET needs no CORS preflight, and
// one would make the routes dynamic instead of files rendered at build time.
export function schemaResponse(schema: JsonSchema): Response {
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/schema+json",
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=3600",
    },
  });
}
