import { and, eq, gt, inArray, notInArray, sql } from "drizzle-orm";
import { projectCode } from "@/lib/domain/circled";
import { DomainError } from "@/lib/domain/errors";
import { changedSinceApproval, refusalOf, stateAfter, type RoundMove } from "@/lib/domain/rounds";
import type { RoundReportState } from "@/lib/domain/code-lists";
import type { Tx } from "../connection";
import { allAreaNumbers, checkAreasExist } from "../queries/areas";
import { checkVersion } from "../records/conflict";
import { auditEvents, editions, projects, reportingRounds, roundReports } from "../schema";
import { changedFields, type AuditEntry } from "./audit";

// Reporting rounds: opening one gives every project in scope a report row; each report
// then moves by submit, approve and return (lib/domain/rounds.ts says which moves are
// allowed). Every move locks its row and checks the version the form was showing.

type Audit = (entry: AuditEntry) => Promise<void>;

/** Audit entity types of the rounds: not edits of a project, whatever project they name. */
export const ROUND_ENTITY_TYPES = ["round", "roundReport"] as const;

export type NewRound = {
  period: string;
  titleJa: string;
  titleEn: string;
  deadline: string;
  instructionsJa: string | null;
  instructionsEn: string | null;
  /** null: every area of the plan. */
  areas: number[] | null;
};

export async function openRound(tx: Tx, input: NewRound, actorId: string, audit: Audit) {
  const [taken] = await tx
    .select({ id: reportingRounds.id })
    .from(reportingRounds)
    .where(eq(reportingRounds.period, input.period));
  if (taken) throw DomainError.field("period", "rounds.validation.periodTaken");
  if (input.areas) await checkAreasExist(tx, input.areas);
  const areaScope = input.areas ?? (await allAreaNumbers(tx));
  const values = {
    period: input.period,
    titleJa: input.titleJa,
    titleEn: input.titleEn,
    deadline: input.deadline,
    instructionsJa: input.instructionsJa,
    instructionsEn: input.instructionsEn,
    areaScope,
  };
  const [round] = await tx
    .insert(reportingRounds)
    .values({ ...values, openedBy: actorId })
    .returning({ id: reportingRounds.id });
  const id = round!.id;
  // One statement, however many projects: a round over 10,000 projects opens in one go.
  const inserted = await tx.execute(sql`
    insert into ${roundReports} (round_id, project_id, area_number)
    select ${id}, ${projects.id}, ${projects.areaNumber} from ${projects}
    where ${inArray(projects.areaNumber, areaScope)}`);
  await audit({
    entityType: "round",
    entityId: id,
    action: "open",
    changes: changedFields({}, values),
    label: input.titleJa,
  });
  return { id, reports: affected(inserted) };
}

/** Rows an insert or update touched, as postgres.js and PGlite each report it. */
function affected(result: unknown): number {
  const r = result as { count?: number; affectedRows?: number };
  return r.count ?? r.affectedRows ?? 0;
}

export async function closeRound(tx: Tx, input: { id: string; version: number }, actorId: string, audit: Audit) {
  const [row] = await tx.select().from(reportingRounds).where(eq(reportingRounds.id, input.id)).for("update");
  await checkVersion(tx, row && { ...row, updatedBy: row.closedBy ?? row.openedBy }, input.version);
  if (row!.status === "closed") throw new DomainError("rounds.errors.closed");
  await tx
    .update(reportingRounds)
    .set({
      status: "closed",
      closedAt: sql`now()`,
      closedBy: actorId,
      version: row!.version + 1,
      updatedAt: sql`now()`,
    })
    .where(eq(reportingRounds.id, input.id));
  await audit({
    entityType: "round",
    entityId: input.id,
    action: "close",
    changes: changedFields({ status: "open" }, { status: "closed" }),
    label: row!.titleJa,
  });
}

/** The report row with what a move needs to know, locked for the move. */
async function lockReport(tx: Tx, id: string) {
  const [row] = await tx
    .select({
      report: roundReports,
      roundStatus: reportingRounds.status,
      period: reportingRounds.period,
      roundTitleJa: reportingRounds.titleJa,
      roundTitleEn: reportingRounds.titleEn,
      lastActivityAt: projects.lastActivityAt,
      areaNumber: projects.areaNumber,
      number: projects.number,
      titleJa: projects.titleJa,
      titleEn: projects.titleEn,
    })
    .from(roundReports)
    .innerJoin(reportingRounds, eq(reportingRounds.id, roundReports.roundId))
    .innerJoin(projects, eq(projects.id, roundReports.projectId))
    .where(eq(roundReports.id, id))
    .for("update", { of: roundReports });
  return row;
}

