import { sql } from "drizzle-orm";
import type { DbHandle } from "./connection";
import { migrateDatabase, migrateServer } from "./migrate";
import { canMigrate, currentRole } from "./roles";
import { areas } from "./schema";
import { assertSchemaReady } from "./schema-status";
import { seedReport, type SeedCounts } from "./seed/load";

export async function isEmpty(handle: DbHandle): Promise<boolean> {
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(areas);
  return (row?.n ?? 0) === 0;
}

type SchemaOptions = { migrationsFolder?: string };

/**
 * Brings the schema up to date where this configuration may: the embedded database and an
 * owner's connection migrate (through MIGRATION_DATABASE_URL when it is set, granting the
 * app's role its rights on what was made). Then the app's own connection must find the
 * schema current and usable, or the start stops with one line.
 */
export async function ensureSchema(handle: DbHandle, options: SchemaOptions = {}): Promise<void> {
  const target = handle.target;
  if (target.kind === "pglite") return migrateDatabase(handle, options);
  if (target.migrationUrl)
    await migrateServer(target.migrationUrl, { ...options, grantTo: await currentRole(handle.db) });
  else if (await canMigrate(handle.db)) await migrateDatabase(handle, options);
  await assertSchemaReady(handle.db, options.migrationsFolder);
}

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
    return { seeded: await seedReport(handle.db) };
  }
  return { seeded: null };
}

/** Drops every table (and the migration journal), migrates from empty and seeds; as the owner. */
export async function resetDatabase(handle: DbHandle): Promise<SeedCounts> {
  await handle.db.execute(sql`drop schema if exists drizzle cascade`);
  await handle.db.execute(sql`drop schema public cascade`);
  await handle.db.execute(sql`create schema public`);
  await migrateDatabase(handle);
  return seedReport(handle.db);
}
