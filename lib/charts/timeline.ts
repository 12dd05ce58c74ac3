// Planned against actual dates of a project's milestones on one time axis. A delay is
// counted between the spans the two dates allow, so "planned 2020, done February 2021"
// is at least 32 days late, and "planned 2021, done March 2021" is not late at all.
import type { PartialDate } from "@/lib/domain/partial-date";
import type { ReportMilestone } from "@/lib/report/model";
import { dateSpan, type DateSpan } from "./dates";

const DAY_MS = 86_400_000;
const days = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/** Days late (> 0, at least), early (< 0, at least), or 0 where the two spans overlap. */
export function slippageDays(planned: PartialDate, actual: PartialDate): number {
  const p = dateSpan(planned),
    a = dateSpan(actual);
  if (a.first > p.last) return days(p.last, a.first);
  if (a.last < p.first) return -days(a.last, p.first);
  return 0;
}

/** How far past its latest planned day a milestone not done by the report date is; null if not past. */
export function overdueDays(planned: PartialDate, asOf: PartialDate): number | null {
  const late = days(dateSpan(planned).last, dateSpan(asOf).first);
  return late > 0 ? late : null;
}

export type TimelineRow = {
  milestone: ReportMilestone;
  planned: DateSpan | null;
  actual: DateSpan | null;
  slipDays: number | null;
  overdueDays: number | null;
};

export function timelineRows(milestones: ReportMilestone[], asOf: PartialDate): TimelineRow[] {
  return milestones.map((m) => ({
    milestone: m,
    planned: m.planned ? dateSpan(m.planned) : null,
    actual: m.actual ? dateSpan(m.actual) : null,
    slipDays: m.planned && m.actual ? slippageDays(m.planned, m.actual) : null,
    // Only work still open can be overdue; a cancelled milestone is not late.
    overdueDays:
      m.planned && !m.actual && (m.status === "delayed" || m.status === "planned" || m.status === "in_progress")
        ? overdueDays(m.planned, asOf)
        : null,
  }));
}

export const isDated = (r: TimelineRow) => r.planned !== null || r.actual !== null;

/** A date reported as a year, a fiscal year or the like: drawn as its range, not as one day. */
export const isRange = (s: DateSpan) => s.last.getTime() - s.first.getTime() > 31 * DAY_MS;

/** The time the axis must cover: every span of every dated row, and the report date. */
export function timelineExtent(rows: TimelineRow[], asOf: PartialDate): [Date, Date] | null {
  const spans = rows.flatMap((r) => [r.planned, r.actual]).filter((s): s is DateSpan => s !== null);
  if (spans.length === 0) return null;
  spans.push(dateSpan(asOf));
  const first = Math.min(...spans.map((s) => s.first.getTime()));
  const last = Math.max(...spans.map((s) => s.last.getTime()));
  return [new Date(first), new Date(last)];
}

/** One calendar year of the axis: where its band starts and how wide it is, in % of the axis. */
export type TimelineYear = { year: number; from: number; width: number };

export type TimelineAxis = {
  /** A date's position along the axis, in % (one decimal): marks are placed with SVG percentages. */
  pos: (d: Date) => number;
  years: TimelineYear[];
  asOf: number;
};

const percent = (n: number) => Math.round(n * 1000) / 10;

/**
 * Whole calendar years from the first to the last reported date (and the report date), so
 * that every band of the axis is a labelled year. Positions are shares of the axis, so the
 * same marks fit whatever width the table column gets.
 */
export function timelineAxis(rows: TimelineRow[], asOf: PartialDate): TimelineAxis | null {
  const extent = timelineExtent(rows, asOf);
  if (!extent) return null;
  const first = extent[0].getUTCFullYear();
  const last = extent[1].getUTCFullYear();
  const start = Date.UTC(first, 0, 1);
  const span = Date.UTC(last + 1, 0, 1) - start;
  const share = (t: number) => (t - start) / span;
  const years = Array.from({ length: last - first + 1 }, (_, i) => {
    const from = share(Date.UTC(first + i, 0, 1));
    return { year: first + i, from: percent(from), width: percent(share(Date.UTC(first + i + 1, 0, 1)) - from) };
  });
  const pos = (d: Date) => percent(share(d.getTime()));
  return { pos, years, asOf: pos(dateSpan(asOf).mid) };
}
