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
// On a Postgres server the app may run as a role that only reads and writes rows; then
// `migrationUrl` is the owner's connection, used for migrations alone.
export type DbTarget = { kind: "postgres"; url: string; migrationUrl?: string } | { kind: "pglite"; dataDir: string };

export type DbHandle = {
  db: Db;
  target: DbTarget;
  close: () => Promise<void>;
};

export function resolveTarget(env = readEnv()): DbTarget {
  if (!env.DATABASE_URL) return { kind: "pglite", dataDir: env.DATA_DIR };
  return env.MIGRATION_DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL, migrationUrl: env.MIGRATION_DATABASE_URL }
    : { kind: "postgres", url: env.DATABASE_URL };
}

/** The connection that owns the schema: MIGRATION_DATABASE_URL's when it is set, else the app's own. */
export function ownerTarget(target: DbTarget): DbTarget {
  return target.kind === "postgres" && target.migrationUrl ? { kind: "postgres", url: target.migrationUrl } : target;
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
    throw new ConfigError(
      `The data folder ${dir} is not writable: choose another with DATA_DIR or fix its permissions.`,
    );
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

/** An in-memory PGlite for tests: nothing on disk, no lock needed; optionally a copy of a dump. */
export async function openMemoryPglite(dump?: Blob): Promise<DbHandle> {
  const client = await PGlite.create(dump ? { loadDataDir: dump } : {});
  const db = drizzlePglite({ client, schema }) as unknown as Db;
  return { db, target: { kind: "pglite", dataDir: "memory://" }, close: () => client.close() };
}

/** Fails with one line naming the server when the client cannot run a query. */
export async function assertReachable(client: postgres.Sql, url: string): Promise<void> {
  try {
    await client`select 1`;
  } catch (e) {
    await client.end({ timeout: 1 }).catch(() => {});
    const reason = e instanceof Error ? e.message : String(e);
    throw new ConfigError(`Cannot reach the ${describeTarget({ kind: "postgres", url })}: ${reason}`);
  }
}

async function openPostgres(target: Extract<DbTarget, { kind: "postgres" }>): Promise<DbHandle> {
  const client = postgres(target.url, { max: 10, connect_timeout: 10, onnotice: () => {} });
  await assertReachable(client, target.url);
  const db = drizzlePostgres({ client, schema });
  return { db, target, close: () => client.end({ timeout: 5 }) };
}

export function openDatabase(target: DbTarget): Promise<DbHandle> {
  return target.kind === "postgres" ? openPostgres(target) : openPglite(target.dataDir);
}
