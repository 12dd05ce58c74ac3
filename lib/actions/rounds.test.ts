import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { dueReports, projectReports } from "@/db/queries/round-reports";
import { lateReports, roundAreaCounts, sumCounts, unapprovedCount } from "@/db/queries/rounds";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor, type Persona } from "@/db/testing/personas";
import { useTestDatabase } from "@/db/testing/use-database";
import { listProjects } from "@/db/queries/project-list";
import type { RoundFilter } from "@/lib/domain/rounds";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import { milestoneActions } from "./records";
import { closeRoundDef, openRoundDef, reviewReportDef, submitReportDef } from "./rounds";

// A reporting round from the opening to the approvals: every state change a report may
// make, and every one it may not, on both databases.

const round = (period: string, over: Record<string, unknown> = {}) => ({
  period,
  titleJa: `${period}の進捗報告`,
  titleEn: `Progress report ${period}`,
  deadline: `${period}-20`,
  instructionsJa: "各項目の進捗を更新し、提出してください。",
  instructionsEn: "",
  scope: "some",
  areas: [2, 5],
  ...over,
});

type Report = { id: string; version: number; state: string; project_id: string; area_number: number };

const reportsOf = (h: DbHandle, roundId: string) =>
  queryRows<Report>(
    h,
    sql`select r.id::text, r.version, r.state::text, r.project_id::text, r.area_number
        from round_reports r join projects p on p.id = r.project_id
        where r.round_id = ${roundId} order by p.area_number, p.number`,
  );
const auditCount = async (h: DbHandle) =>
  (await queryRows<{ n: number }>(h, sql`select count(*)::int n from audit_events`))[0]!.n;

