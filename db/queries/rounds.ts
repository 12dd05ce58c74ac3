import { and, asc, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { RoundReportState, RoundStatus } from "@/lib/domain/code-lists";
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
      approved: count(sql`${roundReports.state} = 'approved' and not (${changed})`),
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

/** A report as the lists name it: its project's code and titles, and its state. */
const listedReport = {
  id: roundReports.id,
  projectId: projects.id,
  areaNumber: projects.areaNumber,
  number: projects.number,
  titleJa: projects.titleJa,
  titleEn: projects.titleEn,
  state: roundReports.state,
};

/** Approved, but the project has been edited since. */
const changed = sql`${roundReports.state} = 'approved' and ${projects.lastActivityAt} > ${roundReports.approvedActivityAt}`;
/** Owed after the deadline's day (Japan time). */
const overdue = (today: string) =>
  sql`${roundReports.state} in ('not_started', 'returned') and ${reportingRounds.deadline} < ${today}::date`;

/** The condition a list filter stands for. */
export function roundFilterCondition(filter: RoundFilter, today: string): SQL {
  switch (filter) {
    case "changed":
      return changed;
    case "overdue":
      return overdue(today);
    case "approved":
      return sql`${roundReports.state} = 'approved' and not (${changed})`;
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

export const sumCounts = (rows: RoundCounts[]): RoundCounts =>
  rows.reduce(
    (sum, r) => ({
      inScope: sum.inScope + r.inScope,
      notStarted: sum.notStarted + r.notStarted,
      submitted: sum.submitted + r.submitted,
      returned: sum.returned + r.returned,
      approved: sum.approved + r.approved,
      changed: sum.changed + r.changed,
      overdue: sum.overdue + r.overdue,
    }),
    { inScope: 0, notStarted: 0, submitted: 0, returned: 0, approved: 0, changed: 0, overdue: 0 },
  );

export type LateReport = {
  id: string;
  projectId: string;
  areaNumber: number;
  number: number;
  titleJa: string;
  titleEn: string;
  state: RoundReportState;
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

export type ProjectReport = {
  id: string;
  version: number;
  state: RoundReportState;
  changedSinceApproval: boolean;
  note: string | null;
  reviewComment: string | null;
  submittedBy: string | null;
  submittedByName: string | null;
  submittedAt: Date | null;
  reviewedByName: string | null;
  reviewedAt: Date | null;
  round: Pick<
    RoundRow,
    "id" | "period" | "titleJa" | "titleEn" | "deadline" | "status" | "instructionsJa" | "instructionsEn"
  >;
};

/** A project's reports in the rounds still open, the latest period first. */
export async function projectReports(db: Db | Tx, projectId: string): Promise<ProjectReport[]> {
  const rows = await db
    .select({
      id: roundReports.id,
      version: roundReports.version,
      state: roundReports.state,
      changedSinceApproval: sql<boolean>`coalesce(${changed}, false)`.mapWith(Boolean),
      note: roundReports.note,
      reviewComment: roundReports.reviewComment,
      submittedBy: roundReports.submittedBy,
      submittedByName: sql<
        string | null
      >`(select ${users.name} from ${users} where ${users.id} = ${roundReports.submittedBy})`,
      submittedAt: roundReports.submittedAt,
      reviewedByName: sql<
        string | null
      >`(select ${users.name} from ${users} where ${users.id} = ${roundReports.reviewedBy})`,
      reviewedAt: roundReports.reviewedAt,
      roundId: reportingRounds.id,
      period: reportingRounds.period,
      titleJa: reportingRounds.titleJa,
      titleEn: reportingRounds.titleEn,
      deadline: reportingRounds.deadline,
      status: reportingRounds.status,
      instructionsJa: reportingRounds.instructionsJa,
      instructionsEn: reportingRounds.instructionsEn,
    })
    .from(roundReports)
    .innerJoin(reportingRounds, eq(reportingRounds.id, roundReports.roundId))
    .innerJoin(projects, eq(projects.id, roundReports.projectId))
    .where(and(eq(roundReports.projectId, projectId), eq(reportingRounds.status, "open")))
    .orderBy(desc(reportingRounds.period));
  return rows.map(({ roundId, period, titleJa, titleEn, deadline, status, instructionsJa, instructionsEn, ...r }) => ({
    ...r,
    submittedAt: r.submittedAt && new Date(r.submittedAt),
    reviewedAt: r.reviewedAt && new Date(r.reviewedAt),
    round: {
      id: roundId,
      period,
      titleJa,
      titleEn,
      deadline,
      status: status as RoundStatus,
      instructionsJa,
      instructionsEn,
    },
  }));
}

export type DueReport = {
  id: string;
  projectId: string;
  areaNumber: number;
  number: number;
  titleJa: string;
  titleEn: string;
  state: RoundReportState;
  changedSinceApproval: boolean;
  roundId: string;
  period: string;
  roundTitleJa: string;
  roundTitleEn: string;
  deadline: string;
};

/**
 * What waits for someone in the open rounds, soonest deadline first: for an editor, their
 * areas' reports still owed or changed since approval; for a reviewer, their areas'
 * submissions. `areas` null: every area (an admin).
 */
export async function dueReports(
  db: Db | Tx,
  who: { for: "editor" | "reviewer"; areas: number[] | null },
  limit = 200,
): Promise<DueReport[]> {
  const waiting =
    who.for === "editor"
      ? sql`(${roundReports.state} in ('not_started', 'returned') or ${changed})`
      : eq(roundReports.state, "submitted");
  return db
    .select({
      ...listedReport,
      changedSinceApproval: sql<boolean>`coalesce(${changed}, false)`.mapWith(Boolean),
      roundId: reportingRounds.id,
      period: reportingRounds.period,
      roundTitleJa: reportingRounds.titleJa,
      roundTitleEn: reportingRounds.titleEn,
      deadline: reportingRounds.deadline,
    })
    .from(roundReports)
    .innerJoin(reportingRounds, eq(reportingRounds.id, roundReports.roundId))
    .innerJoin(projects, eq(projects.id, roundReports.projectId))
    .where(
      and(
        eq(reportingRounds.status, "open"),
        waiting,
        who.areas ? inArray(projects.areaNumber, who.areas.length ? who.areas : [-1]) : undefined,
      ),
    )
    .orderBy(asc(reportingRounds.deadline), asc(projects.areaNumber), asc(projects.number))
    .limit(limit);
}
