import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor } from "@/db/testing/personas";
import { useTestDatabase } from "@/db/testing/use-database";
import { listRecords } from "@/db/queries/project-editor";
import { formDefaults, RECORD_FORMS } from "@/lib/records/forms";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { saveMilestoneTableDef } from "./milestone-table";
import { milestoneActions } from "./records";

// The milestone table: every milestone of one item saved together, each row checked on its
// own (its project, its version), all or nothing, with an audit row for each changed row.

type Stored = { id: string; version: number; status: string; planned_date: string | null; actual_date: string | null };

/** Area-2 projects with at least two milestones, by number: each test takes its own. */
async function area2Projects(h: DbHandle) {
  return queryRows<{ id: string; area_number: number }>(
    h,
    sql`select p.id, p.area_number from projects p join milestones m on m.project_id = p.id
        where p.area_number = 2 group by p.id, p.area_number, p.number having count(*) >= 2 order by p.number`,
  );
}

/** The table's rows as the page gives them to the form. */
async function tableRows(h: DbHandle, projectId: string) {
  return ((await listRecords(h.db, "milestone", [projectId])).get(projectId) ?? []).map((m) => {
    const { id, version, status, planned, actual } = formDefaults(RECORD_FORMS.milestone, m);
    return { id, version, status: status as string, planned, actual };
  });
}

const stored = (h: DbHandle, projectId: string) =>
  queryRows<Stored>(
    h,
    sql`select id, version, status, planned_date::text, actual_date::text from milestones where project_id = ${projectId} order by sort_order, id`,
  );
const auditCount = async (h: DbHandle) =>
  (await queryRows<{ n: number }>(h, sql`select count(*)::int n from audit_events`))[0]!.n;

