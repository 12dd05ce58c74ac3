import { z } from "zod";
import { idSchema, periodSchema, plainText, requiredText, TEXT, versionSchema } from "./fields";

/** Names a run so that the browser can follow its progress (lib/actions/progress.ts). */
const jobSchema = z.uuid().optional();

/** An edition is named by its as-of month ("2021-10"), one edition per month. */
export const createEditionSchema = z.object({
  period: periodSchema,
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
