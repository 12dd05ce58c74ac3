import "server-only";
import { getDb } from "@/db/client";
import { loadReportRows } from "@/db/queries/report-rows";
import { buildReport } from "./build";
import type { ReportModel } from "./model";

/** The report as the live data stands now. */
export async function getLiveReport(): Promise<ReportModel> {
  return buildReport(await loadReportRows(await getDb()));
}
