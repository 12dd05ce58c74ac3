// npm run db:migrate | db:seed | db:reset — the database maintenance commands.
import { describeTarget, openDatabase, resolveTarget } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { resetDatabase } from "@/db/maintenance";
import { seedReport } from "@/db/seed/load";
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
  const handle = await openDatabase(target);
  try {
    if (command === "migrate") {
      await migrateDatabase(handle);
      console.log(`Migrated the ${describeTarget(target)}.`);
    } else if (command === "seed") {
      await migrateDatabase(handle);
      const counts = await seedReport(handle.db);
      console.log(`Seeded the ${describeTarget(target)}: ${JSON.stringify(counts)}`);
    } else {
      const counts = await resetDatabase(handle);
      console.log(`Reset the ${describeTarget(target)}: ${JSON.stringify(counts)}`);
    }
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(startupMessage(e));
  process.exit(1);
});
