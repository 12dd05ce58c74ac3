import { z } from "zod";
import {
  areasSchema,
  daySchema,
  flagSchema,
  isDay,
  idSchema,
  optionalText,
  periodSchema,
  plainText,
  requiredText,
  TEXT,
  versionSchema,
} from "./fields";

// The forms of a reporting round. The deadline may fall before the period begins (a round
// for April asked to report by the end of March) only when the admin says so: a typo in
// the year is the likelier cause.

/** The first day of a period ("2022-04" → "2022-04-01"). */
export const periodStart = (period: string) => `${period}-01`;

export const openRoundSchema = z
  .object({
    period: periodSchema,
    titleJa: requiredText(TEXT.title),
    titleEn: plainText(TEXT.title),
    deadline: daySchema,
    instructionsJa: optionalText(TEXT.long),
    instructionsEn: optionalText(TEXT.long),
    scope: z.enum(["all", "some"], { error: "rounds.validation.scope" }),
    areas: areasSchema,
    confirmEarlyDeadline: flagSchema.default(false),
  })
  .superRefine((value, ctx) => {
    if (value.scope === "some" && value.areas.length === 0)
      ctx.addIssue({ code: "custom", path: ["areas"], message: "rounds.validation.emptyScope" });
    // Compared only once both are what they should be (each field says what is wrong with it).
    const comparable = isDay(value.deadline) && /^\d{4}-\d{2}$/.test(value.period);
    if (comparable && value.deadline < periodStart(value.period) && !value.confirmEarlyDeadline)
      ctx.addIssue({ code: "custom", path: ["deadline"], message: "rounds.validation.deadlineBeforePeriod" });
  });

export const closeRoundSchema = z.object({ id: idSchema, version: versionSchema });

export const submitReportSchema = z.object({
  id: idSchema,
  version: versionSchema,
  note: optionalText(TEXT.note),
});

export const reviewReportSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    decision: z.enum(["approve", "return"], { error: "rounds.validation.decision" }),
    comment: optionalText(TEXT.note),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "return" && !value.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "rounds.validation.commentRequired" });
  });

export type OpenRoundInput = z.input<typeof openRoundSchema>;
export type SubmitReportInput = z.input<typeof submitReportSchema>;
export type ReviewReportInput = z.input<typeof reviewReportSchema>;
