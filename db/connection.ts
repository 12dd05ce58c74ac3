import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { ConfigError, readEnv } from "@/lib/env";
import { lockDataDir } from "./lock";
import * as schema from "./schema";

// One code path for both databases: the same schema, migrations and queries run on
// a Postgres server (DATABASE_URL) or on embedded PGlite in a data folder.
// PGlite's drizzle type is structurally the same query builder; we expose one type.
export type Db = PostgresJsDatabase<typeof schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type DbTarget = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string };

export type DbHandle = {
  db: Db;
  target: DbTarget;
  close: () => Promise<void>;
};

export function resolveTarget(env = readEnv()): DbTarget {
  return env.DATABASE_URL ? { kind: "postgres", url: env.DATABASE_URL } : { kind: "pglite", dataDir: env.DATA_DIR };
}

/** Where the server is, without the password, for messages. */
export function describeTarget(target: DbTarget): string {
  if (target.kind === "pglite") return `embedded database in ${target.dataDir}`;
  const u = new URL(target.url);
  return `Postgres server ${u.hostname}:${u.port || 5432}${u.pathname}`;
}

function ensureWritableDir(dir: string) {
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch {
    throw new ConfigError(`The data folder ${dir} is not writable: choose another with DATA_DIR or fix its permissions.`);
  }
}

async function openPglite(dataDir: string): Promise<DbHandle> {
  ensureWritableDir(dataDir);
  const release = lockDataDir(dataDir);
  try {
    const client = await PGlite.create(path.join(dataDir, "pgdata"));
    const db = drizzlePglite({ client, schema }) as unknown as Db;
    return {
      db,
      target: { kind: "pglite", dataDir },
      close: async () => {
        await client.close();
        release();
      },
    };
  } catch (e) {
    release();
    throw e;
  }
}

/** An in-memory PGlite for tests: nothing on disk, no lock needed. */
export async function openMemoryPglite(): Promise<DbHandle> {
  const client = await PGlite.create();
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, target: { kind: "pglite", dataDir: "memory://" }, close: () => client.close() };
}

async function openPostgres(url: string): Promise<DbHandle> {
  const client = postgres(url, { max: 10, connect_timeout: 10, onnotice: () => {} });
  try {
    await client`select 1`;
  } catch (e) {
    await client.end({ timeout: 1 }).catch(() => {});
    const reason = e instanceof Error ? e.message : String(e);
    throw new ConfigError(`Cannot reach the ${describeTarget({ kind: "postgres", url })}: ${reason}`);
  }
  const db = drizzlePostgres({ client, schema });
  return { db, target: { kind: "postgres", url }, close: () => client.end({ timeout: 5 }) };
}

export function openDatabase(target: DbTarget): Promise<DbHandle> {
  return target.kind === "postgres" ? openPostgres(target.url) : openPglite(target.dataDir);
}
