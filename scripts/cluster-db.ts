// Used by `npm run cluster` only: creates the database of DATABASE_URL on its (local)
// server when it does not exist yet. Migrating and seeding is `npm run db:seed`'s.
import postgres from "postgres";
import { isLocalDatabase } from "./local-database";

async function main() {
  const target = new URL(process.env.DATABASE_URL ?? "");
  if (!isLocalDatabase(target)) throw new Error(`The trial cluster runs on a local database only.`);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`Not a plain database name: ${name}`);
  const server = new URL(target);
  server.pathname = "/postgres";
  const sql = postgres(server.toString(), { max: 1, onnotice: () => {} });
  try {
    const [found] = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found) {
      await sql.unsafe(`create database "${name}"`);
      console.log(`Created the database ${name}.`);
    }
  } finally {
    await sql.end();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
