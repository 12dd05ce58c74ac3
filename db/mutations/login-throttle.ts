import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../connection";
import { loginThrottles } from "../schema";

export const ACCOUNT_LIMIT = 5;
export const IP_LIMIT = 30;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

type Scope = "account" | "ip";

/** The time until which this account or address may not sign in, if it is locked now. */
export async function lockedUntil(db: Db, account: string, ip: string | null): Promise<Date | null> {
  const rows = await db
    .select({ lockedUntil: loginThrottles.lockedUntil })
    .from(loginThrottles)
    .where(sql`((${loginThrottles.scope} = 'account' and ${loginThrottles.key} = ${account})
      or (${loginThrottles.scope} = 'ip' and ${loginThrottles.key} = ${ip ?? ""}))
      and ${loginThrottles.lockedUntil} > now()`);
  const times = rows.map((r) => r.lockedUntil!.getTime());
  return times.length ? new Date(Math.max(...times)) : null;
}

// One statement per key, so that concurrent failures on several servers all count: a
// window older than WINDOW_MINUTES starts again at 1; reaching the limit locks the key.
async function recordOne(db: Db, scope: Scope, key: string, limit: number) {
  await db.execute(sql`
    insert into login_throttles (scope, key, failures, window_started_at)
    values (${scope}, ${key}, 1, now())
    on conflict (scope, key) do update set
      failures = case when login_throttles.window_started_at < now() - make_interval(mins => ${WINDOW_MINUTES})
        then 1 else login_throttles.failures + 1 end,
      window_started_at = case when login_throttles.window_started_at < now() - make_interval(mins => ${WINDOW_MINUTES})
        then now() else login_throttles.window_started_at end`);
  await db.execute(sql`
    update login_throttles
    set locked_until = now() + make_interval(mins => ${LOCK_MINUTES}), failures = 0, window_started_at = now()
    where scope = ${scope} and key = ${key} and failures >= ${limit}`);
}

export async function recordFailedSignIn(db: Db, account: string, ip: string | null): Promise<void> {
  await recordOne(db, "account", account, ACCOUNT_LIMIT);
  if (ip) await recordOne(db, "ip", ip, IP_LIMIT);
}

/** A successful sign-in clears the account's count (not the address's). */
export async function clearAccountThrottle(db: Db, account: string): Promise<void> {
  await db.delete(loginThrottles).where(and(eq(loginThrottles.scope, "account"), eq(loginThrottles.key, account)));
}
