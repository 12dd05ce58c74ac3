import { beforeAll } from "vitest";
import { buildReport } from "@/lib/report/build";
import type { ReportModel } from "@/lib/report/model";
import type { Db } from "../connection";
import { loadReportRows } from "../queries/report-rows";
import { openFreshDatabase, type TestDbKind } from "./fresh-db";

/** The report model built from a database, read through the same path as the pages'. */
export async function reportOf(db: Db): Promise<ReportModel> {
  return buildReport(await loadReportRows(db));
}

/** The seeded report's model, read from a copy of the seeded template of `kind`. */
export async function seededReport(kind: TestDbKind): Promise<ReportModel> {
  const handle = await openFreshDatabase(kind, { seeded: true });
  try {
    return await reportOf(handle.db);
  } finally {
    await handle.close();
  }
}

/**
 * For a describe block of tests of the model alone: the seeded report's model, read once on
 * the embedded database. That either driver builds the same model is tested once
 * (db/queries/report-rows.test.ts), not by running every model test on both.
 */
export function useSeededReport() {
  const state = {} as { report: ReportModel };
  beforeAll(async () => {
    state.report = await seededReport("pglite");
  });
  return state;
}
