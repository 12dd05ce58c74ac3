import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "./connection";
import { migrateDatabase, MIGRATIONS_FOLDER } from "./migrate";
import * as data from "@/db/seed/data";
import { seedReport } from "@/db/seed/load";
import { openFreshDatabase, queryRows, testDbKinds } from "./testing/fresh-db";

// Only a completed milestone has an actual date, in the database itself (constraint
// milestones_actual_only_completed), whatever wrote the row; and a database migrated from
// before the rule keeps its unfinished milestones, without their actual dates, each logged.

const RULE = "milestone_actual_only_completed";
const UNFINISHED = ["planned", "in_progress", "delayed", "cancelled"] as const;

type Row = { id: string; status: string; version: number; actual_date: string | null; actual_precision: string | null };
const milestoneTitled = async (h: DbHandle, title: string) =>
  (
    await queryRows<Row>(
      h,
      sql`select id, status, version, actual_date::text, actual_precision::text from milestones where title_ja = ${title}`,
    )
  )[0]!;

/** Fails unless the statement is refused by this rule's constraint (not by any mistake of its own). */
async function refusedByRule(statement: Promise<unknown>) {
  const error = await statement.then(
    () => null,
    (e: unknown) => e as Error & { cause?: unknown },
  );
  expect(error, "the statement was accepted").not.toBeNull();
  expect(String((error!.cause as Error | undefined)?.message ?? error!.message)).toContain(
    "milestones_actual_only_completed",
  );
}

/** The committed migrations up to (not including) this rule's, in a folder of their own. */
async function migrationsBeforeRule(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "migrations-"));
  await cp(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { tag: string }[] };
  const cut = journal.entries.findIndex((e) => e.tag.endsWith(RULE));
  expect(cut).toBeGreaterThan(0);
  journal.entries = journal.entries.slice(0, cut);
  await writeFile(journalPath, JSON.stringify(journal));
  return dir;
}

describe.each(testDbKinds())("a milestone's actual date on %s", (kind) => {
  let h: DbHandle;
  let folder: string;
  beforeAll(async () => {
    folder = await migrationsBeforeRule();
    h = await openFreshDatabase(kind, { migrate: false });
    await migrateDatabase(h, { migrationsFolder: folder });
    // The report's rows only: later migrations add columns to other tables (editions, users)
    // that the current code writes, and this database has not got them yet.
    await h.db.transaction((tx) => seedReport(tx, data.areas, data.plan));
  });
  afterAll(async () => {
    await h?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it("is cleared by the migration where the milestone is unfinished, with an audit row keeping it", async () => {
    // As the first seed had it (1-⑦), and as the editor used to allow (a cancelled one).
    await h.db.execute(
      sql`update milestones set actual_date = '2018-04-01', actual_precision = 'fiscal_year' where title_ja = '両企業による検証・改良等'`,
    );
    await h.db.execute(sql`update milestones set actual_date = '2020-07-01', actual_precision = 'month'
      where title_ja = 'イノプロムへのジャパン・パビリオン出展（2020年、コロナ禍のため中止）'`);
    const before = await milestoneTitled(h, "両企業による検証・改良等");
    const completed = await milestoneTitled(h, "両企業による検証・改良等を開始");

    await migrateDatabase(h);

    expect(await milestoneTitled(h, "両企業による検証・改良等")).toMatchObject({
      status: "in_progress",
      actual_date: null,
      actual_precision: null,
      version: before.version + 1,
    });
    expect(
      await milestoneTitled(h, "イノプロムへのジャパン・パビリオン出展（2020年、コロナ禍のため中止）"),
    ).toMatchObject({ status: "cancelled", actual_date: null });
    expect(await milestoneTitled(h, "両企業による検証・改良等を開始")).toEqual(completed);
    const events = await queryRows<{
      actor_id: string | null;
      entity_id: string;
      action: string;
      label: string;
      area_number: number;
      changes: unknown;
    }>(
      h,
      sql`select actor_id, entity_id, action, label, area_number, changes from audit_events where entity_type = 'milestone' order by id`,
    );
    expect(events).toHaveLength(2);
    expect(events.find((e) => e.entity_id === before.id)).toEqual({
      actor_id: null,
      entity_id: before.id,
      action: "update",
      label: "1-⑦ 両企業による検証・改良等",
      area_number: 1,
      changes: { actualDate: { old: "2018-04-01", new: null }, actualPrecision: { old: "fiscal_year", new: null } },
    });
  });

  it.each(UNFINISHED)("is refused by the database on a %s milestone, inserted or updated", async (status) => {
    const m = await milestoneTitled(h, "両企業による検証・改良等を開始");
    await refusedByRule(
      h.db.execute(sql`insert into milestones (project_id, title_ja, status, actual_date, actual_precision)
      select project_id, '試験', ${status}, '2021-09-01', 'month' from milestones where id = ${m.id}`),
    );
    await refusedByRule(h.db.execute(sql`update milestones set status = ${status} where id = ${m.id}`));
    expect(await milestoneTitled(h, "両企業による検証・改良等を開始")).toEqual(m);
  });

  it("is kept on a completed milestone, and an unfinished one may still have a planned date", async () => {
    const m = await milestoneTitled(h, "両企業による検証・改良等");
    await h.db.execute(
      sql`update milestones set status = 'completed', actual_date = '2021-09-01', actual_precision = 'month' where id = ${m.id}`,
    );
    await h.db.execute(
      sql`update milestones set status = 'in_progress', actual_date = null, actual_precision = null, planned_date = '2022-04-01', planned_precision = 'fiscal_year' where id = ${m.id}`,
    );
    expect(await milestoneTitled(h, "両企業による検証・改良等")).toMatchObject({
      status: "in_progress",
      actual_date: null,
    });
  });
});
