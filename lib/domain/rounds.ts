// The rules of a reporting round, without the database: which state a project's report may
// move to, when it is overdue, and what "changed since approval" means. The mutations
// (db/mutations/rounds.ts) check these inside the transaction that makes the move.
import type { RoundReportState, RoundStatus } from "./code-lists";

export type RoundMove = "submit" | "approve" | "return";

/** What a report shows, beyond its stored state. */
export type ReportStanding = {
  state: RoundReportState;
  /** Approved, and the project has been edited since: it needs approving again. */
  changedSinceApproval: boolean;
};

/**
 * The filters of the staff lists: the four states, and three that are worked out ("changed"
 * since approval, "overdue", and "unapproved": all an edition made from the round waits for).
 */
export const ROUND_FILTERS = [
  "not_started",
  "submitted",
  "returned",
  "approved",
  "changed",
  "overdue",
  "unapproved",
] as const;
export type RoundFilter = (typeof ROUND_FILTERS)[number];

/** Still owed by its editor: never submitted, or returned. */
export const owed = (state: RoundReportState) => state === "not_started" || state === "returned";

/** Owed after the deadline's day (Japan time) has passed. */
export const isOverdue = (state: RoundReportState, deadline: string, today: string) => owed(state) && today > deadline;

export const changedSinceApproval = (approvedActivityAt: Date | null, lastActivityAt: Date) =>
  approvedActivityAt !== null && lastActivityAt.getTime() > approvedActivityAt.getTime();

/**
 * Why a move is refused, as a message key, or null when it is allowed. A closed round takes
 * no moves; an approved report may be submitted again only once its project has changed.
 */
export function refusalOf(move: RoundMove, round: RoundStatus, report: ReportStanding): string | null {
  if (round !== "open") return "rounds.errors.closed";
  switch (move) {
    case "submit":
      if (owed(report.state)) return null;
      if (report.state === "approved") return report.changedSinceApproval ? null : "rounds.errors.alreadyApproved";
      return "rounds.errors.alreadySubmitted";
    case "approve":
    case "return":
      return report.state === "submitted" ? null : "rounds.errors.notSubmitted";
  }
}

/** The state a move leads to. */
export const stateAfter: Record<RoundMove, RoundReportState> = {
  submit: "submitted",
  approve: "approved",
  return: "returned",
};

/**
 * How much of a round is done: approved (and unchanged since) out of those in scope, rounded
 * down, so that 100 % means every one.
 */
export const percentDone = (approved: number, inScope: number) =>
  inScope === 0 ? 0 : Math.floor((approved / inScope) * 100);
