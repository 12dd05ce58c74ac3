import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor } from "@/db/testing/personas";
import { listRecords } from "@/db/queries/project-editor";
import { RECORD_FORMS } from "@/lib/records/forms";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { milestoneActions, observationActions, progressActions, targetActions } from "./records";
import { useTestDatabase } from "@/db/testing/use-database";

type Milestone = {
  id: string;
  version: number;
  status: string;
  title_ja: string;
  planned_due: string | null;
  sort_order: number;
};

async function milestonesOf(h: DbHandle, code: string) {
  const [area, number] = code.split("-").map(Number);
  return queryRows<Milestone & { project_id: string }>(
    h,
    sql`
    select m.id, m.version, m.status, m.title_ja, m.planned_due::text, m.sort_order, m.project_id from milestones m
    join projects p on p.id = m.project_id where p.area_number = ${area} and p.number = ${number} order by m.sort_order`,
  );
}
const auditCount = async (h: DbHandle) =>
  (await queryRows<{ n: number }>(h, sql`select count(*)::int n from audit_events`))[0]!.n;

const fields = (over: Record<string, unknown> = {}) => ({
  titleJa: "試験の節目",
  titleEn: "Test milestone",
  status: "in_progress",
  planned: { precision: "fiscal_year", year: "2022", month: "", day: "" },
  actual: EMPTY_DATE,
  ...over,
});

