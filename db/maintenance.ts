import { sql } from "drizzle-orm";
import type { DbHandle } from "./connection";
import { migrateDatabase } from "./migrate";
import { areas } from "./schema";
import { seedReport, type SeedCounts } from "./seed/load";

export async function isEmpty(handle: DbHandle): Promise<boolean> {
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(areas);
  return (row?.n ?? 0) === 0;
}

/**
 * Migrates, and on an empty embedded database loads the report by itself so that a
 * newcomer sees it on first start. A Postgres server is only ever seeded on request.
 */
export async function prepareDatabase(handle: DbHandle): Promise<{ seeded: SeedCounts | null }> {
  await migrateDatabase(handle);
  if (handle.target.kind === "pglite" && (await isEmpty(handle))) {
    return { seeded: await seedReport(handle.db) };
  }
  return { seeded: null };
}

/** Drops every table (and the migration journal), migrates from empty and seeds. */
export async function resetDatabase(handle: DbHandle): Promise<SeedCounts> {
  await handle.db.execute(sql`drop schema if exists drizzle cascade`);
  await handle.db.execute(sql`drop schema public cascade`);
  await handle.db.execute(sql`create schema public`);
  await migrateDatabase(handle);
  return seedReport(handle.db);
}
