import { z } from "zod";
import { idSchema, plainText, requiredText, TEXT, versionSchema } from "./fields";
import { typedString } from "./typed";

/** Names a run so that the browser can follow its progress (lib/actions/progress.ts). */
const jobSchema = z.uuid().optional();

/** An edition is named by its as-of month ("2021-10"), one edition per month. */
export const createEditionSchema = z.object({
  // 「2021-10」, typed in full-width too, or 「2021年10月」 as a Japanese user writes a month.
  period: typedString("validation.period")
    .overwrite((s) => s.replace(/^(\d{4})年(\d{1,2})月$/, (_, y: string, m: string) => `${y}-${m.padStart(2, "0")}`))
    .regex(/^(19[9]\d|20\d\d|2100)-(0[1-9]|1[0-2])$/, { error: "validation.period" }),
  titleJa: requiredText(TEXT.title),
  titleEn: plainText(TEXT.title),
  job: jobSchema,
});

export const publishEditionSchema = z.object({ id: idSchema, version: versionSchema });
export const deleteEditionSchema = publishEditionSchema;
export const withdrawEditionSchema = z.object({
  id: idSchema,
  version: versionSchema,
  reasonJa: requiredText(TEXT.note),
  reasonEn: plainText(TEXT.note),
});

export type CreateEditionInput = z.input<typeof createEditionSchema>;
export type WithdrawEditionInput = z.input<typeof withdrawEditionSchema>;
