import type { SQL } from "drizzle-orm";
import postgres from "postgres";
import { openDatabase, openMemoryPglite, type DbHandle } from "../connection";
import { migrateDatabase } from "../migrate";
import { selectRows } from "../rows";

// Integration tests run on a real database: always embedded PGlite (in memory), and
// also the Postgres server when DATABASE_URL is set. Each test file gets a database of
// its own, created here and dropped afterwards, never a shared one.

export type TestDbKind = "pglite" | "postgres";

export function testDbKinds(): TestDbKind[] {
  return process.env.DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/** The test server (DATABASE_URL), refused unless it is on this machine. */
export function serverUrl(): URL {
  const url = new URL(process.env.DATABASE_URL!);
  if (!LOCAL_HOSTS.has(url.hostname)) {
    throw new Error(`Tests refuse to run against a non-local database (${url.hostname}).`);
  }
  return url;
}

/** A new, empty, migrated database of the given kind; `close` drops it. */
export async function openFreshDatabase(kind: TestDbKind, { migrate = true } = {}): Promise<DbHandle> {
  if (kind === "pglite") {
    const handle = await openMemoryPglite();
    if (migrate) await migrateDatabase(handle);
    return handle;
  }
  const base = serverUrl();
  const name = `tracker_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() });
  if (migrate) await migrateDatabase(handle);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end({ timeout: 5 });
    },
  };
}

/** Rows of a raw query on either driver. */
export function queryRows<T>(handle: DbHandle, query: SQL): Promise<T[]> {
  return selectRows<T>(handle.db, query);
}
