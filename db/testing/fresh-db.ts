import { readFile } from "node:fs/promises";
import type { SQL } from "drizzle-orm";
import postgres from "postgres";
import { inject } from "vitest";
import { openDatabase, openMemoryPglite, type DbHandle } from "../connection";
import { selectRows } from "../rows";

// Integration tests run on a real database: always embedded PGlite (in memory), and
// also the Postgres server when DATABASE_URL is set. Each test file gets a database of
// its own, created here and dropped afterwards, never a shared one. Copies of templates
// made once per run (templates.ts) save each file its migrations and its seed.

export type TestDbKind = "pglite" | "postgres";

/** What a test database starts as (templates.ts makes one of each per run). */
export type Template = "migrated" | "seeded";
export type Templates = {
  /** The dump of each embedded template (a tar file). */
  pglite: Record<Template, string>;
  /** The name of each template database on the test server, when there is one. */
  postgres: Record<Template, string> | null;
};

declare module "vitest" {
  export interface ProvidedContext {
    dbTemplates: Templates;
  }
}

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

const dumps = new Map<string, Blob>();
async function dumpOf(file: string) {
  if (!dumps.has(file)) dumps.set(file, new Blob([await readFile(file)]));
  return dumps.get(file)!;
}

/**
 * A new database of the given kind, dropped by `close`: a copy of the run's migrated (or
 * migrated and seeded) template made by templates.ts, or an empty one for the tests of
 * migrating itself.
 */
export async function openFreshDatabase(
  kind: TestDbKind,
  { migrate = true, seeded = false }: { migrate?: boolean; seeded?: boolean } = {},
): Promise<DbHandle> {
  const template: Template | null = !migrate ? null : seeded ? "seeded" : "migrated";
  const templates = inject("dbTemplates");
  if (kind === "pglite") return openMemoryPglite(template ? await dumpOf(templates.pglite[template]) : undefined);
  const base = serverUrl();
  const name = `tracker_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"${template ? ` template "${templates.postgres![template]}"` : ""}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: "postgres", url: url.toString() });
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
