import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows, testDbKinds } from "../testing/fresh-db";
import { endSession, startSession, touchSession } from "./sessions";
import { useTestDatabase } from "../testing/use-database";

// Sessions end on the server, whatever the cookie says: SESSION_MAX_HOURS after sign-in and
// SESSION_IDLE_MINUTES after the last request, on a clock the test sets.

const LIMITS = { maxHours: 8, idleMinutes: 60 };
const T0 = new Date("2026-04-01T00:00:00Z");
const after = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

describe.each(testDbKinds())("staff sessions on %s", (kind) => {
  const fx = useTestDatabase(kind, { personas: true });

  const start = (id: string) => startSession(fx.h.db, { id, userId: fx.actors.admin!.id, ip: "192.0.2.1" }, T0);

  it("last while used, at most the lifetime counted from sign-in", async () => {
    await start("busy");
    // A request every 50 minutes keeps it alive, up to 8 hours after signing in, and no further.
    for (let minute = 50; minute < 8 * 60; minute += 50) {
      expect(await touchSession(fx.h.db, fx.actors.admin!.id, "busy", LIMITS, after(minute))).toMatchObject({
        id: fx.actors.admin!.id,
      });
    }
    expect(await touchSession(fx.h.db, fx.actors.admin!.id, "busy", LIMITS, after(8 * 60 + 1))).toBeNull();
  });

  it("end after the idle time without a request, for good", async () => {
    await start("idle");
    expect(await touchSession(fx.h.db, fx.actors.admin!.id, "idle", LIMITS, after(59))).not.toBeNull();
    expect(await touchSession(fx.h.db, fx.actors.admin!.id, "idle", LIMITS, after(59 + 61))).toBeNull();
    // A later request (or a clock that went back) does not bring it back.
    expect(await touchSession(fx.h.db, fx.actors.admin!.id, "idle", LIMITS, after(60))).toBeNull();
    const [row] = await queryRows<{ ended: boolean }>(
      fx.h,
      sql`select ended_at is not null as ended from user_sessions where id = 'idle'`,
    );
    expect(row?.ended).toBe(true);
  });

  it("end when signed out, and belong to one user only", async () => {
    await start("out");
    expect(await touchSession(fx.h.db, fx.actors.viewer!.id, "out", LIMITS, after(1))).toBeNull();
    expect(await touchSession(fx.h.db, "not-a-uuid", "out", LIMITS, after(1))).toBeNull();
    expect(await touchSession(fx.h.db, fx.actors.admin!.id, "out", LIMITS, after(1))).not.toBeNull();
    await endSession(fx.h.db, "out", after(2));
    expect(await touchSession(fx.h.db, fx.actors.admin!.id, "out", LIMITS, after(3))).toBeNull();
    expect(await touchSession(fx.h.db, fx.actors.admin!.id, "never-started", LIMITS, after(3))).toBeNull();
  });

  it("follow the configured limits", async () => {
    await start("short");
    const short = { maxHours: 1, idleMinutes: 5 };
    expect(await touchSession(fx.h.db, fx.actors.admin!.id, "short", short, after(4))).not.toBeNull();
    expect(await touchSession(fx.h.db, fx.actors.admin!.id, "short", short, after(10))).toBeNull();
  });
});