describe.each(testDbKinds())("the milestone table on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });
  const as = (persona: "editorArea" | "editorOther" | "viewer" | "admin") => contextFor(fx.h.db, fx.actors[persona]);

  it("saves the changed rows together, as typed in Japanese, with an audit row each; the others keep their versions", async () => {
    const [project] = await area2Projects(fx.h);
    const rows = await tableRows(fx.h, project!.id);
    const before = await auditCount(fx.h);
    const edited = rows.map((row, i) =>
      i === 0
        ? {
            ...row,
            status: "completed",
            // Full-width digits, as a Japanese input method types them.
            actual: { precision: "month", year: "２０２１", month: "１１", day: "" },
          }
        : i === 1
          ? {
              ...row,
              status: "delayed",
              actual: EMPTY_DATE,
              planned: { precision: "fiscal_year", year: "2022", month: "", day: "" },
            }
          : row,
    );
    const result = await saveMilestoneTableDef.execute(as("editorArea"), { projectId: project!.id, rows: edited });
    expect(result).toEqual({
      ok: true,
      data: rows.map((row, i) => ({ id: row.id, version: i < 2 ? row.version + 1 : row.version })),
    });
    const after = await stored(fx.h, project!.id);
    const byId = new Map(after.map((r) => [r.id, r]));
    expect(byId.get(rows[0]!.id)).toMatchObject({ status: "completed", actual_date: "2021-11-01" });
    expect(byId.get(rows[1]!.id)).toMatchObject({ status: "delayed", planned_date: "2022-04-01", actual_date: null });
    expect(await auditCount(fx.h)).toBe(before + 2);
    const events = await queryRows<{ entity_id: string; action: string; changes: Record<string, unknown> }>(
      fx.h,
      sql`select entity_id::text, action, changes from audit_events order by id desc limit 2`,
    );
    expect(events.map((e) => e.entity_id).sort()).toEqual([rows[0]!.id, rows[1]!.id].sort());
    expect(events.every((e) => e.action === "update")).toBe(true);
    // The log holds what changed: the status only where it was not already 「完了」.
    const first = events.find((e) => e.entity_id === rows[0]!.id)!;
    expect(first.changes).toMatchObject({ actualDate: { new: "2021-11-01" }, actualPrecision: { new: "month" } });
    expect("status" in first.changes).toBe(rows[0]!.status !== "completed");
  });

  it("refuses the whole table when a row was changed meanwhile, names that row, and writes nothing", async () => {
    const [, project] = await area2Projects(fx.h);
    const rows = await tableRows(fx.h, project!.id);
    // Someone saves the second milestone in its own form after the table was opened.
    const [second] = (await listRecords(fx.h.db, "milestone", [project!.id])).get(project!.id)!.slice(1, 2);
    const theirs = await milestoneActions.save.execute(as("admin"), {
      ...formDefaults(RECORD_FORMS.milestone, second!),
      titleJa: "管理者が変えた節目",
    });
    expect(theirs.ok).toBe(true);
    const [audits, before] = [await auditCount(fx.h), await stored(fx.h, project!.id)];
    const result = await saveMilestoneTableDef.execute(as("editorArea"), {
      projectId: project!.id,
      rows: rows.map((row) => ({ ...row, status: "cancelled", actual: EMPTY_DATE })),
    });
    expect(result).toEqual({
      ok: false,
      formError: "errors.rowsChanged",
      fieldErrors: { "rows.1": ["errors.rowChanged"] },
    });
    expect([await auditCount(fx.h), await stored(fx.h, project!.id)]).toEqual([audits, before]);
  });

  it("refuses a row of another item, an item outside the editor's areas, and callers who may not edit", async () => {
    const [, , project, other] = await area2Projects(fx.h);
    const rows = await tableRows(fx.h, project!.id);
    const foreign = (await tableRows(fx.h, other!.id))[0]!;
    const [area5] = await queryRows<{ id: string }>(
      fx.h,
      sql`select p.id from projects p join milestones m on m.project_id = p.id where p.area_number = 5 limit 1`,
    );
    const [audits, before] = [await auditCount(fx.h), await stored(fx.h, other!.id)];
    // Another item's milestone slipped into this item's table: not saved, under either item.
    expect(
      await saveMilestoneTableDef.execute(as("editorArea"), { projectId: project!.id, rows: [...rows, foreign] }),
    ).toEqual({
      ok: false,
      formError: "errors.rowsRefused",
      fieldErrors: { [`rows.${rows.length}`]: ["validation.notInItem"] },
    });
    const area5Rows = await tableRows(fx.h, area5!.id);
    expect(await saveMilestoneTableDef.execute(as("editorArea"), { projectId: area5!.id, rows: area5Rows })).toEqual({
      ok: false,
      formError: "errors.forbidden",
      fieldErrors: {},
    });
    // The area-5 editor may not save area 2's table by naming an area-5 project either.
    expect(
      await saveMilestoneTableDef.execute(as("editorOther"), { projectId: area5!.id, rows: [foreign] }),
    ).toMatchObject({ ok: false, fieldErrors: { "rows.0": ["validation.notInItem"] } });
    expect(await saveMilestoneTableDef.execute(as("viewer"), { projectId: project!.id, rows })).toMatchObject({
      ok: false,
      formError: "errors.forbidden",
    });
    expect([await auditCount(fx.h), await stored(fx.h, other!.id)]).toEqual([audits, before]);
  });

  it("puts each mistake on its row's field, in the user's language, and writes nothing", async () => {
    const [, , , , project] = await area2Projects(fx.h);
    const rows = await tableRows(fx.h, project!.id);
    const audits = await auditCount(fx.h);
    const result = await saveMilestoneTableDef.execute(as("editorArea"), {
      projectId: project!.id,
      rows: [
        { ...rows[0]!, status: "planned", actual: { precision: "year", year: "2021", month: "", day: "" } },
        { ...rows[1]!, planned: { precision: "month", year: "2021", month: "13", day: "" } },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fieldErrors["rows.0.actual.precision"]).toEqual(["validation.actualOnlyCompleted"]);
    expect(Object.keys(result.fieldErrors)).toContain("rows.1.planned.month");
    for (const key of ["rowChanged", "rowsChanged", "rowsRefused"] as const) {
      expect(ja.errors[key]).toBeTruthy();
      expect(en.errors[key]).toBeTruthy();
    }
    // The same row twice, no rows, and more rows than one save takes.
    const twice = await saveMilestoneTableDef.execute(as("editorArea"), {
      projectId: project!.id,
      rows: [rows[0]!, rows[0]!],
    });
    expect(twice).toMatchObject({ ok: false, fieldErrors: { rows: ["validation.duplicateRow"] } });
    expect(await saveMilestoneTableDef.execute(as("editorArea"), { projectId: project!.id, rows: [] })).toMatchObject({
      ok: false,
      fieldErrors: { rows: ["validation.rows"] },
    });
    const many = Array.from({ length: 201 }, () => rows[0]!);
    expect(await saveMilestoneTableDef.execute(as("editorArea"), { projectId: project!.id, rows: many })).toMatchObject(
      { ok: false, fieldErrors: { rows: expect.arrayContaining(["validation.tooManyRows"]) } },
    );
    expect(await auditCount(fx.h)).toBe(audits);
  });

  it("refuses malformed and crafted payloads without a trace", async () => {
    const [project] = await area2Projects(fx.h);
    const rows = await tableRows(fx.h, project!.id);
    const [audits, before] = [await auditCount(fx.h), await stored(fx.h, project!.id)];
    const row = rows[0]!;
    const payloads: unknown[] = [
      null,
      "rows",
      { projectId: project!.id },
      { projectId: project!.id, rows: { 0: row } },
      { projectId: project!.id, rows: [[row]] },
      { projectId: "../../etc", rows },
      { projectId: project!.id, rows: [{ ...row, id: "1 or 1=1" }] },
      { projectId: project!.id, rows: [{ ...row, version: -1 }] },
      { projectId: project!.id, rows: [{ ...row, version: "1e400" }] },
      { projectId: project!.id, rows: [{ ...row, status: "done" }] },
      { projectId: project!.id, rows: [{ ...row, planned: { ...row.planned, year: "9".repeat(100_000) } }] },
      { projectId: project!.id, rows: [{ ...row, planned: "2021-10" }] },
      JSON.parse(`{"projectId":"${project!.id}","rows":[{"__proto__":{"admin":true}}]}`),
      { projectId: project!.id, rows: Array.from({ length: 10_000 }, () => row) },
    ];
    for (const raw of payloads) {
      const result = await saveMilestoneTableDef.execute(as("editorArea"), raw);
      expect(result.ok, JSON.stringify(raw).slice(0, 120)).toBe(false);
      expect(result).not.toMatchObject({ formError: "errors.unexpected" });
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
    expect([await auditCount(fx.h), await stored(fx.h, project!.id)]).toEqual([audits, before]);
  });
});
