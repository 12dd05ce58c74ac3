import type { z } from "zod";
import { flagSchema, optionalText, recordSchemas, requiredText, TEXT } from "./fields";
import { partialDateSchema } from "./partial-date";

/** A progress note: one bullet of the report, under an optional slide sub-heading. */
export const progressSchemas = recordSchemas({
  date: partialDateSchema,
  groupJa: optionalText(TEXT.line),
  groupEn: optionalText(TEXT.line),
  textJa: requiredText(TEXT.note),
  textEn: optionalText(TEXT.long),
  sub: flagSchema,
});

/** A photo caption (▲). */
export const mediaSchemas = recordSchemas({
  captionJa: requiredText(TEXT.line),
  captionEn: optionalText(TEXT.line),
});

export type ProgressInput = z.input<typeof progressSchemas.save>;
export type MediaInput = z.input<typeof mediaSchemas.save>;
