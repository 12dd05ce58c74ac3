import { createHash } from "node:crypto";
import { applyPlan } from "@/lib/import/apply";
import { inTurn, QueueFull } from "@/lib/import/parse-in-worker";
import { planImport } from "@/lib/import/plan";
import { readImportFile } from "@/lib/import/read-file";
import { buildReport, unreadableReport, type ImportReport } from "@/lib/import/report";
import { importRequestSchema } from "@/lib/validation/import";
import { defineAction, refreshedByTheForm } from "./define-action";
import { DomainError } from "@/lib/domain/errors";
import { progressReporter } from "./progress";

// The staff import (/staff/import): a spreadsheet in the staff export's format, first tried
// (the dry run writes nothing), then applied all or nothing. Editors import too; every row
// is checked against the areas of the project it changes, as the editor's forms are.

/** The steps the page shows while an import runs (messages import.steps.*). */
export const IMPORT_STEPS = ["wait", "read", "check", "write"] as const;

export const importSpreadsheetDef = defineAction({
  name: "importSpreadsheet",
  permission: "projects.edit",
  schema: importRequestSchema,
  // Reading the file needs no database: done before the transaction, which then holds its
  // connection only to check and write.
  prepare: async (input, actor) => {
    const step = progressReporter(input.job, actor.id, IMPORT_STEPS);
    const bytes = new Uint8Array(await input.file.arrayBuffer());
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    // What is applied must be the very file the user reviewed in the dry run.
    if (input.mode === "apply" && input.expectedSha256 !== sha256) throw new DomainError("import.fileChanged");
    // One file read at a time per server (lib/import/parse-in-worker.ts); the rest queue.
    try {
      const read = await inTurn(
        () => step("wait"),
        () => {
          step("read");
          return readImportFile(input.file.name, bytes);
        },
      );
      return { file: { fileName: input.file.name, sha256 }, read };
    } catch (e) {
      if (e instanceof QueueFull) throw new DomainError("import.busy");
      throw e;
    }
  },
  run: async (tx, input, { actor, audit, unchanged, prepared: { file, read } }): Promise<ImportReport> => {
    const step = progressReporter(input.job, actor.id, IMPORT_STEPS);
    if (!read.ok) {
      unchanged();
      return unreadableReport(file, input.mode, read.issues);
    }
    step("check");
    const plan = await planImport(tx, actor, read.tables);
    const described = { ...file, format: read.format };
    const clean = plan.issues.length === 0 && plan.rows.every((r) => r.outcome !== "conflict");
    const writes = plan.rows.some((r) => r.write);
    if (input.mode === "dryRun" || !clean || !writes) {
      unchanged();
      return buildReport(described, input.mode, plan, input.mode === "apply" && clean);
    }
    step("write");
    const result = await applyPlan(tx, plan, { actor, audit, unchanged });
    if (result.applied) return buildReport(described, input.mode, plan, true);
    // Refused on the way: every write was undone; the row that was refused says why.
    unchanged();
    const counts = plan.counts.map((c) =>
      result.issues.some((i) => i.table === c.table) ? { ...c, errors: c.errors + 1 } : c,
    );
    return buildReport(described, input.mode, { ...plan, issues: result.issues, counts }, false);
  },
  revalidate: refreshedByTheForm,
});
