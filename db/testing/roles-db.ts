import fs from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { serverUrl } from "./fresh-db";

// A database of its own on the test server with an owner and an app role of their own,
// made either by the deployment's db/roles.sql (names swapped) or as bare login roles
// with no grants at all. `close` drops the database, then the roles.

export type RolesDb = { owner: string; app: string; ownerUrl: string; appUrl: string; close: () => Promise<void> };

const ROLES_SQL = path.join(import.meta.dirname, "..", "roles.sql");

function statements(script: string): string[] {
  return script
    .split("\n")
    .filter((line) => !line.trimStart().startsWith("--"))
    .join("\n")
    .split(/;\s*$/m)
    .map((s) => s.trim())
    .filter(Boolean);
}

export async function createRolesDatabase({ setupSql }: { setupSql: boolean }): Promise<RolesDb> {
  const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const owner = `tracker_test_owner_${suffix}`,
    app = `tracker_test_app_${suffix}`,
    name = `tracker_test_${suffix}`;
  const urlOf = (user: string, database: string) => {
    const url = serverUrl();
    url.username = user;
    url.password = "";
    url.pathname = `/${database}`;
    return url.toString();
  };
  const admin = postgres(serverUrl().toString(), { max: 1, onnotice: () => {} });
  const inDatabase = postgres(urlOf(serverUrl().username, name), { max: 1, onnotice: () => {} });
  const close = async () => {
    await inDatabase.end({ timeout: 5 });
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.unsafe(`drop role if exists "${owner}"`);
    await admin.unsafe(`drop role if exists "${app}"`);
    await admin.end({ timeout: 5 });
  };
  try {
    if (setupSql) {
      const script = fs
        .readFileSync(ROLES_SQL, "utf8")
        .replace(/\btracker_owner\b/g, `"${owner}"`)
        .replace(/\btracker_app\b/g, `"${app}"`)
        .replace(/\btracker\b/g, `"${name}"`)
        .replace(/:'(owner|app)_password'/g, "NULL");
      const [server, database] = script.split(/^\\connect .*$/m) as [string, string];
      for (const statement of statements(server)) await admin.unsafe(statement);
      for (const statement of statements(database)) await inDatabase.unsafe(statement);
    } else {
      await admin.unsafe(`create role "${owner}" login`);
      await admin.unsafe(`create role "${app}" login`);
      await admin.unsafe(`create database "${name}" owner "${owner}"`);
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { owner, app, ownerUrl: urlOf(owner, name), appUrl: urlOf(app, name), close };
}
