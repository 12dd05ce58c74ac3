import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { assertReachable, type DbHandle } from "./connection";
import { grantAppRole } from "./roles";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

// An arbitrary constant: every app server takes this advisory lock before migrating,
// so several servers starting together against one Postgres apply each migration once.
const MIGRATION_LOCK_KEY = 720_211_001;

export type MigrateOptions = {
  migrationsFolder?: string;
  /** The app's role, when it is not the one migrating: given its rights on what the migrations made. */
  grantTo?: string;
};

/** Applies the committed migrations that are not yet applied; safe to run at every start. */
export async function migrateDatabase(handle: DbHandle, options: MigrateOptions = {}): Promise<void> {
  if (handle.target.kind === "pglite") {
    // The folder lock already makes this process the only one on the database.
    await migrate(handle.db, { migrationsFolder: options.migrationsFolder ?? MIGRATIONS_FOLDER });
    return;
  }
  await migrateServer(handle.target.url, options);
}

/** Migrates the Postgres server at `url`, a connection of the schema's owner, under the advisory lock. */
export async function migrateServer(
  url: string,
  { migrationsFolder = MIGRATIONS_FOLDER, grantTo }: MigrateOptions = {},
): Promise<void> {
  const client = postgres(url, { max: 1, connect_timeout: 10, onnotice: () => {} });
  await assertReachable(client, url);
  try {
    const db = drizzle({ client });
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await migrate(db, { migrationsFolder });
      if (grantTo) await grantAppRole(db, grantTo);
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
