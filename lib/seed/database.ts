import type { DbHandle } from "@/db/connection";
import { ensureSchema, isEmpty, recreateSchema, type SchemaOptions } from "@/db/maintenance";
import type { SeedCounts } from "@/db/seed/load";
import { seedPublishedReport } from "./report";

/**
 * Migrates, and on an empty embedded database loads the report by itself so that a
 * newcomer sees it on first start. A Postgres server is only ever seeded on request.
 */
export async function prepareDatabase(
  handle: DbHandle,
  options: SchemaOptions = {},
): Promise<{ seeded: SeedCounts | null }> {
  await ensureSchema(handle, options);
  if (handle.target.kind === "pglite" && (await isEmpty(handle))) {
    return { seeded: await seedPublishedReport(handle.db) };
  }
  return { seeded: null };
}

/** Drops every table (and the migration journal), migrates from empty and seeds; as the owner. */
export async function resetDatabase(handle: DbHandle): Promise<SeedCounts> {
  await recreateSchema(handle);
  return seedPublishedReport(handle.db);
}