describe.each(testDbKinds())("reporting rounds on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });
  const as = (persona: Persona) => contextFor(fx.h.db, fx.actors[persona]);
  const open = async (period: string, over: Record<string, unknown> = {}) => {
    const result = await openRoundDef.execute(as("admin"), round(period, over));
    if (!result.ok) throw new Error(JSON.stringify(result));
    return result.data.id;
  };
  const report = async (roundId: string, area: number, index = 0) =>
    (await reportsOf(fx.h, roundId)).filter((r) => r.area_number === area)[index]!;
  const submit = (persona: Persona, r: { id: string; version: number }, note = "更新済み") =>
    submitReportDef.execute(as(persona), { id: r.id, version: r.version, note });
  const review = (persona: Persona, r: { id: string; version: number }, decision: string, comment = "") =>
    reviewReportDef.execute(as(persona), { id: r.id, version: r.version, decision, comment });

  it("opens a round with a report for every project of its areas, once per period, and audits it", async () => {
    const before = await auditCount(fx.h);
    const id = await open("2022-04");
    const [expected] = await queryRows<{ n: number }>(
      fx.h,
      sql`select count(*)::int n from projects where area_number in (2, 5)`,
    );
    const reports = await reportsOf(fx.h, id);
    expect(reports).toHaveLength(expected!.n);
    expect(new Set(reports.map((r) => r.state))).toEqual(new Set(["not_started"]));
    expect(await auditCount(fx.h)).toBe(before + 1);
    // The same period again, an empty scope, an unknown area: refused on their fields, nothing written.
    expect(await openRoundDef.execute(as("admin"), round("2022-04"))).toMatchObject({
      ok: false,
      fieldErrors: { period: ["rounds.validation.periodTaken"] },
    });
    expect(await openRoundDef.execute(as("admin"), round("2022-05", { areas: [] }))).toMatchObject({
      ok: false,
      fieldErrors: { areas: ["rounds.validation.emptyScope"] },
    });
    expect(await openRoundDef.execute(as("admin"), round("2022-05", { areas: [42] }))).toMatchObject({
      ok: false,
      fieldErrors: { areas: ["validation.unknownArea"] },
    });
    expect(await auditCount(fx.h)).toBe(before + 1);
  });

  it("takes a deadline before the period begins only when the admin confirms it, and all areas when asked", async () => {
    const early = round("2022-06", { deadline: "2022-05-31", scope: "all", areas: [] });
    expect(await openRoundDef.execute(as("admin"), early)).toMatchObject({
      ok: false,
      fieldErrors: { deadline: ["rounds.validation.deadlineBeforePeriod"] },
    });
    const result = await openRoundDef.execute(as("admin"), { ...early, confirmEarlyDeadline: true });
    expect(result).toMatchObject({ ok: true });
    const [all] = await queryRows<{ n: number }>(fx.h, sql`select count(*)::int n from projects`);
    expect(await reportsOf(fx.h, (result as { data: { id: string } }).data.id)).toHaveLength(all!.n);
    // 「2022年7月」 and 「２０２２年７月３１日」 as typed in Japanese.
    const typed = await openRoundDef.execute(as("admin"), round("2022年7月", { deadline: "２０２２年７月３１日" }));
    expect(typed).toMatchObject({ ok: true });
    const [row] = await queryRows<{ period: string; deadline: string }>(
      fx.h,
      sql`select period, deadline::text from reporting_rounds where id = ${(typed as { data: { id: string } }).data.id}`,
    );
    expect(row).toEqual({ period: "2022-07", deadline: "2022-07-31" });
    expect(await openRoundDef.execute(as("admin"), round("2022-08", { deadline: "2022-02-30" }))).toMatchObject({
      ok: false,
      fieldErrors: { deadline: ["validation.day"] },
    });
  });

  it("moves a report through submit, return, resubmit and approve, and refuses every other move", async () => {
    const id = await open("2022-09");
    let r = await report(id, 2);
    // Only a submitted report is reviewed.
    expect(await review("reviewerArea", r, "approve")).toMatchObject({
      ok: false,
      formError: "rounds.errors.notSubmitted",
    });
    expect(await submit("editorArea", r)).toMatchObject({ ok: true });
    r = await report(id, 2);
    expect(r).toMatchObject({ state: "submitted", version: 2 });
    expect(await submit("editorArea", r)).toMatchObject({ ok: false, formError: "rounds.errors.alreadySubmitted" });
    // A return needs a comment, which the editor then sees on the project.
    expect(await review("reviewerArea", r, "return", "  ")).toMatchObject({
      ok: false,
      fieldErrors: { comment: ["rounds.validation.commentRequired"] },
    });
    expect(await review("reviewerArea", r, "return", "指標の最新値を追記してください。")).toMatchObject({ ok: true });
    const [shown] = await projectReports(fx.h.db, r.project_id);
    expect(shown).toMatchObject({ state: "returned", reviewComment: "指標の最新値を追記してください。" });
    r = await report(id, 2);
    expect(await review("reviewerArea", r, "approve")).toMatchObject({
      ok: false,
      formError: "rounds.errors.notSubmitted",
    });
    expect(await submit("editorArea", r, "追記しました。")).toMatchObject({ ok: true });
    r = await report(id, 2);
    expect(await review("reviewerArea", r, "approve")).toMatchObject({ ok: true });
    r = await report(id, 2);
    expect(r.state).toBe("approved");
    // Approved and unchanged: nothing to submit again.
    expect(await submit("editorArea", r)).toMatchObject({ ok: false, formError: "rounds.errors.alreadyApproved" });
    const events = await queryRows<{ action: string; changes: Record<string, { old: unknown; new: unknown }> }>(
      fx.h,
      sql`select action, changes from audit_events where entity_id = ${r.id} order by id`,
    );
    expect(events.map((e) => e.action)).toEqual(["submit", "return", "submit", "approve"]);
    expect(events[1]!.changes.state).toEqual({ old: "submitted", new: "returned" });
  });

  it("shows an approval as changed once the project is edited, and takes it again", async () => {
    const id = await open("2022-10");
    let r = await report(id, 2, 1);
    // Edited at a time with microseconds, as now() writes it: approving it is not a change.
    await fx.h.db.execute(
      sql`update projects set last_activity_at = '2022-10-03 09:15:42.123456+09' where id = ${r.project_id}`,
    );
    await submit("editorArea", r);
    await review("reviewerArea", await report(id, 2, 1), "approve");
    expect((await projectReports(fx.h.db, r.project_id))[0]).toMatchObject({
      state: "approved",
      changedSinceApproval: false,
    });
    // What an edition from the round would wait for: every report but this one, until it is edited.
    const inScope = (await reportsOf(fx.h, id)).length;
    const unapproved = async () =>
      (
        await listProjects(
          fx.h.db,
          { roundReport: { roundId: id, filter: "unapproved" } },
          { page: 1, pageSize: 500, today: "2022-10-01" },
        )
      ).rows.map((p) => p.id);
    expect(await unapproved()).not.toContain(r.project_id);
    expect(await unapproved()).toHaveLength(inScope - 1);
    expect(await unapprovedCount(fx.h.db, id)).toBe(inScope - 1);
    const [m] = await queryRows<{ id: string; version: number; title_ja: string; status: string }>(
      fx.h,
      sql`select id::text, version, title_ja, status::text from milestones where project_id = ${r.project_id} order by sort_order limit 1`,
    );
    expect(
      await milestoneActions.save.execute(as("editorArea"), {
        id: m!.id,
        version: m!.version,
        titleJa: `${m!.title_ja}（更新）`,
        titleEn: "",
        status: "planned",
        planned: { precision: "year", year: "2030", month: "", day: "" },
        actual: EMPTY_DATE,
      }),
    ).toMatchObject({ ok: true });
    expect((await projectReports(fx.h.db, r.project_id))[0]).toMatchObject({
      state: "approved",
      changedSinceApproval: true,
    });
    const due = await dueReports(fx.h.db, { for: "editor", areas: [2] });
    expect(due.find((d) => d.id === r.id)).toMatchObject({ changedSinceApproval: true });
    const counts = sumCounts(await roundAreaCounts(fx.h.db, id, "2022-10-01"));
    expect(counts).toMatchObject({ changed: 1, approved: 0 });
    expect(await unapproved()).toContain(r.project_id);
    expect(await unapprovedCount(fx.h.db, id)).toBe(inScope);
    r = await report(id, 2, 1);
    expect(await submit("editorArea", r, "節目を更新しました。")).toMatchObject({ ok: true });
    expect((await report(id, 2, 1)).state).toBe("submitted");
  });

  it("lets nobody approve their own submission or a project they edited since the last edition", async () => {
    const id = await open("2022-11");
    // The admin submits a project, then may not approve it; the area's reviewer may.
    const own = await report(id, 2, 2);
    await submit("admin", own);
    expect(await review("admin", await report(id, 2, 2), "approve")).toMatchObject({
      ok: false,
      formError: "rounds.errors.ownSubmission",
    });
    expect(await review("reviewerArea", await report(id, 2, 2), "approve")).toMatchObject({ ok: true });
    // The admin edits a project its editor then submits: not the admin's to approve.
    const edited = await report(id, 5, 0);
    const [m] = await queryRows<{ id: string; version: number; title_ja: string }>(
      fx.h,
      sql`select id::text, version, title_ja from milestones where project_id = ${edited.project_id} order by sort_order limit 1`,
    );
    if (m) {
      await milestoneActions.save.execute(as("admin"), {
        id: m.id,
        version: m.version,
        titleJa: `${m.title_ja}（管理者）`,
        titleEn: "",
        status: "planned",
        planned: { precision: "year", year: "2031", month: "", day: "" },
        actual: EMPTY_DATE,
      });
    } else {
      await milestoneActions.create.execute(as("admin"), {
        parentId: edited.project_id,
        titleJa: "管理者の節目",
        titleEn: "",
        status: "planned",
        planned: { precision: "year", year: "2031", month: "", day: "" },
        actual: EMPTY_DATE,
      });
    }
    await submit("editorOther", edited);
    expect(await review("admin", await report(id, 5, 0), "approve")).toMatchObject({
      ok: false,
      formError: "rounds.errors.ownEdits",
    });
    // Returning is still the admin's to do.
    expect(await review("admin", await report(id, 5, 0), "return", "確認してください。")).toMatchObject({ ok: true });
  });

  it("refuses a stale version as a conflict, another area's report, and any move in a closed round", async () => {
    const id = await open("2022-12");
    const r = await report(id, 2, 3);
    await submit("editorArea", r);
    // The form still had version 1.
    expect(await review("reviewerArea", r, "approve")).toMatchObject({
      ok: false,
      formError: "errors.conflict",
      conflict: { version: 2, current: { state: "submitted" } },
    });
    // Area 5's report is not the area-2 editor's or reviewer's.
    const other = await report(id, 5, 1);
    expect(await submit("editorArea", other)).toEqual({ ok: false, formError: "errors.forbidden", fieldErrors: {} });
    await submit("editorOther", other);
    expect(await review("reviewerArea", await report(id, 5, 1), "approve")).toEqual({
      ok: false,
      formError: "errors.forbidden",
      fieldErrors: {},
    });
    // An id that is no report at all.
    expect(
      await submitReportDef.execute(as("editorArea"), {
        id: "00000000-0000-4000-8000-000000000000",
        version: 1,
        note: "",
      }),
    ).toMatchObject({ ok: false, formError: "validation.unknownRecord" });
    expect(await closeRoundDef.execute(as("admin"), { id, version: 1 })).toMatchObject({ ok: true });
    expect(await closeRoundDef.execute(as("admin"), { id, version: 1 })).toMatchObject({
      ok: false,
      formError: "errors.conflict",
    });
    const late = await report(id, 2, 4);
    expect(await submit("editorArea", late)).toMatchObject({ ok: false, formError: "rounds.errors.closed" });
    expect(await review("reviewerArea", await report(id, 2, 3), "approve")).toMatchObject({
      ok: false,
      formError: "rounds.errors.closed",
    });
  });

  it("counts each area's reports, and lists what is overdue with the editors responsible", async () => {
    const id = await open("2023-01", { deadline: "2023-01-20" });
    const all = await reportsOf(fx.h, id);
    const reportsTotal = all.length;
    const area2 = all.filter((r) => r.area_number === 2);
    await submit("editorArea", area2[0]!);
    await submit("editorArea", area2[1]!);
    await review(
      "reviewerArea",
      (await reportsOf(fx.h, id)).find((r) => r.id === area2[1]!.id)!,
      "return",
      "要修正",
    );
    const before = await roundAreaCounts(fx.h.db, id, "2023-01-20");
    const byArea = new Map(before.map((c) => [c.areaNumber, c]));
    expect(byArea.get(2)).toMatchObject({
      inScope: area2.length,
      submitted: 1,
      returned: 1,
      notStarted: area2.length - 2,
      approved: 0,
      overdue: 0,
    });
    // The day after the deadline, what is still owed (not started or returned) is overdue.
    const after = new Map((await roundAreaCounts(fx.h.db, id, "2023-01-21")).map((c) => [c.areaNumber, c]));
    expect(after.get(2)!.overdue).toBe(area2.length - 1);
    const late = await lateReports(fx.h.db, id, "2023-01-21");
    const lateArea2 = late.filter((l) => l.areaNumber === 2);
    expect(lateArea2).toHaveLength(area2.length - 1);
    expect(lateArea2[0]!.editors).toEqual(["editor2@test.example"]);
    expect(late.some((l) => l.id === area2[0]!.id)).toBe(false);
    // The project list filters by a report's standing in the round.
    const listed = async (filter: RoundFilter, today = "2023-01-21") =>
      (
        await listProjects(fx.h.db, { roundReport: { roundId: id, filter } }, { page: 1, pageSize: 500, today })
      ).rows.map((r) => r.id);
    expect(await listed("submitted")).toEqual([area2[0]!.project_id]);
    expect(await listed("returned")).toEqual([area2[1]!.project_id]);
    expect((await listed("not_started")).length).toBe(reportsTotal - 2);
    expect((await listed("overdue")).length).toBe(reportsTotal - 1);
    expect(await listed("overdue", "2023-01-20")).toEqual([]);
    expect(await listed("approved")).toEqual([]);
    // A reviewer's queue holds the submissions of their areas.
    const queue = await dueReports(fx.h.db, { for: "reviewer", areas: [2] });
    expect(queue.filter((d) => d.roundId === id).map((d) => d.id)).toEqual([area2[0]!.id]);
  });
});
