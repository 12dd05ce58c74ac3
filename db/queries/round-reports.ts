import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { RoundReportState, RoundStatus } from "@/lib/domain/code-lists";
import type { Db, Tx } from "../connection";
import { projects, reportingRounds, roundReports } from "../schema";
import { changed, listedReport, nameOfUser, overdue, type ListedReport, type RoundRow } from "./rounds";

// A round's reports one by one: a project's own, what waits for someone, and every report of
// a round as its downloads list them.

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
      submittedByName: nameOfUser(roundReports.submittedBy),
      submittedAt: roundReports.submittedAt,
      reviewedByName: nameOfUser(roundReports.reviewedBy),
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

export type DueReport = ListedReport & {
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
export type RoundReportRow = {
  areaNumber: number;
  number: number;
  titleJa: string;
  state: RoundReportState;
  changedSinceApproval: boolean;
  overdue: boolean;
  submittedAt: Date | null;
  submittedBy: string | null;
  reviewedAt: Date | null;
  reviewedBy: string | null;
};

/** Every report of a round, in project order, as its downloads list them. */
export async function roundReportList(db: Db | Tx, roundId: string, today: string): Promise<RoundReportRow[]> {
  const rows = await db
    .select({
      areaNumber: projects.areaNumber,
      number: projects.number,
      titleJa: projects.titleJa,
      state: roundReports.state,
      changedSinceApproval: sql<boolean>`coalesce(${changed}, false)`.mapWith(Boolean),
      overdue: sql<boolean>`coalesce(${overdue(today)}, false)`.mapWith(Boolean),
      submittedAt: roundReports.submittedAt,
      submittedBy: nameOfUser(roundReports.submittedBy),
      reviewedAt: roundReports.reviewedAt,
      reviewedBy: nameOfUser(roundReports.reviewedBy),
    })
    .from(roundReports)
    .innerJoin(reportingRounds, eq(reportingRounds.id, roundReports.roundId))
    .innerJoin(projects, eq(projects.id, roundReports.projectId))
    .where(eq(roundReports.roundId, roundId))
    .orderBy(asc(projects.areaNumber), asc(projects.number));
  return rows.map((r) => ({
    ...r,
    submittedAt: r.submittedAt && new Date(r.submittedAt),
    reviewedAt: r.reviewedAt && new Date(r.reviewedAt),
  }));
}
