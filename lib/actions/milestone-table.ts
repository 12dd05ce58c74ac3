import { saveMilestoneTable } from "@/db/mutations/milestone-table";
import { authorizeOwner, ownerOfProject, type Owner } from "@/db/records/owner";
import { milestoneTableValues } from "@/lib/records/forms";
import { milestoneTableSchema } from "@/lib/validation/milestones";
import { defineAction, refreshedByTheForm } from "./define-action";

// The milestone table of one item: every milestone's status and dates saved in one
// transaction. The project is checked against the editor's areas; each row against the
// project (db/mutations/milestone-table.ts), whatever ids the browser sent.

export const saveMilestoneTableDef = defineAction({
  name: "saveMilestoneTable",
  permission: "projects.edit",
  schema: milestoneTableSchema,
  authorize: async (tx, input, actor): Promise<Owner | false> =>
    authorizeOwner(await ownerOfProject(tx, input.projectId), actor),
  run: (tx, input, ctx) =>
    saveMilestoneTable(
      tx,
      input.projectId,
      input.rows.map((row) => ({ id: row.id, version: row.version, values: milestoneTableValues(row) })),
      ctx,
    ),
  revalidate: refreshedByTheForm,
});
