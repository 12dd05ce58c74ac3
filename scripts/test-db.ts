// Creates or drops a throw-away database on the Postgres server of DATABASE_URL, for the
// end-to-end run: `create` prints its URL; `app-role <url>` makes a login role of its own
// (no rights yet: migrating through MIGRATION_DATABASE_URL grants them) and prints the
// database's URL as that role; `drop <url> [<app-url>]` removes the database, then the role.
import postgres from "postgres";
import { isLocalDatabase } from "./local-database";

function testName(value: string, kind: string): string {
  if (!/^tracker_e2e_[a-z0-9_]+$/.test(value)) throw new Error(`Not a test ${kind}: ${value}`);
  return value;
}

async function main() {
  const [command, target, appTarget] = process.argv.slice(2);
  const base = new URL(process.env.DATABASE_URL ?? "");
  if (!isLocalDatabase(base)) throw new Error(`Tests refuse to run against a non-local database (${base.hostname}).`);
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  const suffix = `${process.pid}_${Date.now().toString(36)}`;
  try {
    if (command === "create") {
      const name = `tracker_e2e_${suffix}`;
      await admin.unsafe(`create database "${name}"`);
      const url = new URL(base);
      url.pathname = `/${name}`;
      console.log(url.toString());
    } else if (command === "app-role" && target) {
      const role = `tracker_e2e_app_${suffix}`;
      await admin.unsafe(`create role "${role}" login`);
      const url = new URL(target);
      url.username = role;
      url.password = "";
      console.log(url.toString());
    } else if (command === "drop" && target) {
      await admin.unsafe(
        `drop database if exists "${testName(new URL(target).pathname.slice(1), "database")}" with (force)`,
      );
      if (appTarget) await admin.unsafe(`drop role if exists "${testName(new URL(appTarget).username, "role")}"`);
    } else {
      throw new Error("Usage: tsx scripts/test-db.ts create | app-role <url> | drop <url> [<app-url>]");
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