/** The area of a report's project, to check the actor's areas against; null if there is no such report. */
export async function areaOfReport(tx: Tx, id: string): Promise<number | null> {
  const [row] = await tx
    .select({ areaNumber: projects.areaNumber })
    .from(roundReports)
    .innerJoin(projects, eq(projects.id, roundReports.projectId))
    .where(eq(roundReports.id, id));
  return row?.areaNumber ?? null;
}

/**
 * Whether someone changed the project since the last published edition (the audit log
 * holds who changed what): their own work is not theirs to approve.
 */
async function editedSinceLastEdition(tx: Tx, projectId: string, userId: string): Promise<boolean> {
  const lastPublished = tx
    .select({ at: sql`max(${editions.publishedAt})` })
    .from(editions)
    .where(inArray(editions.status, ["published", "withdrawn"]));
  const [row] = await tx
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.projectId, projectId),
        eq(auditEvents.actorId, userId),
        notInArray(auditEvents.entityType, [...ROUND_ENTITY_TYPES]),
        gt(auditEvents.occurredAt, sql`coalesce((${lastPublished}), '-infinity'::timestamptz)`),
      ),
    )
    .limit(1);
  return row !== undefined;
}

export type ReportMove = { move: RoundMove; id: string; version: number; text: string | null };

export type MovedReport = {
  id: string;
  roundId: string;
  projectId: string;
  state: RoundReportState;
  /** Who submitted it: the editor a review's notice goes to. */
  submittedBy: string | null;
  /** What a notice names: the item's code and titles, the round's titles, the reviewer's comment. */
  code: string;
  title: { ja: string; en: string };
  round: { ja: string; en: string };
  comment: string | null;
};

export async function moveReport(tx: Tx, input: ReportMove, actorId: string, audit: Audit): Promise<MovedReport> {
  const row = await lockReport(tx, input.id);
  const report = row?.report;
  await checkVersion(tx, report && { ...report, updatedBy: report.reviewedBy ?? report.submittedBy }, input.version);
  const { roundStatus, lastActivityAt } = row!;
  const standing = {
    state: report!.state,
    changedSinceApproval: changedSinceApproval(report!.approvedActivityAt, lastActivityAt),
  };
  const refusal = refusalOf(input.move, roundStatus, standing);
  if (refusal) throw new DomainError(refusal);
  if (input.move === "approve") {
    if (report!.submittedBy === actorId) throw new DomainError("rounds.errors.ownSubmission");
    if (await editedSinceLastEdition(tx, report!.projectId, actorId)) throw new DomainError("rounds.errors.ownEdits");
  }
  const state = stateAfter[input.move];
  const now = sql`now()`;
  const change =
    input.move === "submit"
      ? { state, note: input.text, submittedBy: actorId, submittedAt: now, approvedActivityAt: null }
      : {
          state,
          reviewComment: input.text,
          reviewedBy: actorId,
          reviewedAt: now,
          // Copied in the database: the column holds microseconds, a JavaScript Date only
          // milliseconds, and a copy through one would look older than the project it approves.
          approvedActivityAt:
            input.move === "approve"
              ? sql`(select ${projects.lastActivityAt} from ${projects} where ${projects.id} = ${report!.projectId})`
              : null,
        };
  await tx
    .update(roundReports)
    .set({ ...change, version: report!.version + 1, updatedAt: now })
    .where(eq(roundReports.id, input.id));
  const textField = input.move === "submit" ? "note" : "reviewComment";
  const code = projectCode(row!.areaNumber, row!.number);
  await audit({
    entityType: "roundReport",
    entityId: input.id,
    action: input.move,
    changes: changedFields(
      { state: report!.state, [textField]: report![textField] },
      { state, [textField]: input.text },
    ),
    projectId: report!.projectId,
    areaNumber: row!.areaNumber,
    label: `${row!.period} ${code} ${row!.titleJa}`,
  });
  return {
    id: input.id,
    roundId: report!.roundId,
    projectId: report!.projectId,
    state,
    submittedBy: input.move === "submit" ? actorId : report!.submittedBy,
    code,
    title: { ja: row!.titleJa, en: row!.titleEn },
    round: { ja: row!.roundTitleJa, en: row!.roundTitleEn },
    comment: input.move === "submit" ? null : input.text,
  };
}
