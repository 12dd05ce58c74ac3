import { dateInTokyo } from "@/lib/domain/calendar";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { milestones, organizations, projects, users } from "../schema";
import { queryRows, testDbKinds } from "../testing/fresh-db";
import {
  listFilterOptions,
  listProjects,
  parseProjectCode,
  staleCutoff,
  type ProjectListFilters,
  type ProjectListOptions,
} from "./project-list";
import { useTestDatabase } from "../testing/use-database";

// The seeded report (44 items, all last touched 2021-10-01) with a few changes made in
// beforeAll: two projects touched later by a named user, a summary, a confidence and a
// lifecycle changed, and milestones given dates so that some are overdue on a fixed day.
const SEEDED = 44;

describe.each(testDbKinds())("project list on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true });
  const ids = new Map<string, string>();

  const list = async (filters: ProjectListFilters = {}, options: Partial<ProjectListOptions> = {}) => {
    const result = await listProjects(fx.h.db, filters, { page: 1, pageSize: 50, today: "2021-12-01", ...options });
    return { ...result, codes: result.rows.map((r) => `${r.areaNumber}-${r.number}`) };
  };
  const milestoneOf = async (slug: string, sortOrder: number) => {
    const [row] = await fx.h.db
      .select({ id: milestones.id })
      .from(milestones)
      .where(and(eq(milestones.projectId, ids.get(slug)!), eq(milestones.sortOrder, sortOrder)));
    return row!.id;
  };

  beforeAll(async () => {
    for (const p of await fx.h.db.select({ id: projects.id, slug: projects.slug }).from(projects)) {
      ids.set(p.slug, p.id);
    }
    const [editor] = await fx.h.db
      .insert(users)
      .values({ email: "list@example.test", name: "一覧 確認", passwordHash: "x", role: "editor" })
      .returning();
    const touch = (slug: string, at: string) =>
      fx.h.db
        .update(projects)
        .set({ lastActivityAt: new Date(at), lastActivityBy: editor!.id })
        .where(eq(projects.id, ids.get(slug)!));
    await touch("3-2", "2021-11-05T10:00:00+09:00");
    await touch("8-3", "2021-11-20T10:00:00+09:00");
    await fx.h.db
      .update(projects)
      .set({ summaryJa: "水素ステーションの実証", summaryEn: "A hydrogen refuelling station trial" })
      .where(eq(projects.id, ids.get("5-3")!));
    await fx.h.db
      .update(projects)
      .set({ deliveryConfidence: "at_risk", confidenceNarrativeJa: "資金調達が遅れている" })
      .where(eq(projects.id, ids.get("4-1")!));
    await fx.h.db
      .update(projects)
      .set({ lifecycleStatus: "suspended" })
      .where(eq(projects.id, ids.get("5-4")!));
    // 2-5: an open milestone due 2021-11-15 (overdue on 2021-12-01), and a completed one
    // due earlier still (never overdue). 2-2: an open one due on 2021-12-01 itself.
    await fx.h.db
      .update(milestones)
      .set({ plannedDate: "2021-11-15", plannedPrecision: "day" })
      .where(eq(milestones.id, await milestoneOf("2-5", 6)));
    await fx.h.db
      .update(milestones)
      .set({ plannedDate: "2021-11-01", plannedPrecision: "day" })
      .where(eq(milestones.id, await milestoneOf("2-5", 7)));
    await fx.h.db
      .update(milestones)
      .set({ plannedDate: "2021-12-01", plannedPrecision: "day" })
      .where(eq(milestones.id, await milestoneOf("2-2", 4)));
  });

  it("pages through every project with the total on each page", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((page) => list({}, { page, pageSize: 20, sort: "code" })));
    expect(pages.map((p) => p.total)).toEqual([SEEDED, SEEDED, SEEDED, SEEDED]);
    expect(pages.map((p) => p.rows.length)).toEqual([20, 20, 4, 0]);
    const all = pages.flatMap((p) => p.codes);
    expect(new Set(all).size).toBe(SEEDED);
    expect(all.slice(0, 3)).toEqual(["1-1", "1-2", "1-3"]);
    expect(all.at(-1)).toBe("9-5");
  });

  it("sorts by last update, newest or oldest first, with the editor's name", async () => {
    const newest = await list();
    expect(newest.codes.slice(0, 3)).toEqual(["8-3", "3-2", "1-1"]);
    expect(newest.rows[0]).toMatchObject({
      lastActivityByName: "一覧 確認",
      titleJa: "観光交流",
      titleEn: "Tourism exchange",
    });
    expect(newest.rows[0]!.lastActivityAt.toISOString()).toBe("2021-11-20T01:00:00.000Z");
    expect(newest.rows[2]!.lastActivityByName).toBeNull();
    const oldest = await list({}, { sort: "activity_asc" });
    expect(oldest.codes[0]).toBe("1-1");
    expect(oldest.codes.slice(-2)).toEqual(["3-2", "8-3"]);
  });

  it("filters by area, lifecycle and confidence", async () => {
    expect((await list({ areaNumber: 2 }, { sort: "code" })).codes).toEqual(["2-1", "2-2", "2-3", "2-4", "2-5"]);
    expect((await list({ lifecycle: "completed" })).codes).toEqual(["9-3"]);
    expect((await list({ lifecycle: "suspended" })).codes).toEqual(["5-4"]);
    expect((await list({ confidence: "at_risk" })).codes).toEqual(["4-1"]);
    expect((await list({ confidence: "not_assessed" })).total).toBe(SEEDED - 1);
    expect((await list({ areaNumber: 9, lifecycle: "in_progress" })).total).toBe(4);
  });

  it("filters by organisation, place and side, each project once", async () => {
    const [olympus] = await fx.h.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.nameEn, "Olympus"));
    expect((await list({ organizationId: olympus!.id })).codes).toEqual(["1-2"]);
    expect((await list({ organizationId: "not-a-uuid" })).total).toBe(0);

    const options = await listFilterOptions(fx.h.db);
    const vladivostok = options.locations.find((l) => l.nameEn === "Vladivostok")!;
    expect((await list({ locationId: vladivostok.id }, { sort: "code" })).codes).toEqual([
      "1-6",
      "2-2",
      "2-5",
      "3-2",
      "6-5",
      "6-7",
    ]);
    expect((await list({ locationId: "00000000-0000-0000-0000-000000000000" })).total).toBe(0);

    for (const side of ["jp", "ru", "joint", "other"] as const) {
      const expected = await queryRows<{ slug: string }>(
        fx.h,
        sql`select distinct p.slug from projects p
        join project_organizations po on po.project_id = p.id join organizations o on o.id = po.organization_id where o.side = ${side}`,
      );
      const found = await list({ side }, { pageSize: 200 });
      expect(found.codes.sort()).toEqual(expected.map((r) => r.slug).sort());
      expect(found.total).toBe(expected.length);
    }
    // 1-⑥'s partners are Japanese (日揮, 社会医療法人北斗); 1-⑦ has the joint venture EMG.
    expect((await list({ side: "joint", areaNumber: 1 }, { sort: "code" })).codes).toEqual(["1-7"]);
  });

  it("searches Japanese and English text, case-insensitively, in titles, subtitles, summaries and organisations", async () => {
    expect((await list({ q: "ヴォロネジ" })).codes).toEqual(["2-1"]);
    expect((await list({ q: "voronezh" })).codes).toEqual(["2-1"]);
    expect((await list({ q: "VORONEZH" })).codes).toEqual(["2-1"]);
    expect((await list({ q: "model city" }, { sort: "code" })).codes).toEqual(["2-1", "2-2", "2-3"]);
    expect((await list({ q: "Model  Vladivostok" })).codes).toEqual(["2-2"]);
    expect((await list({ q: "モデル都市　サンクト" })).codes).toEqual(["2-3"]);
    // Subtitle, summary (both languages), organisation names and the project's own labels.
    expect((await list({ q: "カーボンリサイクル" })).codes).toEqual(["4-1"]);
    expect((await list({ q: "水素ステーション" })).codes).toEqual(["5-3"]);
    expect((await list({ q: "Hydrogen Refuelling" })).codes).toEqual(["5-3"]);
    expect((await list({ q: "オリンパス" })).codes).toEqual(["1-2"]);
    expect((await list({ q: "olympus" })).codes).toEqual(["1-2"]);
    expect((await list({ q: "jbic" }, { sort: "code" })).codes).toEqual(["6-6", "9-5"]);
    // Full-width letters and half-width kana find the text as it is stored.
    expect((await list({ q: "ＪＢＩＣ" }, { sort: "code" })).codes).toEqual(["6-6", "9-5"]);
    expect((await list({ q: "ｵﾘﾝﾊﾟｽ" })).codes).toEqual(["1-2"]);
  });

  it("treats LIKE and regular-expression characters in a search as plain text", async () => {
    for (const q of ["%", "_", ".*", "[a-z]", "\\", "a|b", "^$"]) {
      expect((await list({ q })).total, q).toBe(0);
    }
    expect((await list({ q: "(Yakutsk)" })).codes).toEqual(["6-1"]);
    expect((await list({ q: "Ust-Kut" })).codes).toEqual(["4-2"]);
    expect((await list({ q: "   " })).total).toBe(SEEDED);
  });

  it("finds a project by its code", async () => {
    for (const q of ["2-5", "2-⑤", "２－５", " 2 - 5 "]) expect((await list({ q })).codes, q).toEqual(["2-5"]);
    expect((await list({ q: "2-99" })).total).toBe(0);
    expect(parseProjectCode("6-⑦")).toEqual({ areaNumber: 6, number: 7 });
    expect(parseProjectCode("2021-10")).toBeNull();
  });

  it("flags and filters stale projects with the chosen number of days", async () => {
    // On 2022-01-01, 90 days back is 2021-10-03 (Japan time): the seeded 2021-10-01 is stale,
    // 2021-11-05 and 2021-11-20 are not.
    const stale90 = await list({ onlyStale: true }, { today: "2022-01-01", staleDays: 90, pageSize: 200 });
    expect(stale90.total).toBe(SEEDED - 2);
    expect(stale90.rows.every((r) => r.stale)).toBe(true);
    const fresh = await list({}, { today: "2022-01-01", staleDays: 90 });
    expect(fresh.rows.slice(0, 2).map((r) => r.stale)).toEqual([false, false]);
    // 50 days back is 2021-11-12: 2021-11-05 is stale now, 2021-11-20 still not.
    const stale50 = await list({ onlyStale: true }, { today: "2022-01-01", staleDays: 50, pageSize: 200 });
    expect(stale50.total).toBe(SEEDED - 1);
    expect(stale50.codes).toContain("3-2");
    expect((await list({ onlyStale: true }, { today: "2022-01-01", staleDays: 200 })).total).toBe(0);
    // Out-of-range days are clamped, not refused.
    expect((await list({ onlyStale: true }, { today: "2022-01-01", staleDays: 0 })).total).toBe(SEEDED);
  });

  it("counts a day exactly N days back as not yet stale", async () => {
    expect(staleCutoff("2022-01-01", 90).toISOString()).toBe("2021-10-02T15:00:00.000Z");
    expect(dateInTokyo(new Date("2021-12-31T15:00:00Z"))).toBe("2022-01-01");
    expect(dateInTokyo(new Date("2021-12-31T14:59:59Z"))).toBe("2021-12-31");
  });

  it("flags and filters projects with overdue milestones", async () => {
    const onDay = await list({ onlyOverdue: true });
    expect(onDay.codes).toEqual(["2-5"]);
    expect(onDay.rows[0]!.overdueMilestones).toBe(1);
    // Due on 2021-12-01 itself: overdue from the next day.
    const nextDay = await list({ onlyOverdue: true }, { today: "2021-12-02", sort: "code" });
    expect(nextDay.codes).toEqual(["2-2", "2-5"]);
    // In 2026 the seeded milestones planned for 2021, FY2021 and January 2022 are overdue too
    // (5-①, 8-① and 8-②: work the report says runs in 2021 or FY2021, still in progress).
    const later = await list({ onlyOverdue: true }, { today: "2026-05-10", sort: "code" });
    expect(later.codes).toEqual(["1-8", "2-2", "2-5", "4-4", "5-1", "6-1", "7-3", "8-1", "8-2"]);
    expect(later.rows.find((r) => r.areaNumber === 1)!.overdueMilestones).toBe(2);
    const everyone = await list({}, { today: "2026-05-10", pageSize: 200 });
    expect(everyone.rows.filter((r) => r.overdueMilestones > 0)).toHaveLength(9);
    expect((await list({ onlyOverdue: true, areaNumber: 2 }, { today: "2026-05-10" })).total).toBe(2);
  });

  it("a completed or cancelled milestone is never overdue", async () => {
    const later = await list({ onlyOverdue: true, q: "2-5" }, { today: "2030-01-01" });
    // Only the planned one (sort order 6) counts: sort order 7 is completed.
    expect(later.rows[0]!.overdueMilestones).toBe(1);
  });

  it("lists organisations and places for the filters", async () => {
    const { organizations: orgs, locations } = await listFilterOptions(fx.h.db);
    expect(orgs.length).toBeGreaterThan(100);
    expect(locations.length).toBeGreaterThan(20);
    expect(orgs.find((o) => o.nameEn === "Olympus")).toMatchObject({ nameJa: "オリンパス", side: "jp" });
  });
});
