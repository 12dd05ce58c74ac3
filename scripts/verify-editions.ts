// npm run editions:verify: hashes every published edition and its downloads again and
// compares them with the sha256 the site publishes. One JSON line per part; the exit status
// is 1 when any part differs, so that a daily timer (deploy/tracker-task@.timer) fails
// visibly. Reads only; runs as the app's role.
import { openDatabase, resolveTarget } from "@/db/connection";
import { startupMessage } from "@/db/errors";
import { editionIntegrity } from "@/db/queries/edition-integrity";
import { log } from "@/lib/log/logger";

async function main() {
  const handle = await openDatabase(resolveTarget());
  try {
    const findings = await editionIntegrity(handle.db);
    for (const { intact, ...finding } of findings)
      if (intact) log.info({ check: "edition", ...finding }, "intact");
      else log.error({ check: "edition", ...finding }, "differs from its published sha256");
    const damaged = findings.filter((f) => !f.intact).length;
    log[damaged ? "error" : "info"]({ check: "editions", parts: findings.length, damaged }, "editions verified");
    process.exitCode = damaged ? 1 : 0;
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(startupMessage(e));
  process.exit(2);
});
