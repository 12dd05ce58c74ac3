import { createDraftEdition, deleteDraftEdition, publishEdition, withdrawEdition } from "@/db/mutations/editions";
import { loadReportRows } from "@/db/queries/report-rows";
import { buildReport } from "@/lib/report/build";
import { createEditionSchema, deleteEditionSchema, publishEditionSchema, withdrawEditionSchema } from "@/lib/validation/editions";
import { defineAction } from "./define-action";

// Editions: admins only. A draft freezes the live report as it stands inside the same
// transaction, so what is stored is one consistent state of the data.
const editionPages = () => ["/staff/editions"];

export const createEditionDef = defineAction({
  name: "createEdition", permission: "editions.manage", schema: createEditionSchema,
  run: async (tx, input, { actor, audit }) => {
    const content = buildReport(await loadReportRows(tx));
    return createDraftEdition(tx, { ...input, asOfDate: `${input.period}-01` }, content, actor.id, audit);
  },
  revalidate: editionPages,
});

export const publishEditionDef = defineAction({
  name: "publishEdition", permission: "editions.manage", schema: publishEditionSchema,
  run: (tx, input, { actor, audit }) => publishEdition(tx, input, actor.id, audit),
  revalidate: () => ["/staff/editions", "/"],
});

export const withdrawEditionDef = defineAction({
  name: "withdrawEdition", permission: "editions.manage", schema: withdrawEditionSchema,
  run: (tx, input, { actor, audit }) => withdrawEdition(tx, input, actor.id, audit),
  revalidate: () => ["/staff/editions", "/"],
});

export const deleteEditionDef = defineAction({
  name: "deleteEdition", permission: "editions.manage", schema: deleteEditionSchema,
  run: (tx, input, { audit }) => deleteDraftEdition(tx, input, audit),
  revalidate: editionPages,
});
