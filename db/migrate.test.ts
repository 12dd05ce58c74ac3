import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./connection";
import { migrateDatabase } from "./migrate";
import { getReportRevision, loadReportSnapshot } from "./queries/report-rows";
import { openFreshDatabase, queryRows, testDbKinds } from "./testing/fresh-db";

const EXPECTED_TABLES = [
  "areas",
  "audit_events",
  "edition_files",
  "editions",
  "indicator_observations",
  "indicator_targets",
  "indicators",
  "locations",
  "login_throttles",
  "media",
  "milestones",
  "notifications",
  "organizations",
  "plans",
  "progress_updates",
  "project_links",
  "project_locations",
  "project_organizations",
  "projects",
  "report_revision",
  "reporting_rounds",
  "round_reports",
  "user_sessions",
  "users",
];

describe.each(testDbKinds())("migrations on %s", (kind) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await openFreshDatabase(kind, { migrate: false });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it("create the whole schema from an empty database", async () => {
    await migrateDatabase(handle);
    const tables = (
      await queryRows<{ name: string }>(
        handle,
        sql`select table_name as name from information_schema.tables where table_schema = 'public' order by 1`,
      )
    ).map((r) => r.name);
    expect(tables).toEqual(EXPECTED_TABLES);
  });

  it("are idempotent: running them again changes nothing", async () => {
    const count = async () =>
      (await queryRows<{ n: number }>(handle, sql`select count(*)::int as n from drizzle.__drizzle_migrations`))[0]!.n;
    const before = await count();
    await migrateDatabase(handle);
    expect(await count()).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it("move the report revision with every change to the report's tables, in any transaction", async () => {
    const before = await getReportRevision(handle.db);
    await handle.db.execute(sql`insert into areas (number, title_ja, title_en) values (42, '試験', 'Test')`);
    await handle.db.execute(sql`update areas set title_en = 'Test 2' where number = 42`);
    expect(await getReportRevision(handle.db)).toBe(before + 2);
    await handle.db
      .transaction(async (tx) => {
        await tx.execute(sql`delete from areas where number = 42`);
        tx.rollback();
      })
      .catch(() => {});
    expect(await getReportRevision(handle.db)).toBe(before + 2);
    const snapshot = await loadReportSnapshot(handle.db);
    expect(snapshot.revision).toBe(before + 2);
    expect(snapshot.rows.areas.map((a) => a.number)).toContain(42);
  });

  it("enforce the data rules in the database itself", async () => {
    await expect(
      handle.db.execute(sql`insert into areas (number, title_ja, title_en) values (0, 'x', 'x')`),
    ).rejects.toThrow();
    await expect(
      handle.db.execute(
        sql`insert into plans (id, title_ja, title_en, as_of_date, as_of_precision) values (2, 'x', 'x', '2021-10-01', 'month')`,
      ),
    ).rejects.toThrow();
  });
});
