import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { DbHandle } from "../connection";
import { queryRows, testDbKinds } from "../testing/fresh-db";
import { seedPublishedReport } from "@/lib/seed/report";
import { useTestDatabase } from "../testing/use-database";

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
  "media",
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

describe.each(testDbKinds())("seed on %s", (kind) => {
  const fx = useTestDatabase(kind);

  it("loads 9 areas and 44 items", async () => {
    const counts = await seedPublishedReport(fx.h.db);
    expect(counts.areas).toBe(9);
    expect(counts.projects).toBe(44);
    const snap = await snapshot(fx.h);
    expect(snap.areas).toHaveLength(9);
    expect(snap.projects).toHaveLength(44);
  });

  it("is idempotent: seeding again leaves exactly the same rows", async () => {
    const before = await snapshot(fx.h);
    await seedPublishedReport(fx.h.db);
    const after = await snapshot(fx.h);
    expect(after).toEqual(before);
    expect(Object.values(before).every((rows) => rows.length > 0)).toBe(true);
  });

  it("publishes the October 2021 report as loaded, a source that then never changes", async () => {
    const rows = await queryRows<{ period: string; status: string; source: string }>(
      fx.h,
      sql`select period, status, source from editions`,
    );
    expect(rows).toEqual([{ period: "2021-10", status: "published", source: "loaded" }]);
    const refused = await fx.h.db.execute(sql`update editions set source = 'made_here' where period = '2021-10'`).then(
      () => null,
      (e: Error) => e,
    );
    expect(String(refused?.cause ?? refused)).toMatch(/its content cannot change/);
  });
});
