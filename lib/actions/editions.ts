import {
  createDraftEdition,
  deleteDraftEdition,
  editionInput,
  publishEdition,
  withdrawEdition,
} from "@/db/mutations/editions";
import { loadReportRows } from "@/db/queries/report-rows";
import { getRound, unapprovedCount } from "@/db/queries/rounds";
import { DomainError } from "@/lib/domain/errors";
import { asOfMonth, buildReport } from "@/lib/report/build";
import { forgetPublicEditions } from "@/lib/report/edition-list";
import {
  createEditionSchema,
  deleteEditionSchema,
  publishEditionSchema,
  withdrawEditionSchema,
} from "@/lib/validation/editions";
import { defineAction } from "./define-action";
import { inFormTerms } from "./form-terms";
import { progressReporter } from "./progress";

// Editions: admins only. A draft freezes the live report as it stands inside the same
// transaction, so what is stored is one consistent state of the data.
const editionPages = () => ["/staff/editions"];
// An edition changed meanwhile is shown by its period, titles and status.
const shown = { toInput: editionInput };

// Making a draft of 10,000 projects takes seconds: the admin sees these steps (messages
// editions.steps.*). Publishing is one statement and shows only that it is working.
export const CREATE_STEPS = ["read", "build", "store"] as const;

// Called once the transaction has committed: every cached public page, on every server (the
// page cache is shared with REDIS_URL), is rendered afresh on its next view, from the list
// of editions as the database now has it (the latest edition moved, and older editions'
// pages point to it); this server's proxy forgets its copy of the list at once, the others
// within a second. Only publishing and withdrawing do this.
const publicListChanged = () => {
  forgetPublicEditions();
  return ["/staff/editions", "/*"];
};

export const createEditionDef = defineAction({
  name: "createEdition",
  permission: "editions.manage",
  schema: createEditionSchema,
  run: async (tx, { job, roundId, overrideReason, ...input }, { actor, audit }) => {
    // From a round: every project approved as it now stands, or an admin's reason for not
    // waiting, which is audited and shown on the draft.
    let fromRound: { roundId: string; overrideReason: string | null } | null = null;
    if (roundId) {
      if (!(await getRound(tx, roundId))) throw DomainError.field("roundId", "validation.unknownRecord");
      const unapproved = await unapprovedCount(tx, roundId);
      if (unapproved > 0 && !overrideReason)
        throw new DomainError("editions.roundNotApproved", { overrideReason: ["editions.overrideNeeded"] });
      fromRound = { roundId, overrideReason: unapproved > 0 ? overrideReason! : null };
    }
    const step = progressReporter(job, actor.id, CREATE_STEPS);
    step("read");
    const rows = await loadReportRows(tx);
    step("build");
    const content = asOfMonth(buildReport(rows), input.period);
    step("store");
    return createDraftEdition(tx, { ...input, ...fromRound, asOfDate: `${input.period}-01` }, content, actor.id, audit);
  },
  revalidate: editionPages,
});

export const publishEditionDef = defineAction({
  name: "publishEdition",
  permission: "editions.manage",
  schema: publishEditionSchema,
  run: (tx, input, { actor, audit }) => inFormTerms(publishEdition(tx, input, actor.id, audit), shown),
  revalidate: publicListChanged,
});

export const withdrawEditionDef = defineAction({
  name: "withdrawEdition",
  permission: "editions.manage",
  schema: withdrawEditionSchema,
  run: (tx, input, { actor, audit }) => inFormTerms(withdrawEdition(tx, input, actor.id, audit), shown),
  revalidate: publicListChanged,
});

export const deleteEditionDef = defineAction({
  name: "deleteEdition",
  permission: "editions.manage",
  schema: deleteEditionSchema,
  run: (tx, input, { audit }) => inFormTerms(deleteDraftEdition(tx, input, audit), shown),
  revalidate: editionPages,
});
