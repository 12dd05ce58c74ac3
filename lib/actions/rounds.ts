import { areaOfReport, closeRound, moveReport, openRound } from "@/db/mutations/rounds";
import { DomainError } from "@/lib/domain/errors";
import type { Tx } from "@/db/connection";
import { can, type Actor, type Permission } from "@/lib/domain/permissions";
import { closeRoundSchema, openRoundSchema, reviewReportSchema, submitReportSchema } from "@/lib/validation/rounds";
import { deliverPending } from "@/lib/mail/deliver";
import { queueReviewNotice } from "@/lib/mail/notices";
import { defineAction, refreshedByTheForm } from "./define-action";
import { inFormTerms } from "./form-terms";

// Reporting rounds. Admins open and close them; whoever may edit a project submits its
// report; reviewers (and admins) approve or return it. Each report is checked against the
// actor's areas through its project, whatever id the browser sent.

const roundPages = () => ["/staff/rounds"];
// A report changed meanwhile is shown by its state.
const shownReport = { toInput: (row: { state: string }) => ({ state: row.state }) };

/** The report's project must be in the actor's areas for this permission. */
const inAreaOf = (permission: Permission) => async (tx: Tx, input: { id: string }, actor: Actor) => {
  const areaNumber = await areaOfReport(tx, input.id);
  if (areaNumber === null) throw new DomainError("validation.unknownRecord");
  return can(actor, permission, { areaNumber });
};

export const openRoundDef = defineAction({
  name: "openRound",
  permission: "rounds.manage",
  schema: openRoundSchema,
  run: (tx, { scope, areas, confirmEarlyDeadline: _confirmed, ...input }, { actor, audit }) =>
    openRound(tx, { ...input, areas: scope === "all" ? null : areas }, actor.id, audit),
  revalidate: roundPages,
});

export const closeRoundDef = defineAction({
  name: "closeRound",
  permission: "rounds.manage",
  schema: closeRoundSchema,
  run: (tx, input, { actor, audit }) =>
    inFormTerms(closeRound(tx, input, actor.id, audit), {
      toInput: (row: { status: string }) => ({ status: row.status }),
    }),
  revalidate: roundPages,
});

export const submitReportDef = defineAction({
  name: "submitReport",
  permission: "rounds.submit",
  schema: submitReportSchema,
  authorize: inAreaOf("rounds.submit"),
  run: (tx, input, { actor, audit }) =>
    inFormTerms(
      moveReport(tx, { move: "submit", id: input.id, version: input.version, text: input.note }, actor.id, audit),
      shownReport,
    ),
  revalidate: refreshedByTheForm,
});

export const reviewReportDef = defineAction({
  name: "reviewReport",
  permission: "rounds.review",
  schema: reviewReportSchema,
  authorize: inAreaOf("rounds.review"),
  run: async (tx, input, { actor, audit }) => {
    const move = { move: input.decision, id: input.id, version: input.version, text: input.comment };
    const moved = await inFormTerms(moveReport(tx, move, actor.id, audit), shownReport);
    return { ...moved, notice: await queueReviewNotice(tx, moved, actor.id) };
  },
  revalidate: refreshedByTheForm,
  // The notice was written with the review and leaves now; only it, so that a reviewer never
  // waits on older mail (a refused one is tried again by the next reminders run).
  after: async (ctx, { notice }) => {
    if (notice !== null) await deliverPending(ctx.db, { ids: [notice] });
  },
});
