// npm run db:migrate | db:seed | db:reset — the database maintenance commands, run as the
// schema's owner: MIGRATION_DATABASE_URL when it is set (then DATABASE_URL's role, the
// app's, is granted its rights on what the migrations made), else DATABASE_URL.
import { describeTarget, openDatabase, ownerTarget, resolveTarget, type DbHandle } from "@/db/connection";
import { ensureSchema } from "@/db/maintenance";
import { resetDatabase } from "@/lib/seed/database";
import { seedPublishedReport } from "@/lib/seed/report";
import { startupMessage } from "@/db/errors";

const command = process.argv[2];
const commands: Record<string, string> = {
  migrate: "apply the committed migrations",
  seed: "migrate, then load the October 2021 report (idempotent)",
  reset: "drop everything, migrate from empty and load the report",
};

async function main() {
  if (!command || !(command in commands)) {
    console.error(`Usage: tsx scripts/db.ts <${Object.keys(commands).join("|")}>`);
    process.exit(2);
  }
  const target = resolveTarget();
  const owning = ownerTarget(target);
  const handle = await openDatabase(target);
  let owner: DbHandle = handle;
  try {
    if (owning !== target) owner = await openDatabase(owning);
    if (command === "migrate") {
      await ensureSchema(handle);
      console.log(`Migrated the ${describeTarget(target)}.`);
    } else if (command === "seed") {
      await ensureSchema(handle);
      const counts = await seedPublishedReport(owner.db);
      console.log(`Seeded the ${describeTarget(target)}: ${JSON.stringify(counts)}`);
    } else {
      const counts = await resetDatabase(owner);
      await ensureSchema(handle);
      console.log(`Reset the ${describeTarget(target)}: ${JSON.stringify(counts)}`);
    }
  } finally {
    if (owner !== handle) await owner.close();
    await handle.close();
  }
}

main().catch((e) => {
  console.error(startupMessage(e));
  process.exit(1);
});
