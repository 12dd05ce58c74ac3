import path from "node:path";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import type { DbHandle } from "./connection";

export const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

// An arbitrary constant: every app server takes this advisory lock before migrating,
// so several servers starting together against one Postgres apply each migration once.
const MIGRATION_LOCK_KEY = 720_211_001;

/** Applies the committed migrations that are not yet applied; safe to run at every start. */
export async function migrateDatabase(handle: DbHandle): Promise<void> {
  if (handle.target.kind === "pglite") {
    // The folder lock already makes this process the only one on the database.
    await migrate(handle.db, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  const client = postgres(handle.target.url, { max: 1, onnotice: () => {} });
  try {
    const db = drizzle({ client });
    await db.execute(sql`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`);
    try {
      await migrate(db, { migrationsFolder: MIGRATIONS_FOLDER });
    } finally {
      await db.execute(sql`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`);
    }
  } finally {
    await client.end({ timeout: 5 });
  }
}
