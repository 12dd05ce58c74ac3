// npm run db:seed:synthetic -- --projects 10000 [--seed 1]
// Fills a database of its own with clearly synthetic projects for load tests, on the same
// target as the other database commands, as the owner (MIGRATION_DATABASE_URL, else
// DATABASE_URL, else the embedded one in DATA_DIR): it empties tables with TRUNCATE.
// It refuses a database that holds the real report; on a synthetic one it replaces the data.
import { parseArgs } from "node:util";
import { describeTarget, openDatabase, ownerTarget, resolveTarget } from "@/db/connection";
import { startupMessage } from "@/db/errors";
import { migrateDatabase } from "@/db/migrate";
import { loadSyntheticData, SyntheticRefusal } from "@/db/seed/synthetic";

const USAGE = "Usage: npm run db:seed:synthetic -- --projects N [--seed S]";

class CliError extends Error {}

function wholeNumber(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new CliError(`--${name} must be a whole number (got "${raw}").\n${USAGE}`);
  return Number(raw);
}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({ options: { projects: { type: "string" }, seed: { type: "string" } }, strict: true }));
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${USAGE}`);
  }
  const projects = wholeNumber("projects", values.projects, 1000);
  const seed = wholeNumber("seed", values.seed, 1);
  if (projects < 1 || projects > 1_000_000) throw new CliError(`--projects must be from 1 to 1000000.\n${USAGE}`);
  if (seed > 65535) throw new CliError(`--seed must be from 0 to 65535.\n${USAGE}`);

  const target = ownerTarget(resolveTarget());
  const handle = await openDatabase(target);
  try {
    await migrateDatabase(handle);
    const started = performance.now();
    const counts = await loadSyntheticData(handle.db, { projects, seed });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Loaded ${counts.projects} synthetic projects (seed ${seed}) into the ${describeTarget(target)} in ${seconds} s: ${JSON.stringify(counts)}`,
    );
  } catch (e) {
    if (e instanceof SyntheticRefusal)
      throw new CliError(
        `Refused: the ${describeTarget(target)} ${e.message}; synthetic data goes into a database of its own (empty, or filled by this command before).`,
      );
    throw e;
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof CliError ? e.message : startupMessage(e));
  process.exit(1);
});
