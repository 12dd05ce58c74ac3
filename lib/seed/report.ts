import type { Db } from "@/db/connection";
import { periodTaken, storeLoadedEdition } from "@/db/mutations/editions";
import { loadReportRows } from "@/db/queries/report-rows";
import * as data from "@/db/seed/data";
import { seedReport, type SeedCounts } from "@/db/seed/load";
import type { SeedArea, SeedPlan } from "@/db/seed/types";
import { buildReport } from "@/lib/report/build";
import { editionTitles } from "@/lib/report/next-edition";

/**
 * Loads the October 2021 report (idempotent) and, the first time, stores it as the
 * edition of its month, published, so that the public site has something to show on a
 * fresh start. A published edition never changes, so a second run finds it there. Its
 * content is built from the seed's fixed ids and timestamps: every fresh install publishes
 * the same bytes with the same sha256. Rows and edition are one transaction.
 */
export async function seedPublishedReport(
  db: Db,
  areas: SeedArea[] = data.areas,
  plan: SeedPlan = data.plan,
): Promise<SeedCounts> {
  return db.transaction(async (tx) => {
    const counts = await seedReport(tx, areas, plan);
    const period = plan.asOf.date.slice(0, 7);
    if (await periodTaken(tx, period)) return counts;
    await storeLoadedEdition(
      tx,
      {
        period,
        asOfDate: `${period}-01`,
        ...editionTitles(plan.asOf),
      },
      buildReport(await loadReportRows(tx)),
    );
    return counts;
  });
}
