import { z } from "zod";
import {
  decimalSchema,
  flagSchema,
  optionalText,
  plainText,
  recordSchemas,
  requiredText,
  TEXT,
  wholeNumber,
} from "./fields";
import { partialDateSchema } from "./partial-date";

export const MEASURES = ["count", "percent", "ratio", "amount", "qualitative"] as const;
export const DIRECTIONS = ["increase", "decrease"] as const;
export const ACCUMULATIONS = ["cumulative", "per_period", "level"] as const;

export const indicatorSchemas = recordSchemas({
  nameJa: requiredText(TEXT.line),
  nameEn: plainText(TEXT.line),
  measure: z.enum(MEASURES, { error: "validation.choice" }),
  unitJa: plainText(TEXT.unit),
  unitEn: plainText(TEXT.unit),
  direction: z.enum(DIRECTIONS, { error: "validation.choice" }),
  accumulation: z.enum(ACCUMULATIONS, { error: "validation.choice" }),
  decimals: wholeNumber(0, 6, "validation.decimals"),
});

const breakdownAndNote = {
  breakdownJa: optionalText(TEXT.short),
  breakdownEn: optionalText(TEXT.short),
  noteJa: optionalText(TEXT.note),
  noteEn: optionalText(TEXT.note),
};

export const targetSchemas = recordSchemas({
  value: decimalSchema,
  due: partialDateSchema,
  lowerBound: flagSchema,
  ...breakdownAndNote,
});

export const observationSchemas = recordSchemas(
  {
    value: decimalSchema,
    periodStart: partialDateSchema,
    periodEnd: partialDateSchema,
    asOf: partialDateSchema,
    approximate: flagSchema,
    lowerBound: flagSchema,
    provisional: flagSchema,
    isBaseline: flagSchema,
    source: optionalText(TEXT.line),
    ...breakdownAndNote,
  },
  (v, ctx) => {
    // A value is either as of a date or over a period (or both: 2020年度, as of March).
    if (!v.asOf && !v.periodStart && !v.periodEnd)
      ctx.addIssue({ code: "custom", path: ["asOf", "precision"], message: "validation.whenRequired" });
    if (v.periodStart && v.periodEnd && v.periodStart.date > v.periodEnd.date) {
      ctx.addIssue({ code: "custom", path: ["periodEnd", "precision"], message: "validation.periodOrder" });
    }
  },
);

export type IndicatorInput = z.input<typeof indicatorSchemas.save>;
export type TargetInput = z.input<typeof targetSchemas.save>;
export type ObservationInput = z.input<typeof observationSchemas.save>;
