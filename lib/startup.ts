import { describeTarget, resolveTarget } from "@/db/connection";
import { getDbHandle } from "@/db/client";
import { startupMessage } from "@/db/errors";
import { prepareDatabase } from "./seed/database";

/** Called once when the server starts: open, migrate, seed an empty embedded database. */
export async function startDatabase(): Promise<void> {
  try {
    const handle = await getDbHandle();
    const { seeded } = await prepareDatabase(handle);
    console.log(
      `Database ready: ${describeTarget(resolveTarget())}${seeded ? ` (seeded the October 2021 report: ${seeded.projects} items)` : ""}`,
    );
  } catch (e) {
    console.error(startupMessage(e));
    process.exit(1);
  }
}
