import type { Tx } from "@/db/connection";
import type { Editing } from "@/db/mutations/records";
import { StaleRecord } from "@/db/records/conflict";
import { DomainError } from "@/lib/domain/errors";
import { IMPORT_SPEC_BY_TABLE } from "./importable";
import { refusalIssues } from "./plan-context";
import type { Plan } from "./plan";
import type { ImportIssue } from "./read-file";

// Applying a clean plan: every write through the editor's own mutations (each locks its
// row, checks its version again, writes its audit row), all inside one savepoint of the
// action's transaction. A refusal on the way (someone saved a row after it was planned,
// a rule across rows) undoes every write of the file, audit rows included, and is
// reported on its row: all or nothing.

export async function applyPlan(
  tx: Tx,
  plan: Plan,
  editing: Omit<Editing, "scope">,
): Promise<{ applied: true } | { applied: false; issues: ImportIssue[] }> {
  let current: Plan["rows"][number] | null = null;
  try {
    await tx.transaction(async (savepoint) => {
      for (const row of plan.rows) {
        if (!row.write) continue;
        current = row;
        await row.write(savepoint, editing);
      }
    });
    return { applied: true };
  } catch (e) {
    const row = current as Plan["rows"][number] | null;
    if (!(e instanceof DomainError || e instanceof StaleRecord) || !row) throw e;
    const list =
      e instanceof StaleRecord || e.conflict
        ? [{ column: "version", message: "import.issues.changedMeanwhile" }]
        : refusalIssues(e, IMPORT_SPEC_BY_TABLE.get(row.table)!);
    return { applied: false, issues: list.map((i) => ({ table: row.table, row: row.row, ...i })) };
  }
}
