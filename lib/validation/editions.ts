import { z } from "zod";
import { idSchema, optionalText, periodSchema, plainText, requiredText, TEXT, versionSchema } from "./fields";

/** Names a run so that the browser can follow its progress (lib/actions/progress.ts). */
const jobSchema = z.uuid().optional();

/** An edition is named by its as-of month ("2021-10"), one edition per month. */
export const createEditionSchema = z.object({
  period: periodSchema,
  titleJa: requiredText(TEXT.title),
  titleEn: plainText(TEXT.title),
  /** The reporting round the edition is made from ("" for none, as the select sends it). */
  roundId: z.preprocess((v) => (v === "" ? undefined : v), idSchema.optional()),
  /** Why it is made though some of the round's projects are not approved (admins only, audited). */
  overrideReason: optionalText(TEXT.note).optional(),
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
