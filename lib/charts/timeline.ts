// Planned against actual dates of a project's milestones on one time axis. A delay is
// counted between the spans the two dates allow, so "planned 2020, done February 2021"
// is at least 32 days late, and "planned 2021, done March 2021" is not late at all.
import { scaleUtc } from "d3-scale";
import type { PartialDate } from "@/lib/dates/partial-date";
import type { ReportMilestone } from "@/lib/report/model";
import { dateSpan, tickDate, type DateSpan } from "./dates";

const DAY_MS = 86_400_000;
const days = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/** Days late (> 0, at least), early (< 0, at least), or 0 where the two spans overlap. */
export function slippageDays(planned: PartialDate, actual: PartialDate): number {
  const p = dateSpan(planned), a = dateSpan(actual);
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
    overdueDays: m.planned && !m.actual && (m.status === "delayed" || m.status === "planned" || m.status === "in_progress")
      ? overdueDays(m.planned, asOf) : null,
  }));
}

export const isDated = (r: TimelineRow) => r.planned !== null || r.actual !== null;

/** The time the axis must cover: every span of every dated row, and the report date. */
export function timelineExtent(rows: TimelineRow[], asOf: PartialDate): [Date, Date] | null {
  const spans = rows.flatMap((r) => [r.planned, r.actual]).filter((s): s is DateSpan => s !== null);
  if (spans.length === 0) return null;
  spans.push(dateSpan(asOf));
  const first = Math.min(...spans.map((s) => s.first.getTime()));
  const last = Math.max(...spans.map((s) => s.last.getTime()));
  return [new Date(first), new Date(last)];
}

export type TimelineLayout = {
  width: number;
  height: number;
  rowTop: (index: number) => number;
  trackY: (index: number) => number;
  x: (d: Date) => number;
  ticks: { x: number; when: PartialDate }[];
  asOfX: number;
};

export const TIMELINE = { width: 640, top: 24, rowHeight: 46, axis: 34, inset: 12 };

export function timelineLayout(rows: TimelineRow[], asOf: PartialDate): TimelineLayout | null {
  const extent = timelineExtent(rows, asOf);
  if (!extent) return null;
  const { width, top, rowHeight, axis, inset } = TIMELINE;
  // Whole years at both ends, so the axis starts and ends on a labelled year tick.
  const from = new Date(Date.UTC(extent[0].getUTCFullYear(), 0, 1));
  const to = new Date(Date.UTC(extent[1].getUTCFullYear() + 1, 0, 1));
  const scale = scaleUtc().domain([from, to]).range([inset, width - inset]);
  const x = (d: Date) => Math.round(scale(d) * 10) / 10;
  const ticks = scale.ticks(Math.min(8, Math.max(2, Math.round(width / 90))));
  // Month or day ticks between years would read as precise dates: keep the year ticks if any.
  const yearTicks = ticks.filter((d) => tickDate(d).precision === "year");
  return {
    width,
    height: top + rows.length * rowHeight + axis,
    rowTop: (i) => top + i * rowHeight,
    trackY: (i) => top + i * rowHeight + 32,
    x,
    ticks: (yearTicks.length >= 2 ? yearTicks : ticks).map((d) => ({ x: x(d), when: tickDate(d) })),
    asOfX: x(dateSpan(asOf).mid),
  };
}
