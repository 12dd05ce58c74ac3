import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { seedPublishedReport } from "@/lib/seed/report";
import { openFreshDatabase, queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { createPersonas, type PersonaActors } from "@/db/testing/personas";
import type { ImportReport } from "./report";
import { editWorkbook } from "./testing/export-files";
import { auditCount, downloadExport, runImport } from "./testing/import-run";
import { csvOf, editCsv, SheetEdit } from "./testing/sheets";
import type ExcelJS from "exceljs";

// Files with mistakes in them: each mistake is named on its sheet, row and column, and
// nothing of the file is written, whatever else in it was right.

describe.each(testDbKinds())("import problems on %s", (kind) => {
  let h: DbHandle;
  let actors: PersonaActors;
  let exported: Uint8Array;
  let milestone: { id: string; project_id: string };
  beforeAll(async () => {
    h = await openFreshDatabase(kind);
    await seedPublishedReport(h.db);
    actors = await createPersonas(h.db);
    exported = await downloadExport(h, "xlsx");
    [milestone] = (await queryRows<{ id: string; project_id: string }>(
      h,
      sql`
      select m.id, m.project_id from milestones m join projects p on p.id = m.project_id where p.area_number = 2 order by p.number, m.sort_order limit 1`,
    )) as [typeof milestone];
  });
  afterAll(async () => {
    await h?.close();
  });

  /** Applies the edited export as the admin: it must be refused with these issues, writing nothing. */
  async function refusedWith(
    edit: (wb: ExcelJS.Workbook) => void,
    actor: keyof PersonaActors = "admin",
  ): Promise<ImportReport> {
    const bytes = await editWorkbook(exported, edit);
    const before = await auditCount(h);
    const dry = await runImport(h, actors[actor], bytes, "edited.xlsx", "dryRun");
    if (!dry.ok) throw new Error(JSON.stringify(dry));
    expect(dry.data.canApply).toBe(false);
    const applied = await runImport(h, actors[actor], bytes, "edited.xlsx", "apply", dry.data.sha256);
    expect(applied).toMatchObject({ ok: true, data: { applied: false } });
    expect(await auditCount(h)).toBe(before);
    return dry.data;
  }

  it("names a duplicate key on the later row, with the earlier one", async () => {
    let first = 0;
    let copy = 0;
    const report = await refusedWith((wb) => {
      const s = SheetEdit.of(wb, "milestones");
      first = s.rowWhere("milestone_id", milestone.id);
      copy = s.append({ title_ja: "同じIDの行" }, first);
    });
    expect(report.issues).toEqual([
      {
        table: "milestones",
        row: copy,
        column: "milestone_id",
        message: "import.issues.duplicateKey",
        params: { row: first },
      },
    ]);
    expect(report.counts.find((c) => c.table === "milestones")).toMatchObject({ errors: 1 });
  });

  it("names a broken date, a date without its precision, and a broken number", async () => {
    let m = 0;
    let o = 0;
    const report = await refusedWith((wb) => {
      const s = SheetEdit.of(wb, "milestones");
      m = s.rowWhere("milestone_id", milestone.id);
      s.set(m, "planned_date", "2021年10月");
      s.set(m, "actual_date", new Date("2021-11-03T00:00:00Z"));
      s.set(m, "actual_precision", null);
      const obs = SheetEdit.of(wb, "observations");
      o = 2;
      obs.set(o, "value", "約5,400");
    });
    expect(report.issues).toEqual(
      expect.arrayContaining([
        {
          table: "milestones",
          row: m,
          column: "planned_date",
          message: "import.issues.brokenDate",
          params: { value: "2021年10月" },
        },
        { table: "milestones", row: m, column: "actual_precision", message: "import.issues.precisionMissing" },
        {
          table: "observations",
          row: o,
          column: "value",
          message: "import.issues.brokenNumber",
          params: { value: "約5,400" },
        },
      ]),
    );
    expect(report.issues).toHaveLength(3);
  });

  it("refuses an actual date on an unfinished milestone, on its column, by the editor's own rule", async () => {
    const [open] = await queryRows<{ id: string }>(
      h,
      sql`
      select m.id from milestones m join projects p on p.id = m.project_id where p.area_number = 2 and m.status = 'in_progress' order by p.number, m.sort_order limit 1`,
    );
    let row = 0;
    const report = await refusedWith((wb) => {
      const s = SheetEdit.of(wb, "milestones");
      row = s.rowWhere("milestone_id", open!.id);
      s.set(row, "actual_date", new Date("2021-09-01T00:00:00Z"));
      s.set(row, "actual_precision", "month");
    });
    expect(report.issues).toEqual([
      { table: "milestones", row, column: "actual_precision", message: "validation.actualOnlyCompleted" },
    ]);
  });

  it("quotes at most 100 characters of a cell in a problem, and says it cut it", async () => {
    const long = `約${"5".repeat(30_000)}`;
    const report = await refusedWith((wb) => SheetEdit.of(wb, "observations").set(2, "value", long));
    expect(report.issues).toEqual([
      {
        table: "observations",
        row: 2,
        column: "value",
        message: "import.issues.brokenNumber",
        params: { value: `${long.slice(0, 100)}…` },
      },
    ]);
  });

  it("names an unknown area and an unknown organisation", async () => {
    let p = 0;
    const report = await refusedWith((wb) => {
      const projects = SheetEdit.of(wb, "projects");
      p = projects.rowWhere("project_id", milestone.project_id);
      projects.set(p, "area_number", 42);
      const partners = SheetEdit.of(wb, "project_organizations");
      partners.set(2, "organization_key", "no-such-organisation");
    });
    expect(report.issues).toEqual([
      { table: "projects", row: p, column: "area_number", message: "import.issues.unknownArea", params: { area: 42 } },
      {
        table: "project_organizations",
        row: 2,
        column: "organization_key",
        message: "import.issues.unknownOrganization",
        params: { key: "no-such-organisation" },
      },
    ]);
  });

  it("refuses new projects, unknown ids, codes outside their list and the editor's own rules, each on its column", async () => {
    const rows: Record<string, number> = {};
    const report = await refusedWith((wb) => {
      const projects = SheetEdit.of(wb, "projects");
      rows.project = projects.append({ project_id: null, title_ja: "新しい事業" }, 2);
      const s = SheetEdit.of(wb, "milestones");
      const m = s.rowWhere("milestone_id", milestone.id);
      rows.unknown = s.append(
        { milestone_id: "00000000-0000-4000-8000-000000000000", title_ja: "誰も知らない節目" },
        m,
      );
      rows.status = s.append({ milestone_id: null, status: "finished" }, m);
      rows.title = s.append(
        { milestone_id: null, title_ja: null, status: "planned", actual_date: null, actual_precision: null },
        m,
      );
    });
    expect(report.issues).toEqual([
      { table: "projects", row: rows.project, column: "project_id", message: "import.issues.projectsInEditor" },
      {
        table: "milestones",
        row: rows.unknown,
        column: "milestone_id",
        message: "import.issues.unknownId",
        params: { id: "00000000-0000-4000-8000-000000000000" },
      },
      {
        table: "milestones",
        row: rows.status,
        column: "status",
        message: "import.issues.unknownCode",
        params: { value: "finished", allowed: "planned, in_progress, completed, delayed, cancelled" },
      },
      { table: "milestones", row: rows.title, column: "title_ja", message: "validation.required" },
    ]);
  });

  it("names a file that is not a spreadsheet, and writes nothing", async () => {
    const before = await auditCount(h);
    const result = await runImport(h, actors.admin, new TextEncoder().encode("hello"), "notes.txt", "dryRun");
    expect(result).toMatchObject({
      ok: true,
      data: {
        format: null,
        canApply: false,
        issues: [{ table: null, row: null, column: null, message: "importFile.wrongType" }],
      },
    });
    expect(await auditCount(h)).toBe(before);
  });

  it("reads a single CSV table with a number written as text the same as the stored value", async () => {
    const csv = await csvOf(await downloadExport(h, "csv"), "observations");
    const bytes = editCsv(csv, (rows, col) => {
      const value = rows[1]![col("value")]!;
      rows[1]![col("value")] = value.includes(".") ? `${value}0` : `${value}.0`;
    });
    const result = await runImport(h, actors.admin, bytes, "observations.csv", "dryRun");
    expect(result).toMatchObject({ ok: true, data: { totals: { updated: 0, errors: 0 }, issues: [] } });
  });
});
