import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../connection";
import { selectRows } from "../rows";

// Sign-in throttling, in the database so that every app server and a restart see it.
// An attempt is counted before its password is checked, in one statement that also says
// whether it may go on: requests sent together are serialised on the rows they count, so a
// burst of them evaluates no more passwords than the limit allows. Three counters:
//   - pair: one account from one address. Guessing from one place stops here, and only
//     that place is locked: a stranger cannot lock a colleague out of their own office.
//   - account: one account from anywhere. A ceiling well above the pair's, against guessing
//     spread over many addresses.
//   - ip: one address against any accounts (password spraying).
// A lock lasts as long as a window, so when it ends the window has ended too and the count
// starts again.

export const LIMITS = { pair: 5, account: 50, ip: 30 } as const;
export const ACCOUNT_LIMIT = LIMITS.pair;
export const IP_LIMIT = LIMITS.ip;
export const WINDOW_MINUTES = 15;
export const LOCK_MINUTES = 15;

type Scope = keyof typeof LIMITS;
type Counted = { scope: Scope; failures: number; locked_until: Date | string | null };

const pairKey = (account: string, ip: string | null) => `${account} ${ip ?? "-"}`;
const minutes = (n: number) => n * 60_000;
// Typed parameters: inside CASE the server cannot tell what a bare parameter is.
const at = (time: Date) => sql`${time.toISOString()}::timestamptz`;
const int = (n: number) => sql`${n}::int`;

/**
 * Counts one attempt against each of its keys and says whether it may be checked: "locked"
 * once any key is at its limit. The attempt counts as a failure until `attemptSucceeded`.
 */
export async function reserveSignInAttempt(
  db: Db,
  account: string,
  ip: string | null,
  now = new Date(),
): Promise<"go" | "locked"> {
  const [time, windowStart, lockEnd] = [
    at(now),
    at(new Date(now.getTime() - minutes(WINDOW_MINUTES))),
    at(new Date(now.getTime() + minutes(LOCK_MINUTES))),
  ];
  const others: [Scope, string][] = [["account", account]];
  if (ip) others.push(["ip", ip]);
  const values = sql.join(
    others.map(([scope, key]) => sql`(${scope}, ${key}, 1, ${time})`),
    sql`, `,
  );
  const locked = sql`t.locked_until > ${time}`;
  const counted: SQL = sql`case when ${locked} then t.failures when t.window_started_at <= ${windowStart} then 1 else t.failures + 1 end`;
  const limit = sql`case t.scope when 'pair' then ${int(LIMITS.pair)} when 'account' then ${int(LIMITS.account)} else ${int(LIMITS.ip)} end`;
  const count = sql`on conflict (scope, key) do update set
    failures = ${counted},
    window_started_at = case when not coalesce(${locked}, false) and t.window_started_at <= ${windowStart} then ${time} else t.window_started_at end,
    locked_until = case when ${locked} then t.locked_until when ${counted} > ${limit} then ${lockEnd} else t.locked_until end
    returning scope, failures, locked_until`;
  // The pair first: an attempt it refuses counts nowhere else, so one place hammering away
  // after its own lock cannot push the account towards its ceiling.
  const rows = await selectRows<Counted>(
    db,
    sql`
      with pair as (
        insert into login_throttles as t (scope, key, failures, window_started_at) values ('pair', ${pairKey(account, ip)}, 1, ${time}) ${count}
      ), rest as (
        insert into login_throttles as t (scope, key, failures, window_started_at)
        select * from (values ${values}) v
        where not exists (select 1 from pair where pair.locked_until > ${time} or pair.failures > ${int(LIMITS.pair)})
        ${count}
      )
      select * from pair union all select * from rest`,
  );
  await purgeExpired(db, now);
  const refused = rows.some(
    (row) => (row.locked_until !== null && new Date(row.locked_until) > now) || row.failures > LIMITS[row.scope],
  );
  return refused ? "locked" : "go";
}

/** The attempt was right: its own and its account's counts end; the address's loses this one. */
export async function attemptSucceeded(db: Db, account: string, ip: string | null): Promise<void> {
  await db.execute(
    sql`delete from login_throttles where (scope = 'pair' and key = ${pairKey(account, ip)}) or (scope = 'account' and key = ${account})`,
  );
  if (ip)
    await db.execute(
      sql`update login_throttles set failures = greatest(failures - 1, 0) where scope = 'ip' and key = ${ip}`,
    );
}

/** Rows whose window and lock have both passed protect nothing; a few go with each attempt. */
async function purgeExpired(db: Db, now: Date): Promise<void> {
  const windowStart = at(new Date(now.getTime() - minutes(WINDOW_MINUTES)));
  await db.execute(sql`
    delete from login_throttles where (scope, key) in (
      select scope, key from login_throttles
      where window_started_at <= ${windowStart} and (locked_until is null or locked_until <= ${at(now)})
      limit 100)`);
}
