import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor } from "@/db/testing/personas";
import { editWorkbook, loadWorkbook } from "@/lib/import/testing/export-files";
import { codeLabels } from "@/lib/export/row-parts";
import { TABLES } from "@/lib/export/tables";
import { inTurn } from "@/lib/import/parse-in-worker";
import {
  auditCount,
  downloadExport,
  dryRunThenApply,
  importForm,
  runImport,
  sha256,
} from "@/lib/import/testing/import-run";
import { csvOf, editCsv, SheetEdit, sheetOf } from "@/lib/import/testing/sheets";
import type { DatePrecision } from "@/lib/domain/partial-date";
import { toDateInput } from "@/lib/validation/partial-date";
import { milestoneActions } from "./records";
import { importSpreadsheetDef } from "./import";
import { readProgress } from "./progress";
import { useTestDatabase } from "@/db/testing/use-database";

// The staff import end to end through its action: an export read back unchanged, edits
// applied through the editor's mutations with their audit rows, conflicts and refusals
// writing nothing.

type Milestone = {
  id: string;
  project_id: string;
  version: number;
  status: string;
  title_ja: string;
  title_en: string;
  planned_date: string | null;
  planned_precision: DatePrecision | null;
  sort_order: number;
};

const versionsTotal = async (h: DbHandle) =>
  (
    await queryRows<{ n: number }>(
      h,
      sql`
  select (select sum(version) from projects) + (select sum(version) from milestones) + (select sum(version) from progress_updates)
    + (select sum(version) from indicator_observations) + (select sum(version) from indicator_targets) + (select sum(version) from project_organizations) as n`,
    )
  )[0]!.n;

/** An area-2 record of each imported kind, to edit. */
async function area2Records(h: DbHandle) {
  const [milestone] = await queryRows<Milestone>(
    h,
    sql`
    select m.id, m.project_id, m.version, m.status, m.title_ja, m.title_en, m.planned_date::text, m.planned_precision, m.sort_order from milestones m
    join projects p on p.id = m.project_id where p.area_number = 2 and m.status in ('planned', 'in_progress') order by p.number, m.sort_order limit 1`,
  );
  const [note] = await queryRows<{ id: string; version: number }>(
    h,
    sql`
    select u.id, u.version from progress_updates u join projects p on p.id = u.project_id where p.area_number = 2 order by p.number, u.sort_order limit 1`,
  );
  const [observation] = await queryRows<{ id: string; value: string; version: number }>(
    h,
    sql`
    select o.id, o.value::text, o.version from indicator_observations o join indicators i on i.id = o.indicator_id join projects p on p.id = i.project_id
    where p.area_number = 2 and i.measure <> 'qualitative' order by p.number, o.sort_order limit 1`,
  );
  const [link] = await queryRows<{ project_id: string; key: string; version: number }>(
    h,
    sql`
    select l.project_id, o.key, l.version from project_organizations l join organizations o on o.id = l.organization_id join projects p on p.id = l.project_id
    where p.area_number = 2 order by p.number, l.sort_order limit 1`,
  );
  return { milestone: milestone!, note: note!, observation: observation!, link: link! };
}

