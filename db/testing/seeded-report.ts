import { afterAll, beforeAll } from "vitest";
import { buildReport } from "@/lib/report/build";
import type { ReportModel } from "@/lib/report/model";
import type { DbHandle } from "../connection";
import { loadReportRows } from "../queries/report-rows";
import { seedReport } from "../seed/load";
import { openFreshDatabase, type TestDbKind } from "./fresh-db";

/**
 * For a describe block: a fresh database of `kind` holding the seeded report, and the report
 * model built from it, read through the same path as the pages'. Closed after the block.
 */
export function useSeededReport(kind: TestDbKind) {
  const state = {} as { handle: DbHandle; report: ReportModel };
  beforeAll(async () => {
    state.handle = await openFreshDatabase(kind);
    await seedReport(state.handle.db);
    state.report = buildReport(await loadReportRows(state.handle.db));
  });
  afterAll(async () => {
    await state.handle?.close();
  });
  return state;
}
