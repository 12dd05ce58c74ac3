import { z } from "zod";

// Field schemas shared by every staff form and its server action. Messages are keys of
// messages/*.json ("validation.*"), shown in the user's language on either side.

export const idSchema = z.uuid({ error: "validation.unknownRecord" });
export const versionSchema = z.number({ error: "validation.version" }).int({ error: "validation.version" }).positive({ error: "validation.version" });

/** Text that must be there: trimmed, at most `max` characters. */
export const requiredText = (max: number) =>
  z.string({ error: "validation.required" }).trim().min(1, { error: "validation.required" }).max(max, { error: "validation.tooLong" });

/** Text that may be left empty; stored as null when it is. */
export const optionalText = (max: number) =>
  z
    .string({ error: "validation.text" })
    .trim()
    .max(max, { error: "validation.tooLong" })
    .transform((s) => (s === "" ? null : s));

/** Text stored as "" rather than null (English titles not yet written). */
export const plainText = (max: number) => z.string({ error: "validation.text" }).trim().max(max, { error: "validation.tooLong" });

export const flagSchema = z.boolean({ error: "validation.flag" });

/**
 * A number as typed, kept as a decimal string so that numeric columns never pass
 * through a float: up to 15 digits before the point and 6 after, no separators.
 */
export const decimalSchema = z
  .string({ error: "validation.number" })
  .trim()
  .min(1, { error: "validation.required" })
  .max(24, { error: "validation.number" })
  .regex(/^-?\d{1,15}(\.\d{1,6})?$/, { error: "validation.number" })
  .transform((s) => s.replace(/^(-?)0+(?=\d)/, "$1"));

/** Digits after the decimal point of a decimal string. */
export const decimalPlaces = (value: string) => value.split(".")[1]?.length ?? 0;

export const TEXT = { title: 300, short: 100, unit: 20, line: 500, note: 2000, long: 4000 } as const;

/**
 * The create and save schemas of a record kept in a list (a project's milestones, an
 * indicator's observations): the same fields and checks, plus the parent to add to or
 * the id and version being saved.
 */
export function recordSchemas<S extends z.ZodRawShape>(shape: S, refine?: (value: z.output<z.ZodObject<S>>, ctx: z.RefinementCtx) => void) {
  const check = (value: unknown, ctx: z.RefinementCtx) => refine?.(value as z.output<z.ZodObject<S>>, ctx);
  return {
    create: z.object({ parentId: idSchema, ...shape }).superRefine(check),
    save: z.object({ id: idSchema, version: versionSchema, ...shape }).superRefine(check),
  };
}

/** Deleting or moving a record of a list. */
export const deleteRecordSchema = z.object({ id: idSchema, version: versionSchema });
export const moveRecordSchema = z.object({ id: idSchema, direction: z.enum(["up", "down"], { error: "validation.direction" }) });
