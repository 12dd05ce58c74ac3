import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "../connection";
import { openFreshDatabase, queryRows, testDbKinds } from "../testing/fresh-db";
import { createPersonas, type PersonaActors } from "../testing/personas";
import { endSession, startSession, touchSession } from "./sessions";

// Sessions end on the server, whatever the cookie says: SESSION_MAX_HOURS after sign-in and
// SESSION_IDLE_MINUTES after the last request, on a clock the test sets.

const LIMITS = { maxHours: 8, idleMinutes: 60 };
const T0 = new Date("2026-04-01T00:00:00Z");
const after = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testDbKinds())("staff sessions on %s", (kind) => {
  let h: DbHandle;
  let people: PersonaActors;
  beforeAll(async () => {
    h = await openFreshDatabase(kind);
    people = await createPersonas(h.db);
  });
  afterAll(async () => {
    await h?.close();
  });

  const start = (id: string) => startSession(h.db, { id, userId: people.admin!.id, ip: "192.0.2.1" }, T0);

  it("last while used, at most the lifetime counted from sign-in", async () => {
    await start("busy");
    // A request every 50 minutes keeps it alive, up to 8 hours after signing in, and no further.
    for (let minute = 50; minute < 8 * 60; minute += 50) {
      expect(await touchSession(h.db, people.admin!.id, "busy", LIMITS, after(minute))).toMatchObject({
        id: people.admin!.id,
      });
    }
    expect(await touchSession(h.db, people.admin!.id, "busy", LIMITS, after(8 * 60 + 1))).toBeNull();
  });

  it("end after the idle time without a request, for good", async () => {
    await start("idle");
    expect(await touchSession(h.db, people.admin!.id, "idle", LIMITS, after(59))).not.toBeNull();
    expect(await touchSession(h.db, people.admin!.id, "idle", LIMITS, after(59 + 61))).toBeNull();
    // A later request (or a clock that went back) does not bring it back.
    expect(await touchSession(h.db, people.admin!.id, "idle", LIMITS, after(60))).toBeNull();
    const [row] = await queryRows<{ ended: boolean }>(
      h,
      sql`select ended_at is not null as ended from user_sessions where id = 'idle'`,
    );
    expect(row?.ended).toBe(true);
  });

  it("end when signed out, and belong to one user only", async () => {
    await start("out");
    expect(await touchSession(h.db, people.viewer!.id, "out", LIMITS, after(1))).toBeNull();
    expect(await touchSession(h.db, "not-a-uuid", "out", LIMITS, after(1))).toBeNull();
    expect(await touchSession(h.db, people.admin!.id, "out", LIMITS, after(1))).not.toBeNull();
    await endSession(h.db, "out", after(2));
    expect(await touchSession(h.db, people.admin!.id, "out", LIMITS, after(3))).toBeNull();
    expect(await touchSession(h.db, people.admin!.id, "never-started", LIMITS, after(3))).toBeNull();
  });

  it("follow the configured limits", async () => {
    await start("short");
    const short = { maxHours: 1, idleMinutes: 5 };
    expect(await touchSession(h.db, people.admin!.id, "short", short, after(4))).not.toBeNull();
    expect(await touchSession(h.db, people.admin!.id, "short", short, after(10))).toBeNull();
  });
});
