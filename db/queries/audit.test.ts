import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { writeAudit, type AuditEntry } from "@/db/mutations/audit";
import { testDbKinds } from "@/db/testing/fresh-db";
import { listAuditActors, listAuditEvents, listProjectHistory, type AuditFilters } from "./audit";
import { useTestDatabase } from "../testing/use-database";

const P1 = randomUUID();
const P2 = randomUUID();
const M1 = randomUUID();
const M2 = randomUUID();
const ORG_LINK = `${P1}:${randomUUID()}`;
const ALL_OF_2025 = { from: "2025-01-01", to: "2025-12-31" };
const page = (n: number, pageSize = 50) => ({ page: n, pageSize });

describe.each(testDbKinds())("the audit log on %s", (kind) => {
  const fx = useTestDatabase(kind, { personas: true });
  /** Writes an event as the mutations do, then moves it to a known moment; labels name events in the expectations. */
  async function record(label: string, actorId: string | null, at: string, entry: Omit<AuditEntry, "label">) {
    await fx.h.db.transaction(async (tx) => {
      await writeAudit(tx, { actorId, ip: "192.0.2.1" }, { ...entry, label });
      await tx.execute(
        sql`update audit_events set occurred_at = ${at}::timestamptz where id = (select max(id) from audit_events)`,
      );
    });
  }

  const labels = async (filters: AuditFilters, paging = page(1)) => {
    const { rows, total } = await listAuditEvents(fx.h.db, filters, paging);
    return { labels: rows.map((r) => r.label), total };
  };

  beforeAll(async () => {
    const { admin, editorArea, editorOther, viewer } = fx.actors;
    // Times in UTC; the comments give Japan time.
    await record("p1 status", admin!.id, "2025-03-31T14:59:59.999Z", {
      // 03-31 23:59:59.999
      entityType: "project",
      entityId: P1,
      action: "update",
      areaNumber: 2,
      changes: { lifecycleStatus: { old: "planned", new: "in_progress" } },
    });
    await record("m1 created", editorArea!.id, "2025-03-31T15:00:00Z", {
      // 04-01 00:00
      entityType: "milestone",
      entityId: M1,
      action: "create",
      projectId: P1,
      areaNumber: 2,
      changes: { titleJa: { old: null, new: "研修開始" }, status: { old: null, new: "planned" } },
    });
    await record("m2 updated", editorOther!.id, "2025-04-01T14:59:59Z", {
      // 04-01 23:59:59
      entityType: "milestone",
      entityId: M2,
      action: "update",
      projectId: P2,
      areaNumber: 5,
      changes: { status: { old: "planned", new: "completed" } },
    });
    await record("viewer access", admin!.id, "2025-04-01T15:00:00Z", {
      // 04-02 00:00
      entityType: "user",
      entityId: viewer!.id,
      action: "update_access",
      changes: { areaScope: { old: [], new: [1, 2] } },
    });
    await record("p2 updated", admin!.id, "2025-04-02T03:00:00Z", {
      // 04-02 12:00
      entityType: "project",
      entityId: P2,
      action: "update",
      projectId: P2,
      areaNumber: 5,
    });
    await record("org link", editorArea!.id, "2025-04-03T01:00:00Z", {
      // 04-03 10:00
      entityType: "organizationLink",
      entityId: ORG_LINK,
      action: "delete",
      projectId: P1,
      areaNumber: 2,
    });
  });

  it("lists everything newest first, with the actor's name and e-mail", async () => {
    const { rows, total } = await listAuditEvents(fx.h.db, {}, page(1));
    expect(total).toBe(11); // five personas created, six events above
    const times = rows.map((r) => r.occurredAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect((await labels(ALL_OF_2025)).labels).toEqual([
      "org link",
      "p2 updated",
      "viewer access",
      "m2 updated",
      "m1 created",
      "p1 status",
    ]);
    const m1 = rows.find((r) => r.entityId === M1)!;
    expect(m1).toMatchObject({
      actorId: fx.actors.editorArea!.id,
      actorName: "editor2@test.example",
      actorEmail: "editor2@test.example",
      entityType: "milestone",
      action: "create",
      projectId: P1,
      areaNumber: 2,
      label: "m1 created",
      changes: { titleJa: { old: null, new: "研修開始" }, status: { old: null, new: "planned" } },
    });
    expect(m1.occurredAt.toISOString()).toBe("2025-03-31T15:00:00.000Z");
  });

  it("shows events without an actor, and names the user an unlabelled user event is about", async () => {
    const { rows } = await listAuditEvents(fx.h.db, { entityType: "user" }, page(1));
    const created = rows.filter((r) => r.action === "create");
    expect(created).toHaveLength(5);
    expect(created.every((r) => r.actorId === null && r.actorName === null && r.actorEmail === null)).toBe(true);
    expect(created.map((r) => r.label).sort()).toEqual([
      "admin@test.example",
      "editor2@test.example",
      "editor5@test.example",
      "reviewer2@test.example",
      "viewer@test.example",
    ]);
    // An event's own label wins over the user's name.
    expect(rows.find((r) => r.action === "update_access")!.label).toBe("viewer access");
  });

  it("filters by person; a malformed id matches nobody", async () => {
    expect((await labels({ actorId: fx.actors.admin!.id })).labels).toEqual([
      "p2 updated",
      "viewer access",
      "p1 status",
    ]);
    expect((await labels({ actorId: fx.actors.viewer!.id })).total).toBe(0);
    expect(await labels({ actorId: "not-a-uuid" })).toEqual({ labels: [], total: 0 });
  });

  it("filters by area and by type of record, alone and together", async () => {
    expect((await labels({ areaNumber: 2 })).labels).toEqual(["org link", "m1 created", "p1 status"]);
    expect((await labels({ areaNumber: 9 })).total).toBe(0);
    expect((await labels({ entityType: "milestone" })).labels).toEqual(["m2 updated", "m1 created"]);
    expect((await labels({ entityType: "milestone", areaNumber: 5 })).labels).toEqual(["m2 updated"]);
    expect((await labels({ entityType: "no-such-type" })).total).toBe(0);
  });

  it("filters by record id; a project's id also finds the records under it", async () => {
    expect((await labels({ entityId: P1 })).labels).toEqual(["org link", "m1 created", "p1 status"]);
    expect((await labels({ entityId: M1 })).labels).toEqual(["m1 created"]);
    expect((await labels({ entityId: ORG_LINK })).labels).toEqual(["org link"]);
    expect((await labels({ entityId: "'; drop table audit_events; --" })).total).toBe(0);
    expect((await labels({ entityId: P1, entityType: "project" })).labels).toEqual(["p1 status"]);
  });

  it("takes whole days in Japan time, both ends included", async () => {
    expect((await labels({ from: "2025-04-01", to: "2025-04-01" })).labels).toEqual(["m2 updated", "m1 created"]);
    expect((await labels({ to: "2025-03-31" })).labels).toEqual(["p1 status"]);
    expect((await labels({ from: "2025-04-02", to: "2025-04-02" })).labels).toEqual(["p2 updated", "viewer access"]);
    expect((await labels({ from: "2025-04-03", to: "2025-04-03", actorId: fx.actors.editorArea!.id })).labels).toEqual([
      "org link",
    ]);
    expect((await labels({ from: "2025-04-04", to: "2025-04-03" })).total).toBe(0);
    // Open-ended from a day: everything since, the personas created today included.
    expect((await labels({ from: "2025-04-02" })).total).toBe(8);
  });

  it("pages through the results and counts them all", async () => {
    const pages = await Promise.all([1, 2, 3, 4].map((n) => labels(ALL_OF_2025, page(n, 2))));
    expect(pages.map((p) => p.labels)).toEqual([
      ["org link", "p2 updated"],
      ["viewer access", "m2 updated"],
      ["m1 created", "p1 status"],
      [],
    ]);
    expect(pages.every((p) => p.total === 6)).toBe(true);
    // Out-of-range paging is brought back into range rather than failing.
    expect((await labels(ALL_OF_2025, page(0, 2))).labels).toEqual(["org link", "p2 updated"]);
    expect((await labels(ALL_OF_2025, page(-3, 0))).labels).toEqual(["org link"]);
    expect((await labels(ALL_OF_2025, page(Number.NaN, 10_000))).labels).toHaveLength(6);
  });

  it("gives a project's history: its own events and those of the records under it", async () => {
    const history = await listProjectHistory(fx.h.db, P1, page(1));
    expect(history.total).toBe(3);
    expect(history.rows.map((r) => r.label)).toEqual(["org link", "m1 created", "p1 status"]);
    const second = await listProjectHistory(fx.h.db, P1, page(2, 2));
    expect(second).toMatchObject({ total: 3 });
    expect(second.rows.map((r) => r.label)).toEqual(["p1 status"]);
    expect((await listProjectHistory(fx.h.db, P2, page(1))).rows.map((r) => r.label)).toEqual([
      "p2 updated",
      "m2 updated",
    ]);
    expect(await listProjectHistory(fx.h.db, "not-a-uuid", page(1))).toEqual({ rows: [], total: 0 });
    expect(await listProjectHistory(fx.h.db, randomUUID(), page(1))).toEqual({ rows: [], total: 0 });
  });

  it("lists everyone as a person to filter by, by name", async () => {
    const people = await listAuditActors(fx.h.db);
    expect(people.map((p) => p.email)).toEqual([
      "admin@test.example",
      "editor2@test.example",
      "editor5@test.example",
      "reviewer2@test.example",
      "viewer@test.example",
    ]);
    expect(Object.keys(people[0]!).sort()).toEqual(["email", "id", "name"]);
  });

  // Last: it adds events the tests above do not expect.
  it("breaks ties in time by the order of writing", async () => {
    await fx.h.db.transaction(async (tx) => {
      for (const label of ["first", "second"]) {
        await writeAudit(
          tx,
          { actorId: null, ip: null },
          { entityType: "media", entityId: randomUUID(), action: "create", label },
        );
      }
      await tx.execute(sql`update audit_events set occurred_at = '2024-06-01T03:00:00Z' where entity_type = 'media'`);
    });
    const { rows } = await listAuditEvents(fx.h.db, { from: "2024-06-01", to: "2024-06-01", actorId: "" }, page(1));
    expect(rows.map((r) => r.label)).toEqual(["second", "first"]);
  });
});
