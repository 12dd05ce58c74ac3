import "server-only";
import { getDb } from "@/db/client";
import { getReportRevision, loadReportSnapshot } from "@/db/queries/report-rows";
import { buildReport } from "./build";
import { deepFreeze } from "./frozen";
import type { ReportModel } from "./model";

// The live report is rebuilt only when the data has changed: the database keeps a revision
// that every change to the report's tables moves (in any process: a seed run, another app
// server). A page view costs one small query while nothing changes.
type Cached = { revision: number; report: Promise<ReportModel> };
const slot = globalThis as unknown as { __liveReport?: Cached };

/** The report as the live data stands now; shared between requests, so it is frozen. */
export async function getLiveReport(): Promise<ReportModel> {
  const db = await getDb();
  const revision = await getReportRevision(db);
  const cached = slot.__liveReport;
  if (cached && cached.revision === revision) return cached.report;
  const report = loadReportSnapshot(db).then(({ revision: built, rows }) => {
    // Rows read after the check may already be newer: file them under their own revision.
    if (slot.__liveReport?.report === report) slot.__liveReport = { revision: built, report };
    return deepFreeze(buildReport(rows));
  });
  slot.__liveReport = { revision, report };
  report.catch(() => {
    if (slot.__liveReport?.report === report) slot.__liveReport = undefined;
  });
  return report;
}
