import { sql } from "drizzle-orm";
import type { DbHandle } from "./connection";
import { migrateDatabase, migrateServer } from "./migrate";
import { canMigrate, currentRole } from "./roles";
import { areas } from "./schema";
import { assertSchemaReady } from "./schema-status";

export async function isEmpty(handle: DbHandle): Promise<boolean> {
  const [row] = await handle.db.select({ n: sql<number>`count(*)::int` }).from(areas);
  return (row?.n ?? 0) === 0;
}

export type SchemaOptions = { migrationsFolder?: string };

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

/** Drops every table (and the migration journal) and migrates from empty; as the owner. */
export async function recreateSchema(handle: DbHandle): Promise<void> {
  await handle.db.execute(sql`drop schema if exists drizzle cascade`);
  await handle.db.execute(sql`drop schema public cascade`);
  await handle.db.execute(sql`create schema public`);
  await migrateDatabase(handle);
}
