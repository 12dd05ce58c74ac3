import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import type { DbHandle } from "../connection";
import * as t from "../schema";
import { openFreshDatabase, queryRows, testDbKinds } from "../testing/fresh-db";
import { seedPublishedReport } from "@/lib/seed/report";
import { loadSyntheticData, SYNTHETIC_MARK_EN, SYNTHETIC_MARK_JA, SyntheticRefusal } from "./synthetic";
import { useTestDatabase } from "../testing/use-database";

const NOW = new Date("2026-06-15T00:00:00.000Z");
const TABLES = [
  "plans",
  "areas",
  "projects",
  "project_links",
  "organizations",
  "project_organizations",
  "locations",
  "project_locations",
  "milestones",
  "indicators",
  "indicator_targets",
  "indicator_observations",
  "progress_updates",
];

/** Every row of every report table, as text, for exact before/after comparison. */
async function snapshot(handle: DbHandle): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of TABLES) {
    out[table] = (
      await queryRows<{ r: string }>(handle, sql.raw(`select t::text as r from ${table} t order by 1`))
    ).map((x) => x.r);
  }
  return out;
}

/** Smallest and largest number of child rows per project. */
async function perProject(handle: DbHandle, table: string) {
  const [row] = await queryRows<{ min: number; max: number }>(
    handle,
    sql.raw(
      `select min(n)::int as min, max(n)::int as max from (select count(c.project_id) as n from projects p left join ${table} c on c.project_id = p.id group by p.id) x`,
    ),
  );
  return row!;
}

describe.each(testDbKinds())("synthetic data on %s", (kind) => {
  const fx = useTestDatabase(kind);

  it("loads the requested number of projects, with every table's rows as counted", async () => {
    const counts = await loadSyntheticData(fx.h.db, { projects: 150, seed: 7, now: NOW, batchSize: 40 });
    expect(counts.projects).toBe(150);
    expect(counts.areas).toBe(9);
    expect(counts.organizations).toBeGreaterThanOrEqual(200);
    for (const [name, n] of Object.entries(counts)) {
      expect(await fx.h.db.$count((t as unknown as Record<string, PgTable>)[name]!), name).toBe(n);
    }
  });

  it("has the shape of real work: several milestones, indicators and notes, both sides, overdue and stale items", async () => {
    expect(await perProject(fx.h, "milestones")).toEqual({ min: 2, max: 6 });
    expect(await perProject(fx.h, "indicators")).toMatchObject({ min: 1, max: 3 });
    expect(await perProject(fx.h, "progress_updates")).toEqual({ min: 2, max: 5 });
    const [facts] = await queryRows<Record<string, number>>(
      fx.h,
      sql`select
      (select count(distinct side)::int from organizations o join project_organizations po on po.organization_id = o.id where side in ('jp','ru','joint')) as sides,
      (select count(distinct planned_precision)::int from milestones) as precisions,
      (select count(distinct status)::int from milestones) as statuses,
      (select count(*)::int from milestones where planned_due < ${NOW.toISOString().slice(0, 10)}::date and status in ('planned','in_progress','delayed')) as overdue,
      (select count(*)::int from projects where last_activity_at < ${NOW.toISOString()}::timestamptz - interval '180 days') as stale,
      (select count(*)::int from projects where last_activity_at >= ${NOW.toISOString()}::timestamptz - interval '30 days') as fresh,
      (select count(*)::int from projects where title_ja like '%温室%' and title_en ilike '%greenhouse%') as greenhouse,
      (select count(*)::int from indicator_observations) as observations,
      (select count(*)::int from indicator_targets) as targets,
      (select count(*)::int from project_locations) as places`,
    );
    expect(facts).toMatchObject({ sides: 3, precisions: 8, statuses: 5 });
    for (const key of ["overdue", "stale", "fresh", "greenhouse", "observations", "targets", "places"])
      expect(facts![key], key).toBeGreaterThan(0);
  });

  it("marks the plan, every area and every project title as synthetic", async () => {
    const titles = await queryRows<{ ja: string; en: string }>(
      fx.h,
      sql`
      select title_ja as ja, title_en as en from plans union all select title_ja, title_en from areas
      union all select title_ja, title_en from projects`,
    );
    expect(titles).toHaveLength(1 + 9 + 150);
    for (const { ja, en } of titles) {
      expect(ja.startsWith(SYNTHETIC_MARK_JA), ja).toBe(true);
      expect(en.startsWith(SYNTHETIC_MARK_EN), en).toBe(true);
    }
  });

  it("is deterministic: the same seed writes exactly the same rows, whatever the batch size", async () => {
    const before = await snapshot(fx.h);
    await loadSyntheticData(fx.h.db, { projects: 150, seed: 7, now: NOW, batchSize: 1000 });
    expect(await snapshot(fx.h)).toEqual(before);
    await loadSyntheticData(fx.h.db, { projects: 150, seed: 8, now: NOW });
    expect((await snapshot(fx.h)).projects).not.toEqual(before.projects);
  });

  it("replaces the synthetic data when run again with fewer projects", async () => {
    const counts = await loadSyntheticData(fx.h.db, { projects: 20, seed: 7, now: NOW });
    expect(await fx.h.db.$count(t.projects)).toBe(20);
    expect(await fx.h.db.$count(t.milestones)).toBe(counts.milestones);
    expect(await fx.h.db.$count(t.organizations)).toBe(counts.organizations);
  });

  it("is refused by the real report's seed, which leaves it untouched", async () => {
    const before = await snapshot(fx.h);
    await expect(seedPublishedReport(fx.h.db)).rejects.toBeInstanceOf(SyntheticRefusal);
    expect(await snapshot(fx.h)).toEqual(before);
  });

  it("refuses a database once it holds a project that is not synthetic", async () => {
    await fx.h.db.execute(
      sql`update projects set title_ja = '本物の案件' where id = (select id from projects order by id limit 1)`,
    );
    await expect(loadSyntheticData(fx.h.db, { projects: 5, now: NOW })).rejects.toBeInstanceOf(SyntheticRefusal);
    expect(await fx.h.db.$count(t.projects)).toBe(20);
  });

  it("refuses a database holding the real report and leaves it untouched", async () => {
    const real = await openFreshDatabase(kind);
    try {
      await seedPublishedReport(real.db);
      const before = await snapshot(real);
      await expect(loadSyntheticData(real.db, { projects: 5, now: NOW })).rejects.toThrow(/real report/);
      expect(await snapshot(real)).toEqual(before);
    } finally {
      await real.close();
    }
  });
});
