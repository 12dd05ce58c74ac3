import { inArray } from "drizzle-orm";
import { DomainError, type FieldErrors } from "@/lib/domain/errors";
import type { Tx } from "../connection";
import { pick } from "../records/conflict";
import { KINDS, type RecordValues } from "../records/kinds";
import { selectRecords } from "../records/rows";
import { saveRecord, type Editing } from "./records";

/** What the milestone table changes in a row: its status and its two dates. */
export type MilestoneTableValues = Pick<
  RecordValues<"milestone">,
  "status" | "plannedDate" | "plannedPrecision" | "actualDate" | "actualPrecision"
>;
export type MilestoneTableEdit = { id: string; version: number; values: MilestoneTableValues };

/**
 * Saves several milestones of one project together. Every row is locked and checked before
 * any is written, so that a row someone else changed meanwhile, or one of another project,
 * refuses the whole save and each such row is named by its place in the table
 * (`rows.3`); then each goes through the one save of a milestone (its rule, its version, its
 * own audit row), and a row left as it was writes nothing.
 */
export async function saveMilestoneTable(tx: Tx, projectId: string, edits: MilestoneTableEdit[], editing: Editing) {
  const spec = KINDS.milestone;
  const ids = edits.map((edit) => edit.id);
  const stored = new Map(
    (await selectRecords(tx, spec, inArray(spec.table.id, ids), "for update")).map((row) => [row.id, row]),
  );
  const refused: FieldErrors = {};
  let stale = false;
  edits.forEach((edit, i) => {
    const row = stored.get(edit.id);
    // Another project's milestone gets the answer a missing one gets: nothing to tell about it.
    if (!row || row.projectId !== projectId) refused[`rows.${i}`] = ["validation.notInItem"];
    else if (row.version !== edit.version) {
      refused[`rows.${i}`] = ["errors.rowChanged"];
      stale = true;
    }
  });
  if (Object.keys(refused).length) throw new DomainError(stale ? "errors.rowsChanged" : "errors.rowsRefused", refused);
  const saved: { id: string; version: number }[] = [];
  for (const edit of edits) {
    const row = stored.get(edit.id)!;
    const values = { ...pick(row, spec.written), ...edit.values } as RecordValues<"milestone">;
    saved.push(await saveRecord(tx, spec, edit, values, editing));
  }
  return saved;
}
