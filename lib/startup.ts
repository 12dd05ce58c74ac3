import { describeTarget, resolveTarget } from "@/db/connection";
import { getDbHandle } from "@/db/client";
import { startupMessage } from "@/db/errors";
import { connectedApplications } from "@/db/queries/peers";
import { log } from "@/lib/log/logger";
import { prepareDatabase } from "./seed/database";
import { IDENTITY_PREFIX, identityName, identityOf, peerWarnings } from "./server-identity";

/** Called once when the server starts: open, migrate, seed an empty embedded database. */
export async function startDatabase(): Promise<void> {
  try {
    const target = resolveTarget();
    const identity = identityOf();
    // Postgres's standard variable, read by postgres.js when it connects: set before the
    // first connection, so that every connection of this server carries it.
    if (target.kind === "postgres") process.env.PGAPPNAME = identityName(identity);
    const handle = await getDbHandle();
    const { seeded } = await prepareDatabase(handle);
    console.log(
      `Database ready: ${describeTarget(target)}${seeded ? ` (seeded the October 2021 report: ${seeded.projects} items)` : ""}`,
    );
    if (target.kind === "postgres")
      for (const warning of peerWarnings(identity, await connectedApplications(handle.db, IDENTITY_PREFIX)))
        log.warn({ check: "app servers" }, warning);
  } catch (e) {
    console.error(startupMessage(e));
    process.exit(1);
  }
}