describe.each(testDbKinds())("project records on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });

  it("saves a milestone of the editor's area, bumps its version and audits old and new values", async () => {
    const m = (await milestonesOf(fx.h, "2-5")).find((r) => r.status !== "completed");
    const before = await auditCount(fx.h);
    const ctx = contextFor(fx.h.db, fx.actors.editorArea);
    const result = await milestoneActions.save.execute(ctx, {
      id: m!.id,
      version: m!.version,
      ...fields({ status: "completed", actual: { precision: "day", year: "2021", month: "11", day: "3" } }),
    });
    expect(result).toEqual({ ok: true, data: { id: m!.id, version: m!.version + 1 } });
    const [after] = (await milestonesOf(fx.h, "2-5")).filter((r) => r.id === m!.id);
    expect(after).toMatchObject({ status: "completed", title_ja: "試験の節目", planned_due: "2023-03-31" });
    expect(await auditCount(fx.h)).toBe(before + 1);
    const [event] = await queryRows<{
      action: string;
      changes: Record<string, { old: unknown; new: unknown }>;
      project_id: string;
      area_number: number;
      ip: string;
    }>(fx.h, sql`select action, changes, project_id, area_number, ip from audit_events order by id desc limit 1`);
    expect(event).toMatchObject({ action: "update", project_id: m!.project_id, area_number: 2, ip: "192.0.2.1" });
    expect(event!.changes.status).toEqual({ old: m!.status, new: "completed" });
    expect(event!.changes.actualDate).toEqual({ old: null, new: "2021-11-03" });
  });

  it("refuses a stale version, names who saved and shows their values, and writes nothing", async () => {
    const [m] = await milestonesOf(fx.h, "2-2");
    await milestoneActions.save.execute(contextFor(fx.h.db, fx.actors.admin), {
      id: m!.id,
      version: m!.version,
      ...fields({ titleJa: "管理者の変更" }),
    });
    const before = await auditCount(fx.h);
    const stale = await milestoneActions.save.execute(contextFor(fx.h.db, fx.actors.editorArea), {
      id: m!.id,
      version: m!.version,
      ...fields({ titleJa: "編集者の変更" }),
    });
    expect(stale).toMatchObject({
      ok: false,
      formError: "errors.conflict",
      conflict: {
        updatedBy: "admin@test.example",
        version: m!.version + 1,
        current: { titleJa: "管理者の変更", status: "in_progress" },
      },
    });
    expect((await milestonesOf(fx.h, "2-2")).find((r) => r.id === m!.id)?.title_ja).toBe("管理者の変更");
    expect(await auditCount(fx.h)).toBe(before);
  });

  it("lets two people save different milestones of one project from the same page", async () => {
    const [a, b] = await milestonesOf(fx.h, "2-3");
    const [ra, rb] = await Promise.all([
      milestoneActions.save.execute(contextFor(fx.h.db, fx.actors.admin), {
        id: a!.id,
        version: a!.version,
        ...fields({ titleJa: "A" }),
      }),
      milestoneActions.save.execute(contextFor(fx.h.db, fx.actors.editorArea), {
        id: b!.id,
        version: b!.version,
        ...fields({ titleJa: "B" }),
      }),
    ]);
    expect([ra.ok, rb.ok]).toEqual([true, true]);
  });

  it("refuses an editor of another area and unknown ids, writing nothing", async () => {
    const [m] = await milestonesOf(fx.h, "2-1");
    const before = await auditCount(fx.h);
    const other = await milestoneActions.save.execute(contextFor(fx.h.db, fx.actors.editorOther), {
      id: m!.id,
      version: m!.version,
      ...fields(),
    });
    expect(other).toEqual({ ok: false, formError: "errors.forbidden", fieldErrors: {} });
    const unknown = await milestoneActions.save.execute(contextFor(fx.h.db, fx.actors.admin), {
      id: "00000000-0000-4000-8000-000000000000",
      version: 1,
      ...fields(),
    });
    expect(unknown).toEqual({ ok: false, formError: "validation.unknownRecord", fieldErrors: {} });
    expect(await auditCount(fx.h)).toBe(before);
  });

  it("puts date errors on the part that is wrong", async () => {
    const [m] = await milestonesOf(fx.h, "2-1");
    const result = await milestoneActions.save.execute(contextFor(fx.h.db, fx.actors.admin), {
      id: m!.id,
      version: m!.version,
      ...fields({
        planned: { precision: "day", year: "2021", month: "2", day: "30" },
        actual: { precision: "month", year: "1700", month: "13", day: "" },
      }),
    });
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        "planned.day": ["validation.day"],
        "actual.year": ["validation.year"],
        "actual.month": ["validation.month"],
      },
    });
  });

  it.each(["planned", "in_progress", "delayed", "cancelled"])(
    "refuses an actual date on a %s milestone, on the actual date's field, writing nothing",
    async (status) => {
      const [m] = await milestonesOf(fx.h, "2-1");
      const before = await auditCount(fx.h);
      const ctx = contextFor(fx.h.db, fx.actors.admin);
      const actual = { precision: "month", year: "2021", month: "9", day: "" };
      const saved = await milestoneActions.save.execute(ctx, {
        id: m!.id,
        version: m!.version,
        ...fields({ status, actual }),
      });
      expect(saved).toEqual({
        ok: false,
        formError: null,
        fieldErrors: { "actual.precision": ["validation.actualOnlyCompleted"] },
      });
      const created = await milestoneActions.create.execute(ctx, {
        parentId: m!.project_id,
        ...fields({ status, actual }),
      });
      expect(created).toMatchObject({
        ok: false,
        fieldErrors: { "actual.precision": ["validation.actualOnlyCompleted"] },
      });
      expect((await milestonesOf(fx.h, "2-1")).find((r) => r.id === m!.id)).toEqual(m);
      expect(await auditCount(fx.h)).toBe(before);
    },
  );

  it("says why in the user's language: only a completed milestone has an actual date", () => {
    expect(ja.validation.actualOnlyCompleted).toContain("「完了」の節目にだけ");
    expect(en.validation.actualOnlyCompleted).toContain("Only a completed milestone has an actual date");
  });

  it("adds, moves and deletes a milestone, each audited", async () => {
    const ms = await milestonesOf(fx.h, "2-4");
    const ctx = contextFor(fx.h.db, fx.actors.editorArea);
    const created = await milestoneActions.create.execute(ctx, {
      parentId: ms[0]!.project_id,
      ...fields({ titleJa: "追加の節目" }),
    });
    expect(created).toMatchObject({ ok: true, data: { version: 1 } });
    const id = (created as { data: { id: string } }).data.id;
    expect((await milestonesOf(fx.h, "2-4")).at(-1)?.id).toBe(id);
    expect(await milestoneActions.move.execute(ctx, { id, direction: "up" })).toMatchObject({
      ok: true,
      data: { position: ms.length },
    });
    expect((await milestonesOf(fx.h, "2-4")).map((r) => r.id).indexOf(id)).toBe(ms.length - 1);
    const stale = await milestoneActions.delete.execute(ctx, { id, version: 2 });
    expect(stale).toMatchObject({ ok: false, formError: "errors.conflict" });
    expect(await milestoneActions.delete.execute(ctx, { id, version: 1 })).toMatchObject({ ok: true });
    expect((await milestonesOf(fx.h, "2-4")).some((r) => r.id === id)).toBe(false);
    const actions = await queryRows<{ action: string }>(
      fx.h,
      sql`select action from audit_events where entity_id = ${id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual(["create", "reorder", "delete"]);
  });

  it("refuses a target due before the indicator's baseline and a negative count", async () => {
    const [ind] = await queryRows<{ id: string }>(
      fx.h,
      sql`select id from indicators where measure = 'count' and project_id is not null limit 1`,
    );
    const ctx = contextFor(fx.h.db, fx.actors.admin);
    const observation = (value: string, isBaseline: boolean) => ({
      parentId: ind!.id,
      value,
      periodStart: EMPTY_DATE,
      periodEnd: EMPTY_DATE,
      asOf: { precision: "month", year: "2021", month: "10", day: "" },
      approximate: false,
      lowerBound: false,
      provisional: false,
      isBaseline,
      source: "",
      breakdownJa: "",
      breakdownEn: "",
      noteJa: "",
      noteEn: "",
    });
    expect(await observationActions.create.execute(ctx, observation("-3", false))).toMatchObject({
      ok: false,
      fieldErrors: { value: ["validation.negative"] },
    });
    expect(await observationActions.create.execute(ctx, observation("120", true))).toMatchObject({ ok: true });
    const target = (year: string, value = "100") => ({
      parentId: ind!.id,
      value,
      due: { precision: "year", year, month: "", day: "" },
      lowerBound: false,
      breakdownJa: "",
      breakdownEn: "",
      noteJa: "",
      noteEn: "",
    });
    expect(await targetActions.create.execute(ctx, target("2020"))).toMatchObject({
      ok: false,
      fieldErrors: { "due.year": ["validation.targetBeforeBaseline"] },
    });
    expect(await targetActions.create.execute(ctx, target("2030"))).toMatchObject({ ok: true });
  });

  it("saving a form unchanged is not a change: no new version, no audit row", async () => {
    const [{ project_id: projectId }] = (await queryRows<{ project_id: string }>(
      fx.h,
      sql`select project_id from progress_updates order by id limit 1`,
    )) as [{ project_id: string }];
    // The values exactly as the editor page hands them to the form.
    const [p] = (await listRecords(fx.h.db, "progress", [projectId])).get(projectId)!;
    const values = RECORD_FORMS.progress.toInput(p!);
    const before = await auditCount(fx.h);
    const result = await progressActions.save.execute(contextFor(fx.h.db, fx.actors.admin), {
      id: p!.id,
      version: p!.version,
      ...values,
    });
    expect(result).toEqual({ ok: true, data: { id: p!.id, version: p!.version } });
    expect(await auditCount(fx.h)).toBe(before);
  });
});
