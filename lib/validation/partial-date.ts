import { z } from "zod";
import { typedString } from "./typed";
import {
  DATE_PRECISIONS,
  day,
  fiscalYear,
  lateMonth,
  month,
  monthEnd,
  parts,
  withinYear,
  year,
  yearEnd,
  type DatePrecision,
  type PartialDate,
} from "@/lib/domain/partial-date";

// A reported date as a form edits it: a precision and the parts that precision needs
// (年度 needs a year, 下旬 a year and a month…). The schema turns it into a PartialDate
// or null, with each error on the part that is wrong.

export type PartialDateInput = { precision: DatePrecision | ""; year: string; month: string; day: string };

export const EMPTY_DATE: PartialDateInput = { precision: "", year: "", month: "", day: "" };

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const NEEDS_MONTH: ReadonlySet<DatePrecision> = new Set(["day", "month", "month_late", "month_end"]);

// Long enough for a year typed with its word (「2021年」), so that the message says what is wrong.
const part = typedString("validation.required").max(10, { error: "validation.tooLong" });

function build(precision: DatePrecision, y: number, m: number, d: number): PartialDate {
  switch (precision) {
    case "day":
      return day(y, m, d);
    case "month":
      return month(y, m);
    case "month_late":
      return lateMonth(y, m);
    case "month_end":
      return monthEnd(y, m);
    case "year":
      return year(y);
    case "year_end":
      return yearEnd(y);
    case "within_year":
      return withinYear(y);
    case "fiscal_year":
      return fiscalYear(y);
  }
}

const whole = (s: string) => (/^\d{1,4}$/.test(s) ? Number(s) : NaN);
/** Something other than digits was typed in a date part (「2021年」, 「十月」). */
const notDigits = (s: string) => s !== "" && !/^\d+$/.test(s);

export const partialDateSchema = z
  .object(
    {
      precision: z.enum(["", ...DATE_PRECISIONS], { error: "validation.precision" }),
      year: part,
      month: part,
      day: part,
    },
    { error: "validation.date" },
  )
  .transform((v, ctx): PartialDate | null => {
    if (v.precision === "") {
      if (v.year || v.month || v.day)
        ctx.addIssue({ code: "custom", path: ["precision"], message: "validation.precisionRequired" });
      return null;
    }
    const y = whole(v.year);
    const m = NEEDS_MONTH.has(v.precision) ? whole(v.month) : 1;
    const d = v.precision === "day" ? whole(v.day) : 1;
    let valid = true;
    const fail = (path: string, message: string) => {
      valid = false;
      ctx.addIssue({ code: "custom", path: [path], message });
    };
    if (notDigits(v.year)) fail("year", "validation.digitsOnly");
    else if (!(y >= MIN_YEAR && y <= MAX_YEAR)) fail("year", "validation.year");
    if (NEEDS_MONTH.has(v.precision) && notDigits(v.month)) fail("month", "validation.digitsOnly");
    else if (!(m >= 1 && m <= 12)) fail("month", "validation.month");
    if (v.precision === "day" && notDigits(v.day)) fail("day", "validation.digitsOnly");
    if (!valid) return z.NEVER;
    try {
      return build(v.precision, y, m, d);
    } catch {
      // Only the day can still be wrong here (31 April, 29 February of a common year).
      fail("day", "validation.day");
      return z.NEVER;
    }
  });

/** What a form shows for a stored date. */
export function toDateInput(date: string | null, precision: DatePrecision | null): PartialDateInput {
  if (!date || !precision) return EMPTY_DATE;
  const { y, m, d } = parts({ date, precision });
  const shown = { precision, year: String(y), month: "", day: "" };
  if (precision === "fiscal_year") return shown;
  if (NEEDS_MONTH.has(precision)) shown.month = String(m);
  if (precision === "day") shown.day = String(d);
  return shown;
}

// Moved to lib/dates so that code outside forms (the report diff) need not load zod;
// re-exported here for the existing imports.
export { lastDayOf } from "@/lib/domain/partial-date";
