import { z } from "zod";
import { typedString, withoutGrouping } from "./typed";

// Field schemas shared by every staff form and its server action. Messages are keys of
// messages/*.json ("validation.*"), shown in the user's language on either side.

// Stored ids are lower case; one in capitals is the same record and is logged as such.
export const idSchema = z.uuid({ error: "validation.unknownRecord" }).transform((s) => s.toLowerCase());
export const versionSchema = z
  .number({ error: "validation.version" })
  .int({ error: "validation.version" })
  .positive({ error: "validation.version" });

// NUL and unpaired surrogates cannot be stored (Postgres text, jsonb audit rows): refused
// on the field, rather than failing in the database.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const text = (max: number, missing: string) =>
  z
    .string({ error: missing })
    .trim()
    .max(max, { error: "validation.tooLong" })
    .refine((s) => !UNSTORABLE.test(s), { error: "validation.unstorableText" });

/** Text that must be there: trimmed, at most `max` characters. */
export const requiredText = (max: number) =>
  text(max, "validation.required").refine((s) => s.length > 0, { error: "validation.required" });

/** Text that may be left empty; stored as null when it is. */
export const optionalText = (max: number) => text(max, "validation.text").transform((s) => (s === "" ? null : s));

/** Text stored as "" rather than null (English titles not yet written). */
export const plainText = (max: number) => text(max, "validation.text");

/**
 * A whole number typed in a form (digits, full-width ones too) or sent as a number; nothing
 * else passes. What is not digits at all says so (`validation.digitsOnly`); digits out of
 * range get the field's own message.
 */
export const wholeNumber = (min: number, max: number, message: string) =>
  z
    .union([z.number({ error: message }), typedString(message).max(12, { error: message })], { error: message })
    .transform((value, ctx) => {
      if (typeof value === "number" || /^\d+$/.test(value)) return Number(value);
      ctx.addIssue({ code: "custom", message: value === "" ? message : "validation.digitsOnly" });
      return z.NEVER;
    })
    .pipe(
      z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }),
    );

export const flagSchema = z.boolean({ error: "validation.flag" });

/** A month ("2021-10"), typed in full-width too, or 「2021年10月」 as a Japanese user writes it. */
export const periodSchema = typedString("validation.period")
  .overwrite((s) => s.replace(/^(\d{4})年(\d{1,2})月$/, (_, y: string, m: string) => `${y}-${m.padStart(2, "0")}`))
  .regex(/^(19[9]\d|20\d\d|2100)-(0[1-9]|1[0-2])$/, { error: "validation.period" });

/** Whether a string is a real calendar day, written YYYY-MM-DD. */
export function isDay(s: string): boolean {
  if (!/^(199\d|20\d\d|2100)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(s)) return false;
  return new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);
}

/** A day ("2022-04-30", as a date field sends it), or 「2022年4月30日」 typed; a real calendar day. */
export const daySchema = typedString("validation.day")
  .overwrite((s) =>
    s.replace(
      /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
      (_, y: string, m: string, d: string) => `${y}-${m.padStart(2, "0")}-${d.padStart(2, "0")}`,
    ),
  )
  .refine(isDay, { error: "validation.day" });

/**
 * A number as typed (full-width digits and signs, grouping commas too), kept as a decimal
 * string so that numeric columns never pass through a float: up to 15 digits before the
 * point and 6 after. Each way a value can be wrong has its own message.
 */
export const decimalSchema = typedString("validation.number")
  .min(1, { error: "validation.required", abort: true })
  .max(32, { error: "validation.number", abort: true })
  .overwrite(withoutGrouping)
  // The first that fails is the one said.
  .regex(/^-?\d+(\.\d+)?$/, { error: "validation.number", abort: true })
  .regex(/^-?\d{1,15}(\.\d+)?$/, { error: "validation.numberTooLarge", abort: true })
  .regex(/^-?\d+(\.\d{1,6})?$/, { error: "validation.tooManyDecimals", abort: true })
  .transform((s) => s.replace(/^(-?)0+(?=\d)/, "$1"));

/** Digits after the decimal point of a decimal string. */
export const decimalPlaces = (value: string) => value.split(".")[1]?.length ?? 0;

export const TEXT = { title: 300, short: 100, unit: 20, line: 500, note: 2000, long: 4000 } as const;

/**
 * The create and save schemas of a record kept in a list (a project's milestones, an
 * indicator's observations): the same fields and checks, plus the parent to add to or
 * the id and version being saved.
 */
export function recordSchemas<S extends z.ZodRawShape>(
  shape: S,
  refine?: (value: z.output<z.ZodObject<S>>, ctx: z.RefinementCtx) => void,
) {
  const check = (value: unknown, ctx: z.RefinementCtx) => refine?.(value as z.output<z.ZodObject<S>>, ctx);
  return {
    create: z.object({ parentId: idSchema, ...shape }).superRefine(check),
    save: z.object({ id: idSchema, version: versionSchema, ...shape }).superRefine(check),
  };
}

/** Deleting or moving a record of a list. */
export const deleteRecordSchema = z.object({ id: idSchema, version: versionSchema });
export const moveRecordSchema = z.object({
  id: idSchema,
  direction: z.enum(["up", "down"], { error: "validation.direction" }),
});

/** Area numbers as checkboxes send them: each once, in order. */
export const areasSchema = z
  .array(
    z.coerce
      .number({ error: "validation.area" })
      .int({ error: "validation.area" })
      .min(1, { error: "validation.area" })
      .max(99, { error: "validation.area" }),
    { error: "validation.area" },
  )
  .max(99)
  .transform((areas) => [...new Set(areas)].sort((a, b) => a - b));
