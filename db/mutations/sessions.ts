import { and, eq, getTableColumns, gt, isNull, lt } from "drizzle-orm";
import type { Db } from "../connection";
import { users, userSessions } from "../schema";
import { isUuid } from "../queries/uuid";

// The server side of a staff session (see userSessions): started at sign-in, touched on
// every request while it lasts, ended by signing out. Times come from the caller, so the
// limits are tested with a clock the test sets.

export type SessionLimits = { maxHours: number; idleMinutes: number };
export type SessionUser = typeof users.$inferSelect;

export async function startSession(
  db: Db,
  session: { id: string; userId: string; ip: string | null },
  now = new Date(),
): Promise<void> {
  // Rows that can no longer count for anything go with each new one (a day is beyond any lifetime allowed).
  await db.delete(userSessions).where(lt(userSessions.signedInAt, new Date(now.getTime() - 24 * 3_600_000)));
  await db.insert(userSessions).values({ ...session, signedInAt: now, lastSeenAt: now });
}

/**
 * The user behind a session that still counts, with its last request moved to `now`; null
 * when it was ended, has outlived its lifetime or sat idle too long (and then it is ended
 * for good: coming back within the idle time does not revive it).
 */
export async function touchSession(
  db: Db,
  userId: string,
  sessionId: string,
  limits: SessionLimits,
  now = new Date(),
): Promise<SessionUser | null> {
  if (!isUuid(userId)) return null;
  const bornAfter = new Date(now.getTime() - limits.maxHours * 3_600_000);
  const seenAfter = new Date(now.getTime() - limits.idleMinutes * 60_000);
  // One statement finds, checks and touches the session (the rule cannot see the where after from).
  // eslint-disable-next-line drizzle/enforce-update-with-where
  const [row] = await db
    .update(userSessions)
    .set({ lastSeenAt: now })
    .from(users)
    .where(
      and(
        eq(userSessions.id, sessionId),
        eq(userSessions.userId, userId),
        eq(users.id, userSessions.userId),
        isNull(userSessions.endedAt),
        gt(userSessions.signedInAt, bornAfter),
        gt(userSessions.lastSeenAt, seenAfter),
      ),
    )
    .returning(getTableColumns(users));
  if (row) return row;
  await db
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, userId), isNull(userSessions.endedAt)));
  return null;
}

/** Signing out (the button or Auth.js's own endpoint), or a session found expired. */
export async function endSession(db: Db, sessionId: string, now = new Date()): Promise<void> {
  await db
    .update(userSessions)
    .set({ endedAt: now })
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.endedAt)));
}
