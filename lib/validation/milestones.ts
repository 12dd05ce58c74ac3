import { z } from "zod";
import { plainText, recordSchemas, requiredText, TEXT } from "./fields";
import { partialDateSchema } from "./partial-date";

export const MILESTONE_STATUSES = ["planned", "in_progress", "completed", "delayed", "cancelled"] as const;

export const milestoneSchemas = recordSchemas(
  {
    titleJa: requiredText(TEXT.line),
    titleEn: plainText(TEXT.line),
    status: z.enum(MILESTONE_STATUSES, { error: "validation.status" }),
    planned: partialDateSchema,
    actual: partialDateSchema,
  },
  (v, ctx) => {
    // Something that has not started cannot have happened on a date.
    if (v.actual && v.status === "planned") ctx.addIssue({ code: "custom", path: ["actual", "precision"], message: "validation.actualNeedsStart" });
  },
);

export type MilestoneInput = z.input<typeof milestoneSchemas.save>;
