import { and, asc, desc, eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { RoundReportState } from "@/lib/domain/code-lists";
import type { RoundFilter } from "@/lib/domain/rounds";
import type { Db, Tx } from "../connection";
import { projects, reportingRounds, roundReports, users } from "../schema";

// Reads of the reporting rounds: the list, a round's dashboard (counted in the database, so
// a round of 10,000 projects is one grouped query), a project's reports, and what is due.

export type RoundRow = typeof reportingRounds.$inferSelect;

export async function listRounds(db: Db | Tx): Promise<RoundRow[]> {
  return db.select().from(reportingRounds).orderBy(desc(reportingRounds.period));
}

/** Each round's projects in scope and those approved and unchanged since, by round id. */
export async function roundTotals(db: Db | Tx): Promise<Map<string, { inScope: number; approved: number }>> {
  const rows = await db
    .select({
      roundId: roundReports.roundId,
      inScope: sql<number>`count(*)::int`,
      approved: count(approvedAsItStands),
    })
    .from(roundReports)
    .innerJoin(projects, eq(projects.id, roundReports.projectId))
    .groupBy(roundReports.roundId);
  return new Map(rows.map(({ roundId, ...r }) => [roundId, r]));
}

export async function getRound(db: Db | Tx, id: string): Promise<RoundRow | null> {
  const [row] = await db.select().from(reportingRounds).where(eq(reportingRounds.id, id));
  return row ?? null;
}

/** The name of the user a column holds the id of (null when none). */
export const nameOfUser = (id: SQLWrapper) =>
  sql<string | null>`(select ${users.name} from ${users} where ${users.id} = ${id})`;

/** A report as the lists name it: its project's code and titles, and its state. */
export const listedReport = {
  id: roundReports.id,
  projectId: projects.id,
  areaNumber: projects.areaNumber,
  number: projects.number,
  titleJa: projects.titleJa,
  titleEn: projects.titleEn,
  state: roundReports.state,
};

/** Approved, but the project has been edited since. */
export const changed = sql`${roundReports.state} = 'approved' and ${projects.lastActivityAt} > ${roundReports.approvedActivityAt}`;
/** Approved, and the project unchanged since: what an edition from the round may carry. */
const approvedAsItStands = sql`${roundReports.state} = 'approved' and not (${changed})`;
/** Anything an edition made from the round waits for. */
const unapproved = sql`not (${approvedAsItStands})`;
/** Owed after the deadline's day (Japan time). */
export const overdue = (today: string) =>
  sql`${roundReports.state} in ('not_started', 'returned') and ${reportingRounds.deadline} < ${today}::date`;

/** The condition a list filter stands for. */
export function roundFilterCondition(filter: RoundFilter, today: string): SQL {
  switch (filter) {
    case "changed":
      return changed;
    case "overdue":
      return overdue(today);
    case "approved":
      return approvedAsItStands;
    case "unapproved":
      return unapproved;
    default:
      return eq(roundReports.state, filter);
  }
}

export type RoundCounts = {
  inScope: number;
  notStarted: number;
  submitted: number;
  returned: number;
  /** Approved and unchanged since. */
  approved: number;
  changed: number;
  overdue: number;
};

const count = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;

/** A round's counts per area, in area order. */
export async function roundAreaCounts(
  db: Db | Tx,
  roundId: string,
  today: string,
): Promise<(RoundCounts & { areaNumber: number })[]> {
  return db
    .select({
      areaNumber: roundReports.areaNumber,
      inScope: sql<number>`count(*)::int`,
      notStarted: count(eq(roundReports.state, "not_started")),
      submitted: count(eq(roundReports.state, "submitted")),
      returned: count(eq(roundReports.state, "returned")),
      approved: count(roundFilterCondition("approved", today)),
      changed: count(changed),
      overdue: count(overdue(today)),
    })
    .from(roundReports)
    .innerJoin(reportingRounds, eq(reportingRounds.id, roundReports.roundId))
    .innerJoin(projects, eq(projects.id, roundReports.projectId))
    .where(eq(roundReports.roundId, roundId))
    .groupBy(roundReports.areaNumber)
    .orderBy(asc(roundReports.areaNumber));
}

const NO_COUNTS: RoundCounts = {
  inScope: 0,
  notStarted: 0,
  submitted: 0,
  returned: 0,
  approved: 0,
  changed: 0,
  overdue: 0,
};

/** The round's counts overall: each count summed over the areas. */
export const sumCounts = (rows: RoundCounts[]): RoundCounts =>
  rows.reduce((sum, r) => {
    const next = { ...sum };
    for (const key of Object.keys(NO_COUNTS) as (keyof RoundCounts)[]) next[key] += r[key];
    return next;
  }, NO_COUNTS);

/** A report as the lists show it (listedReport's columns). */
export type ListedReport = {
  id: string;
  projectId: string;
  areaNumber: number;
  number: number;
  titleJa: string;
  titleEn: string;
  state: RoundReportState;
};

export type LateReport = ListedReport & {
  /** The active editors of the project's area, by name: who is asked for the update. */
  editors: string[];
};

/** What is overdue in a round, in project order, with the people responsible; at most `limit`. */
export async function lateReports(db: Db | Tx, roundId: string, today: string, limit = 500): Promise<LateReport[]> {
  const editors = sql<string[]>`coalesce((
    select array_agg(${users.name} order by ${users.name}) from ${users}
    where ${users.role} = 'editor' and not ${users.disabled} and ${projects.areaNumber} = any(${users.areaScope})
  ), '{}')`;
  return db
    .select({ ...listedReport, editors })
    .from(roundReports)
    .innerJoin(reportingRounds, eq(reportingRounds.id, roundReports.roundId))
    .innerJoin(projects, eq(projects.id, roundReports.projectId))
    .where(and(eq(roundReports.roundId, roundId), overdue(today)))
    .orderBy(asc(projects.areaNumber), asc(projects.number))
    .limit(limit);
}

/** How many of a round's reports are not approved as their projects now stand. */
export async function unapprovedCount(db: Db | Tx, roundId: string): Promise<number> {
  const [row] = await db
    .select({ n: count(unapproved) })
    .from(roundReports)
    .innerJoin(projects, eq(projects.id, roundReports.projectId))
    .where(eq(roundReports.roundId, roundId));
  return row?.n ?? 0;
}
