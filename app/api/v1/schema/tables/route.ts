import { tablesJsonSchema } from "@/lib/export/json-schema";
import { schemaResponse } from "@/lib/export/schema-response";

// Made from the definitions alone (no database), so it is rendered once at build time.
export const dynamic = "force-static";

/** The JSON Schema of the rows of an edition's tables (its CSV files and XLSX sheets). */
export function GET() {
  return schemaResponse(tablesJsonSchema());
}
