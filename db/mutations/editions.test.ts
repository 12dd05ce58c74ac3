import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { buildReport } from "@/lib/report/build";
import type { DbHandle } from "../connection";
import { loadReportRows } from "../queries/report-rows";
import { seedPublishedReport } from "@/lib/seed/report";
import { openFreshDatabase, queryRows, testDbKinds } from "../testing/fresh-db";
import { writeAudit } from "./audit";
import { createDraftEdition, deleteDraftEdition, publishEdition, withdrawEdition } from "./editions";
import { useTestDatabase } from "../testing/use-database";

// The seed has published 2021-10 already; this is the next month's edition.
const draft = { period: "2021-11", asOfDate: "2021-11-01", titleJa: "2021年11月現在", titleEn: "As of November 2021" };

describe.each(testDbKinds())("editions on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true });
  const run = <T>(
    fn: (
      tx: Parameters<Parameters<DbHandle["db"]["transaction"]>[0]>[0],
      audit: (e: Parameters<typeof writeAudit>[2]) => Promise<void>,
    ) => Promise<T>,
  ) => fx.h.db.transaction((tx) => fn(tx, (e) => writeAudit(tx, { actorId: null, ip: null }, e)));
  const rejects = (query: ReturnType<typeof sql>) => expect(fx.h.db.execute(query)).rejects.toThrow();
  const contentOf = async (id: string) =>
    (
      await queryRows<{ c: string; sha256: string }>(
        fx.h,
        sql`select content::text c, sha256 from editions where id = ${id}`,
      )
    )[0]!;

  let published: { id: string; version: number };

  it("the seed publishes the report as the 2021-10 edition, once, with the same bytes on every fresh install", async () => {
    const seeded = async () =>
      (
        await queryRows<{ period: string; status: string; title_ja: string; content: string; sha256: string }>(
          fx.h,
          sql`select period, status, title_ja, content, sha256 from editions where period = '2021-10'`,
        )
      )[0]!;
    const first = await seeded();
    expect(first).toMatchObject({ status: "published", title_ja: "2021年10月現在" });
    expect(JSON.parse(first.content)).toEqual(buildReport(await loadReportRows(fx.h.db)));
    expect(first.sha256).toBe(createHash("sha256").update(first.content, "utf8").digest("hex"));
    await seedPublishedReport(fx.h.db);
    expect(await seeded()).toEqual(first);
    // Seeded rows have fixed ids and times: another fresh database publishes identical content.
    const other = await openFreshDatabase(kind);
    try {
      await seedPublishedReport(other.db);
      const [again] = await queryRows<{ sha256: string }>(
        other,
        sql`select sha256 from editions where period = '2021-10'`,
      );
      expect(again!.sha256).toBe(first.sha256);
    } finally {
      await other.close();
    }
  });

  it("freezes the live report: the model read back from the edition equals the one built from live data", async () => {
    const live = buildReport(await loadReportRows(fx.h.db));
    const created = await run((tx, audit) => createDraftEdition(tx, draft, live, null, audit));
    published = await run((tx, audit) => publishEdition(tx, created, null, audit));
    const [row] = await queryRows<{ content: string; status: string }>(
      fx.h,
      sql`select content, status from editions where id = ${created.id}`,
    );
    expect(row!.status).toBe("published");
    expect(row!.content).toBe(JSON.stringify(live));
    expect(JSON.parse(row!.content)).toEqual(live);
  });

  it("stores the sha256 of exactly the stored content, computed by the database", async () => {
    const { c, sha256 } = await contentOf(published.id);
    expect(sha256).toBe(createHash("sha256").update(c, "utf8").digest("hex"));
  });

  it("refuses any direct SQL change to a published edition's content, identity or publication", async () => {
    const before = await contentOf(published.id);
    await rejects(sql`update editions set content = '{}' where id = ${published.id}`);
    await rejects(
      sql`update editions set content = replace(content, '"schemaVersion":1', '"schemaVersion":2') where id = ${published.id}`,
    );
    await rejects(sql`update editions set content = content || ' ' where id = ${published.id}`);
    await rejects(sql`update editions set sha256 = 'forged' where id = ${published.id}`);
    await rejects(sql`update editions set title_ja = '改ざん' where id = ${published.id}`);
    await rejects(sql`update editions set period = '2021-12' where id = ${published.id}`);
    await rejects(sql`update editions set status = 'draft' where id = ${published.id}`);
    await rejects(sql`update editions set published_at = now() where id = ${published.id}`);
    await rejects(sql`delete from editions where id = ${published.id}`);
    await rejects(sql`truncate editions`);
    expect(await contentOf(published.id)).toEqual(before);
  });

  it("computes the hash itself when a published edition is inserted directly, and refuses one born withdrawn", async () => {
    const [row] = await queryRows<{ id: string; sha256: string; c: string }>(
      fx.h,
      sql`
      insert into editions (period, as_of_date, title_ja, status, content, sha256, schema_version, published_at)
      values ('2020-04', '2020-04-01', '直接', 'published', '{"a":1}', 'forged', 1, now()) returning id, sha256, content::text c`,
    );
    expect(row!.sha256).toBe(createHash("sha256").update(row!.c, "utf8").digest("hex"));
    await rejects(sql`insert into editions (period, as_of_date, title_ja, status, content, sha256, schema_version, published_at)
      values ('2020-05', '2020-05-01', '直接', 'withdrawn', '{"a":1}', 'x', 1, now())`);
  });

  it("lets drafts change and go, and refuses a stale version", async () => {
    const live = buildReport(await loadReportRows(fx.h.db));
    const created = await run((tx, audit) =>
      createDraftEdition(tx, { ...draft, period: "2022-04", asOfDate: "2022-04-01" }, live, null, audit),
    );
    await fx.h.db.execute(sql`update editions set title_ja = '下書きの題名' where id = ${created.id}`);
    // A draft's hash is always the database's own hash of its current content.
    const hashOf = (c: string) => createHash("sha256").update(c, "utf8").digest("hex");
    await fx.h.db.execute(sql`update editions set sha256 = 'forged' where id = ${created.id}`);
    expect((await contentOf(created.id)).sha256).toBe(hashOf(JSON.stringify(live)));
    await fx.h.db.execute(sql`update editions set content = '{"schemaVersion":1}' where id = ${created.id}`);
    expect((await contentOf(created.id)).sha256).toBe(hashOf('{"schemaVersion":1}'));
    await expect(
      run((tx, audit) => publishEdition(tx, { id: created.id, version: created.version + 1 }, null, audit)),
    ).rejects.toMatchObject({ since: { version: created.version }, current: { id: created.id } });
    await expect(
      run((tx, audit) =>
        createDraftEdition(tx, { ...draft, period: "2022-04", asOfDate: "2022-04-01" }, live, null, audit),
      ),
    ).rejects.toMatchObject({ fieldErrors: { period: ["validation.periodTaken"] } });
    await run((tx, audit) => deleteDraftEdition(tx, created, audit));
    expect(await queryRows(fx.h, sql`select 1 from editions where id = ${created.id}`)).toEqual([]);
  });

  it("refuses a model that does not match the edition format, and stores nothing of it", async () => {
    const live = buildReport(await loadReportRows(fx.h.db));
    const broken = structuredClone(live);
    (broken.areas[0]!.projects[0] as { lifecycle: string }).lifecycle = "paused";
    const period = { ...draft, period: "2022-05", asOfDate: "2022-05-01" };
    await expect(run((tx, audit) => createDraftEdition(tx, period, broken, null, audit))).rejects.toThrow(
      /does not match the edition format[\s\S]*areas\.0\.projects\.0\.lifecycle/,
    );
    expect(await queryRows(fx.h, sql`select 1 from editions where period = '2022-05'`)).toEqual([]);
    expect(
      await queryRows(fx.h, sql`select 1 from audit_events where entity_type = 'edition' and label = '2022-05'`),
    ).toEqual([]);
  });

  it("withdraws a published edition with a public reason, keeping its content, and for good", async () => {
    const before = await contentOf(published.id);
    await rejects(sql`update editions set status = 'withdrawn', withdrawn_at = now() where id = ${published.id}`);
    const withdrawn = await run((tx, audit) =>
      withdrawEdition(
        tx,
        { ...published, version: published.version, reasonJa: "数値の誤りのため", reasonEn: "A figure was wrong" },
        null,
        audit,
      ),
    );
    expect(withdrawn.version).toBe(published.version + 1);
    expect(await contentOf(published.id)).toEqual(before);
    await rejects(sql`update editions set status = 'published' where id = ${published.id}`);
    await rejects(sql`update editions set withdrawn_reason_ja = '別の理由' where id = ${published.id}`);
    await rejects(sql`delete from editions where id = ${published.id}`);
    const actions = await queryRows<{ action: string }>(
      fx.h,
      sql`select action from audit_events where entity_type = 'edition' and entity_id = ${published.id} order by id`,
    );
    expect(actions.map((a) => a.action)).toEqual(["create", "publish", "withdraw"]);
  });
});
