import { editionJsonSchema } from "@/lib/export/edition-schema";
import { schemaResponse } from "@/lib/export/schema-response";

// Made from the definitions alone (no database), so it is rendered once at build time.
export const dynamic = "force-static";

/** The JSON Schema of an edition's JSON (GET /api/v1/editions/{period}). */
export function GET() {
  return schemaResponse(editionJsonSchema());
}
