// Charts place reported dates on a continuous axis, but a date reported as 2021年 or
// 2020年度 is a span, not a day. These helpers keep the span so that a chart never
// draws a date (or a delay) more precisely than it was reported.
import { lastDayOf, parts, type PartialDate } from "@/lib/dates/partial-date";
import type { ReportObservation } from "@/lib/report/model";

const DAY_MS = 86_400_000;
const pad = (n: number) => String(n).padStart(2, "0");

/** The earliest day a partial date allows: 2021年度 → 2021-04-01, 2021年内 → 2021-01-01. */
export function firstDayOf(pd: PartialDate): string {
  const { y, m } = parts(pd);
  switch (pd.precision) {
    case "day": case "month_late": case "month_end": return pd.date;
    case "month": return `${y}-${pad(m)}-01`;
    case "year": case "within_year": return `${y}-01-01`;
    // 年末 is read as December: the report uses it for "by the end of the year".
    case "year_end": return `${y}-12-01`;
    case "fiscal_year": return `${y}-04-01`;
  }
}

/** UTC midnight, so that the server's time zone never moves a point by a day. */
export const utc = (isoDate: string) => new Date(`${isoDate}T00:00:00Z`);

export const daysBetween = (from: string, to: string) => Math.round((utc(to).getTime() - utc(from).getTime()) / DAY_MS);

export type DateSpan = { first: Date; last: Date; mid: Date };

/** The days a partial date may mean, and the middle one to draw a single mark at. */
export function dateSpan(pd: PartialDate): DateSpan {
  const first = utc(firstDayOf(pd));
  const last = utc(lastDayOf(pd));
  return { first, last, mid: new Date((first.getTime() + last.getTime()) / 2) };
}

/** The date an observation's value belongs to: the end of its period, else its as-of date. */
export function observationDate(o: ReportObservation): PartialDate | null {
  return o.periodEnd ?? o.asOf ?? o.periodStart;
}

/** A point on a time axis for an observation: the last day its date allows (by then it was known). */
export function observationTime(o: ReportObservation): Date | null {
  const pd = observationDate(o);
  return pd ? utc(lastDayOf(pd)) : null;
}

/** A tick date turned back into a partial date, at the coarsest precision it is exact to. */
export function tickDate(d: Date): PartialDate {
  const iso = d.toISOString().slice(0, 10);
  if (iso.endsWith("-01-01")) return { date: iso, precision: "year" };
  if (iso.endsWith("-01")) return { date: iso, precision: "month" };
  return { date: iso, precision: "day" };
}
