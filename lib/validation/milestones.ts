import { z } from "zod";
import { plainText, recordSchemas, requiredText, TEXT } from "./fields";
import { partialDateSchema } from "./partial-date";
import { MILESTONE_STATUSES } from "@/lib/domain/code-lists";

export const milestoneSchemas = recordSchemas(
  {
    titleJa: requiredText(TEXT.line),
    titleEn: plainText(TEXT.line),
    status: z.enum(MILESTONE_STATUSES, { error: "validation.status" }),
    planned: partialDateSchema,
    actual: partialDateSchema,
  },
  (v, ctx) => {
    // Only what is done happened on a date (the database holds the same rule): a start of
    // work still going on is its planned period, or a completed "…開始" milestone of its own.
    if (v.actual && v.status !== "completed")
      ctx.addIssue({ code: "custom", path: ["actual", "precision"], message: "validation.actualOnlyCompleted" });
  },
);

export type MilestoneInput = z.input<typeof milestoneSchemas.save>;
