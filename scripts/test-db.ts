// Creates or drops a throw-away database on the Postgres server of DATABASE_URL, for the
// end-to-end run: `create` prints its URL, `drop <url>` removes it.
import postgres from "postgres";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

async function main() {
  const [command, target] = process.argv.slice(2);
  const base = new URL(process.env.DATABASE_URL ?? "");
  if (!LOCAL_HOSTS.has(base.hostname)) throw new Error(`Tests refuse to run against a non-local database (${base.hostname}).`);
  const admin = postgres(base.toString(), { max: 1, onnotice: () => {} });
  try {
    if (command === "create") {
      const name = `tracker_e2e_${process.pid}_${Date.now().toString(36)}`;
      await admin.unsafe(`create database "${name}"`);
      const url = new URL(base);
      url.pathname = `/${name}`;
      console.log(url.toString());
    } else if (command === "drop" && target) {
      const name = new URL(target).pathname.slice(1);
      if (!/^tracker_e2e_[a-z0-9_]+$/.test(name)) throw new Error(`Not a test database: ${name}`);
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
    } else {
      throw new Error("Usage: tsx scripts/test-db.ts create | drop <url>");
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
