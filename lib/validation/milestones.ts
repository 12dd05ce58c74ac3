import { z } from "zod";
import { idSchema, plainText, recordSchemas, requiredText, TEXT, versionSchema } from "./fields";
import { partialDateSchema } from "./partial-date";
import { MILESTONE_STATUSES } from "@/lib/domain/code-lists";
import type { PartialDate } from "@/lib/domain/partial-date";

const status = z.enum(MILESTONE_STATUSES, { error: "validation.status" });

// Only what is done happened on a date (the database holds the same rule): a start of work
// still going on is its planned period, or a completed "…開始" milestone of its own.
function actualOnlyCompleted(v: { status: string; actual: PartialDate | null }, ctx: z.RefinementCtx) {
  if (v.actual && v.status !== "completed")
    ctx.addIssue({ code: "custom", path: ["actual", "precision"], message: "validation.actualOnlyCompleted" });
}

export const milestoneSchemas = recordSchemas(
  {
    titleJa: requiredText(TEXT.line),
    titleEn: plainText(TEXT.line),
    status,
    planned: partialDateSchema,
    actual: partialDateSchema,
  },
  actualOnlyCompleted,
);

export type MilestoneInput = z.input<typeof milestoneSchemas.save>;

/** The most rows one save of the milestone table takes (the largest item has about twenty). */
export const MAX_TABLE_ROWS = 200;

/**
 * The milestone table: the status and dates of every milestone of one item, saved together.
 * Each row carries the version it was read at, and is checked against it on its own.
 */
export const milestoneTableSchema = z
  .object({
    projectId: idSchema,
    rows: z
      .array(
        z
          .object({
            id: idSchema,
            version: versionSchema,
            status,
            planned: partialDateSchema,
            actual: partialDateSchema,
          })
          .superRefine(actualOnlyCompleted),
        { error: "validation.rows" },
      )
      .min(1, { error: "validation.rows" })
      .max(MAX_TABLE_ROWS, { error: "validation.tooManyRows" }),
  })
  .superRefine((v, ctx) => {
    const seen = new Set<string>();
    v.rows.forEach((row, i) => {
      if (seen.has(row.id)) ctx.addIssue({ code: "custom", path: ["rows", i], message: "validation.duplicateRow" });
      seen.add(row.id);
    });
  });

export type MilestoneTableInput = z.input<typeof milestoneTableSchema>;
export type MilestoneTableRow = z.output<typeof milestoneTableSchema>["rows"][number];
