import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openDatabase, openMemoryPglite, type DbHandle } from "../connection";
import { migrateDatabase } from "../migrate";
import { seedPublishedReport } from "@/lib/seed/report";
import { serverUrl, type Template } from "./fresh-db";

// Vitest's global set-up: migrate, and migrate and seed, once per run on each driver, and
// hand every test file a copy rather than a database built from nothing. A fresh embedded
// database costs several seconds of initdb and migrations; a copy of a dump loads in about
// one. On the server a copy is `CREATE DATABASE … TEMPLATE`.

const TEMPLATES: Template[] = ["migrated", "seeded"];

async function fill(handle: DbHandle, template: Template) {
  await migrateDatabase(handle);
  if (template === "seeded") await seedPublishedReport(handle.db);
}

async function pgliteDumps(folder: string): Promise<Record<Template, string>> {
  const dumps = {} as Record<Template, string>;
  for (const template of TEMPLATES) {
    const handle = await openMemoryPglite();
    try {
      await fill(handle, template);
      const client = (handle.db as unknown as { $client: PGlite }).$client;
      const dump = await client.dumpDataDir("none");
      dumps[template] = path.join(folder, `${template}.tar`);
      await writeFile(dumps[template], Buffer.from(await dump.arrayBuffer()));
    } finally {
      await handle.close();
    }
  }
  return dumps;
}

async function serverTemplates(admin: postgres.Sql): Promise<Record<Template, string>> {
  const names = {} as Record<Template, string>;
  for (const template of TEMPLATES) {
    const name = `tracker_template_${process.pid}_${template}`;
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`create database "${name}"`);
    const url = serverUrl();
    url.pathname = `/${name}`;
    const handle = await openDatabase({ kind: "postgres", url: url.toString() });
    try {
      await fill(handle, template);
    } finally {
      // A template may have no one connected while it is copied.
      await handle.close();
    }
    names[template] = name;
  }
  return names;
}

export default async function setup({ provide }: TestProject) {
  const folder = await mkdtemp(path.join(os.tmpdir(), "tracker-templates-"));
  const admin = process.env.DATABASE_URL ? postgres(serverUrl().toString(), { max: 1, onnotice: () => {} }) : null;
  const [pglite, server] = await Promise.all([pgliteDumps(folder), admin ? serverTemplates(admin) : null]);
  provide("dbTemplates", { pglite, postgres: server });
  return async () => {
    await rm(folder, { recursive: true, force: true });
    if (!admin || !server) return;
    for (const name of Object.values(server)) await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end({ timeout: 5 });
  };
}