describe.each(testDbKinds())("staff import on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });

  it.each(["xlsx", "csv"] as const)(
    "reads an unedited %s export back as unchanged, and applying it writes nothing",
    async (format) => {
      const bytes = await downloadExport(fx.h, format);
      const [audits, versions] = [await auditCount(fx.h), await versionsTotal(fx.h)];
      const { dry, applied } = await dryRunThenApply(
        fx.h,
        fx.actors.admin!,
        bytes,
        format === "xlsx" ? "live.xlsx" : "live.zip",
      );
      expect(dry.totals).toMatchObject({ created: 0, updated: 0, conflicts: 0, errors: 0 });
      expect(dry.totals.unchanged).toBeGreaterThan(400);
      expect(dry.totals.notImported).toBeGreaterThan(0);
      expect(dry.counts.find((c) => c.table === "codes")).toMatchObject({
        notImported: expect.any(Number),
        unchanged: 0,
      });
      expect(dry).toMatchObject({
        mode: "dryRun",
        canApply: false,
        format: format === "xlsx" ? "xlsx" : "zip",
        issues: [],
        rows: [],
      });
      expect(applied).toMatchObject({ ok: true, data: { mode: "apply", applied: true, rows: [] } });
      expect([await auditCount(fx.h), await versionsTotal(fx.h)]).toEqual([audits, versions]);
    },
  );

  it("reads the earlier workbook back as unchanged: sheets named by their keys, its headings, codes as codes", async () => {
    const earlier = await editWorkbook(await downloadExport(fx.h, "xlsx"), (wb) => {
      for (const table of TABLES) {
        const sheet = sheetOf(wb, table.name);
        sheet.name = table.name;
        const header = sheet.getRow(1);
        header.eachCell((cell) => {
          cell.value = String(cell.value).replaceAll("項目", "事業").replaceAll("節目", "マイルストーン");
        });
        table.columns.forEach((col) => {
          if (col.type !== "code") return;
          const code = Object.fromEntries(Object.entries(codeLabels(col.codes!, "ja")).map(([c, l]) => [l, c]));
          const at = SheetEdit.of(wb, table.name).column(col.key);
          sheet.getColumn(at).eachCell((cell, n) => {
            if (n > 1 && typeof cell.value === "string") cell.value = code[cell.value] ?? cell.value;
          });
        });
      }
    });
    const edit = SheetEdit.of(await loadWorkbook(earlier), "milestones");
    expect(edit.get(2, "status")).toMatch(/^[a-z_]+$/);
    const tried = await runImport(fx.h, fx.actors.admin!, earlier, "earlier.xlsx", "dryRun");
    if (!tried.ok) throw new Error(JSON.stringify(tried));
    expect(tried.data).toMatchObject({ issues: [], totals: { created: 0, updated: 0, conflicts: 0, errors: 0 } });
    expect(tried.data.totals.unchanged).toBeGreaterThan(400);
  });

  it("applies an editor's edits of their area through the editor's mutations, with an audit row for each", async () => {
    const r = await area2Records(fx.h);
    const bytes = await editWorkbook(await downloadExport(fx.h, "xlsx"), (wb) => {
      const milestones = SheetEdit.of(wb, "milestones");
      const m = milestones.rowWhere("milestone_id", r.milestone.id);
      milestones.set(m, "status", "completed");
      milestones.set(m, "actual_date", new Date("2021-11-03T00:00:00Z"));
      milestones.set(m, "actual_precision", "day");
      milestones.append(
        {
          milestone_id: null,
          version: null,
          seq: null,
          title_ja: "取り込みで加えた節目",
          title_en: "",
          status: "planned",
          planned_date: "2026-03-01",
          planned_precision: "month",
          actual_date: null,
          actual_precision: null,
        },
        m,
      );
      const notes = SheetEdit.of(wb, "progress_notes");
      notes.set(notes.rowWhere("progress_id", r.note.id), "text_ja", "取り込みで書き換えた進捗");
      const observations = SheetEdit.of(wb, "observations");
      observations.set(
        observations.rowWhere("observation_id", r.observation.id),
        "value",
        Number(r.observation.value) + 12,
      );
      const partners = SheetEdit.of(wb, "project_organizations");
      const p = [...Array(2000).keys()]
        .map((i) => i + 2)
        .find(
          (n) =>
            partners.get(n, "project_id") === r.link.project_id && partners.get(n, "organization_key") === r.link.key,
        )!;
      partners.set(p, "role_ja", "取り込みで変えた役割");
    });
    const before = await auditCount(fx.h);
    const tried = await runImport(fx.h, fx.actors.editorArea, bytes, "edited.xlsx", "dryRun");
    if (!tried.ok) throw new Error(JSON.stringify(tried));
    const dry = tried.data;
    expect(dry.totals).toMatchObject({ created: 1, updated: 4, conflicts: 0, errors: 0 });
    expect(dry.canApply).toBe(true);
    expect(await auditCount(fx.h)).toBe(before);
    const changed = dry.rows.find((row) => row.table === "milestones" && row.outcome === "updated")!;
    expect(changed.label).toMatch(/^2-. /);
    expect(changed.changes).toEqual(
      expect.arrayContaining([
        { column: "status", old: r.milestone.status, new: "completed" },
        { column: "actual_date", old: null, new: "2021-11-03" },
        { column: "actual_precision", old: null, new: "day" },
      ]),
    );

    const applied = await runImport(fx.h, fx.actors.editorArea, bytes, "edited.xlsx", "apply", dry.sha256);
    expect(applied).toMatchObject({ ok: true, data: { applied: true, totals: { created: 1, updated: 4 } } });
    expect(await auditCount(fx.h)).toBe(before + 5);
    const events = await queryRows<{ entity_type: string; action: string; entity_id: string; area_number: number }>(
      fx.h,
      sql`select entity_type, action, entity_id, area_number from audit_events order by id desc limit 5`,
    );
    expect(events.map((e) => `${e.entity_type}:${e.action}`).sort()).toEqual([
      "milestone:create",
      "milestone:update",
      "observation:update",
      "organizationLink:update",
      "progress:update",
    ]);
    expect(events.every((e) => e.area_number === 2)).toBe(true);
    const list = await queryRows<Milestone>(
      fx.h,
      sql`select id, version, status, title_ja, sort_order from milestones where project_id = ${r.milestone.project_id} order by sort_order`,
    );
    expect(list.find((m) => m.id === r.milestone.id)).toMatchObject({
      status: "completed",
      version: r.milestone.version + 1,
    });
    expect(list.at(-1)).toMatchObject({ title_ja: "取り込みで加えた節目", version: 1 });
    const [obs] = await queryRows<{ value: string; version: number }>(
      fx.h,
      sql`select value::text, version from indicator_observations where id = ${r.observation.id}`,
    );
    expect(obs).toEqual({ value: String(Number(r.observation.value) + 12), version: r.observation.version + 1 });
    const [note] = await queryRows<{ text_ja: string; version: number }>(
      fx.h,
      sql`select text_ja, version from progress_updates where id = ${r.note.id}`,
    );
    expect(note).toEqual({ text_ja: "取り込みで書き換えた進捗", version: r.note.version + 1 });
  });

  it("gives an editor the items of their own area, and reads that file back as unchanged", async () => {
    const bytes = await downloadExport(fx.h, "xlsx", [2]);
    const codes: string[] = [];
    await editWorkbook(bytes, (wb) => {
      const projects = SheetEdit.of(wb, "projects");
      for (let n = 2; ; n++) {
        const code = projects.get(n, "project_code");
        if (code === null || code === undefined) break;
        codes.push(String(code));
      }
    });
    expect(codes.length).toBe(5);
    expect(codes.every((c) => c.startsWith("2-"))).toBe(true);
    const tried = await runImport(fx.h, fx.actors.editorArea, bytes, "area2.xlsx", "dryRun");
    if (!tried.ok) throw new Error(JSON.stringify(tried));
    expect(tried.data.totals).toMatchObject({ created: 0, updated: 0, conflicts: 0, errors: 0 });
    expect(tried.data.totals.unchanged).toBeGreaterThan(20);
  });

  it("warns, without stopping, where a Japanese title changed and its English one did not", async () => {
    // Two milestones of area 2 with English titles.
    const [m, otherRow] = await queryRows<{ id: string }>(
      fx.h,
      sql`select m.id from milestones m join projects p on p.id = m.project_id
          where p.area_number = 2 and m.title_en <> '' order by p.number, m.sort_order limit 2`,
    );
    const other = otherRow!.id;
    const bytes = await editWorkbook(await downloadExport(fx.h, "xlsx"), (wb) => {
      const milestones = SheetEdit.of(wb, "milestones");
      const row = milestones.rowWhere("milestone_id", m!.id);
      milestones.set(row, "title_ja", "日本語だけ書き換えた節目");
      // Both languages changed: nothing to warn about.
      const both = milestones.rowWhere("milestone_id", other);
      milestones.set(both, "title_ja", "両方書き換えた節目");
      milestones.set(both, "title_en", "Both changed");
    });
    const tried = await runImport(fx.h, fx.actors.editorArea, bytes, "edited.xlsx", "dryRun");
    if (!tried.ok) throw new Error(JSON.stringify(tried));
    expect(tried.data).toMatchObject({ canApply: true, issues: [], totals: { updated: 2, errors: 0 } });
    expect(tried.data.warnings).toEqual([
      {
        table: "milestones",
        row: expect.any(Number),
        column: "title_en",
        message: "import.warnings.englishUnchanged",
      },
    ]);
    const flagged = tried.data.rows.find((r) => r.row === tried.data.warnings[0]!.row)!;
    expect(flagged.changes.map((c) => c.column)).toEqual(["title_ja"]);
  });

  it("reports a row changed since the export as a conflict and writes nothing, not even the other rows", async () => {
    const r = await area2Records(fx.h);
    const exported = await downloadExport(fx.h, "xlsx");
    const [m] = await queryRows<Milestone>(
      fx.h,
      sql`select id, version, status, title_ja, title_en, planned_date::text, planned_precision from milestones where id = ${r.milestone.id}`,
    );
    const saved = await milestoneActions.save.execute(contextFor(fx.h.db, fx.actors.admin), {
      id: m!.id,
      version: m!.version,
      titleJa: "管理者が先に変えた節目",
      titleEn: m!.title_en,
      status: m!.status,
      planned: toDateInput(m!.planned_date, m!.planned_precision),
      actual: toDateInput(null, null),
    });
    expect(saved.ok).toBe(true);
    const bytes = await editWorkbook(exported, (wb) => {
      const milestones = SheetEdit.of(wb, "milestones");
      milestones.set(milestones.rowWhere("milestone_id", m!.id), "status", "cancelled");
      const notes = SheetEdit.of(wb, "progress_notes");
      notes.set(notes.rowWhere("progress_id", r.note.id), "text_ja", "競合のため書かれない進捗");
    });
    const before = [await auditCount(fx.h), await versionsTotal(fx.h)];
    const { dry, applied } = await dryRunThenApply(fx.h, fx.actors.editorArea!, bytes, "stale.xlsx");
    expect(dry.totals).toMatchObject({ conflicts: 1, updated: 1, errors: 0 });
    expect(dry.canApply).toBe(false);
    expect(dry.rows.find((row) => row.outcome === "conflict")).toMatchObject({
      table: "milestones",
      conflict: { updatedBy: "admin@test.example" },
      changes: expect.arrayContaining([{ column: "title_ja", old: "管理者が先に変えた節目", new: m!.title_ja }]),
    });
    expect(applied).toMatchObject({ ok: true, data: { applied: false, totals: { conflicts: 1 } } });
    expect([await auditCount(fx.h), await versionsTotal(fx.h)]).toEqual(before);
    const [note] = await queryRows<{ text_ja: string }>(
      fx.h,
      sql`select text_ja from progress_updates where id = ${r.note.id}`,
    );
    expect(note!.text_ja).not.toBe("競合のため書かれない進捗");
  });

  it("lets an editor re-import the whole plan unedited, but refuses their edits outside their areas", async () => {
    const r = await area2Records(fx.h);
    const exported = await downloadExport(fx.h, "xlsx");
    const clean = await runImport(fx.h, fx.actors.editorOther, exported, "all.xlsx", "dryRun");
    expect(clean).toMatchObject({ ok: true, data: { totals: { errors: 0, updated: 0, conflicts: 0 } } });
    const bytes = await editWorkbook(exported, (wb) => {
      const notes = SheetEdit.of(wb, "progress_notes");
      notes.set(notes.rowWhere("progress_id", r.note.id), "text_ja", "担当外の編集");
    });
    const before = await auditCount(fx.h);
    const { dry, applied } = await dryRunThenApply(fx.h, fx.actors.editorOther!, bytes, "other.xlsx");
    expect(dry.issues).toEqual([
      expect.objectContaining({
        table: "progress_notes",
        column: "progress_id",
        message: "import.issues.outsideAreas",
        params: { area: 2 },
      }),
    ]);
    expect(applied).toMatchObject({ ok: true, data: { applied: false } });
    expect(await auditCount(fx.h)).toBe(before);
  });

  it("refuses viewers and anonymous callers before reading the file", async () => {
    const bytes = await downloadExport(fx.h, "xlsx");
    expect(await runImport(fx.h, fx.actors.viewer, bytes, "live.xlsx", "dryRun")).toEqual({
      ok: false,
      formError: "errors.forbidden",
      fieldErrors: {},
    });
    expect(await runImport(fx.h, null, bytes, "live.xlsx", "dryRun")).toEqual({
      ok: false,
      formError: "errors.signInRequired",
      fieldErrors: {},
    });
  });

  it("applies only the file the dry run saw", async () => {
    const r = await area2Records(fx.h);
    const zip = await downloadExport(fx.h, "csv");
    const original = await csvOf(zip, "progress_notes");
    const edited = editCsv(original, (rows, col) => {
      const row = rows.find((f) => f[col("progress_id")] === r.note.id)!;
      row[col("text_ja")] = "CSVで書き換えた進捗";
    });
    const dry = await runImport(fx.h, fx.actors.admin, edited, "progress_notes.csv", "dryRun");
    expect(dry).toMatchObject({ ok: true, data: { format: "csv", canApply: true, totals: { updated: 1, errors: 0 } } });
    const other = editCsv(original, (rows, col) => {
      rows.find((f) => f[col("progress_id")] === r.note.id)![col("text_ja")] = "試行していない内容";
    });
    const before = await auditCount(fx.h);
    const refused = await runImport(
      fx.h,
      fx.actors.admin,
      other,
      "progress_notes.csv",
      "apply",
      dry.ok ? dry.data.sha256 : "",
    );
    expect(refused).toEqual({ ok: false, formError: "import.fileChanged", fieldErrors: {} });
    expect(await runImport(fx.h, fx.actors.admin, edited, "progress_notes.csv", "apply")).toMatchObject({ ok: false });
    expect(await auditCount(fx.h)).toBe(before);
    const applied = await runImport(fx.h, fx.actors.admin, edited, "progress_notes.csv", "apply", sha256(edited));
    expect(applied).toMatchObject({ ok: true, data: { applied: true, totals: { updated: 1 } } });
    expect(await auditCount(fx.h)).toBe(before + 1);
  });

  it("undoes every write of the file when a rule across its rows refuses one on the way", async () => {
    // A new target due in 1995 and a new baseline as of 2000 for the same indicator: each is
    // fine against the stored data, but once the target is written the baseline falls after it.
    const [indicator] = await queryRows<{ key: string; project_id: string; id: string }>(
      fx.h,
      sql`
      select i.key, i.project_id, i.id from indicators i join projects p on p.id = i.project_id
      where p.area_number = 2 and i.measure <> 'qualitative'
        and not exists (select 1 from indicator_observations o where o.indicator_id = i.id and o.is_baseline) order by p.number, i.sort_order limit 1`,
    );
    const blank = { breakdown_ja: null, breakdown_en: null, note_ja: null, note_en: null, version: null, seq: null };
    let baselineRow = 0;
    const bytes = await editWorkbook(await downloadExport(fx.h, "xlsx"), (wb) => {
      const own = { project_id: indicator!.project_id, indicator_key: indicator!.key, ...blank };
      SheetEdit.of(wb, "targets").append(
        { ...own, target_id: null, value: 10, due_date: "1995-01-01", due_precision: "year", lower_bound: false },
        2,
      );
      baselineRow = SheetEdit.of(wb, "observations").append(
        {
          ...own,
          observation_id: null,
          is_baseline: true,
          value: 5,
          as_of: "2000-01-01",
          as_of_precision: "year",
          period_start: null,
          period_start_precision: null,
          period_end: null,
          period_end_precision: null,
          approximate: false,
          lower_bound: false,
          provisional: false,
          source: null,
        },
        2,
      );
    });
    const targetsOf = async () =>
      (
        await queryRows<{ n: number }>(
          fx.h,
          sql`select count(*)::int n from indicator_targets where indicator_id = ${indicator!.id}`,
        )
      )[0]!.n;
    const before = [await auditCount(fx.h), await targetsOf()];
    const { dry, applied } = await dryRunThenApply(fx.h, fx.actors.editorArea!, bytes, "baseline.xlsx");
    expect(dry.totals).toMatchObject({ created: 2, errors: 0 });
    expect(applied).toMatchObject({
      ok: true,
      data: {
        applied: false,
        issues: [
          { table: "observations", row: baselineRow, column: "as_of", message: "validation.baselineAfterTarget" },
        ],
      },
    });
    expect([await auditCount(fx.h), await targetsOf()]).toEqual(before);
  });

  it("waits for the read before it, and its progress says so", async () => {
    const file = await downloadExport(fx.h, "csv");
    let release!: () => void;
    const before = inTurn(
      () => {},
      () => new Promise<void>((resolve) => (release = resolve)),
    );
    const job = randomUUID();
    const form = importForm(file, "export.zip", "dryRun");
    form.set("job", job);
    const waiting = importSpreadsheetDef.execute(contextFor(fx.h.db, fx.actors.editorArea), form);
    await expect.poll(async () => (await readProgress(job, fx.actors.editorArea!.id))?.key).toBe("wait");
    expect(await readProgress(job, fx.actors.editorArea!.id)).toEqual({ step: 1, steps: 4, key: "wait" });
    release();
    await before;
    expect(await waiting).toMatchObject({ ok: true, data: { mode: "dryRun", totals: { created: 0, updated: 0 } } });
  });
});
