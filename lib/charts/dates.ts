// Charts place reported dates on a continuous axis, but a date reported as 2021年 or
// 2020年度 is a span, not a day. These helpers keep the span so that a chart never
// draws a date (or a delay) more precisely than it was reported.
import { firstDayOf, lastDayOf, type PartialDate } from "@/lib/domain/partial-date";
import type { ReportObservation } from "@/lib/report/model";
import { observationDate } from "@/lib/report/observations";

const DAY_MS = 86_400_000;

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

/** A point on a time axis for an observation: the last day its date allows (by then it was known). */
export function observationTime(o: ReportObservation): Date | null {
  const pd = observationDate(o);
  return pd ? utc(lastDayOf(pd)) : null;
}
