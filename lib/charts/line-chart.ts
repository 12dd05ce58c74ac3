// Geometry of a small line chart of an indicator's series, computed on the server so that
// the SVG is in the HTML. UTC scales: the server's time zone must not shift a point.
import { scaleLinear, scaleUtc } from "d3-scale";
import { line } from "d3-shape";
import type { PartialDate } from "@/lib/domain/partial-date";
import type { ReportTarget } from "@/lib/report/model";
import { dateSpan } from "./dates";
import { breakdownKey } from "@/lib/report/observations";
import { hasNumericTarget } from "./progress";
import type { Series, SeriesPoint } from "./series";

export type LineChartSize = {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
};
export const LINE_CHART_SIZE: LineChartSize = {
  width: 480,
  height: 220,
  margin: { top: 16, right: 20, bottom: 34, left: 56 },
};

export type PlacedPoint = SeriesPoint & { x: number; y: number };
export type LineChartLayout = {
  size: LineChartSize;
  plot: { left: number; right: number; top: number; bottom: number };
  xTicks: { x: number; when: PartialDate }[];
  yTicks: { y: number; value: number }[];
  lines: { key: string; d: string; points: PlacedPoint[] }[];
  targets: { key: string; target: ReportTarget; y: number; value: number; dueX: number | null }[];
};

const round = (n: number) => Math.round(n * 10) / 10;

/** At most `max` items, evenly spread, always keeping the first and the last. */
export function thin<T>(items: T[], max: number): T[] {
  if (items.length <= max) return items;
  const step = (items.length - 1) / (max - 1);
  return Array.from({ length: max }, (_, i) => items[Math.round(i * step)]!);
}

export function lineChartLayout(series: Series[], allTargets: ReportTarget[], size = LINE_CHART_SIZE): LineChartLayout {
  const { width, height, margin } = size;
  const plot = { left: margin.left, right: width - margin.right, top: margin.top, bottom: height - margin.bottom };
  const keys = new Set(series.map((s) => s.key));
  // A target line belongs to the chart only if one of its series is what the target counts.
  const targets = allTargets.filter((t) => hasNumericTarget(t) && keys.has(breakdownKey(t.breakdown)));
  const points = series.flatMap((s) => s.points);
  const dues = targets.flatMap((t) => (t.due ? [dateSpan(t.due).last] : []));
  const times = [...points.map((p) => p.time), ...dues].map((d) => d.getTime());
  const values = [...points.map((p) => p.value), ...targets.map((t) => Number(t.value))];

  const x = scaleUtc()
    .domain([new Date(Math.min(...times)), new Date(Math.max(...times))])
    // Inset so that the first and last points do not sit on the axis line.
    .range([plot.left + 10, plot.right - 10]);
  const y = scaleLinear()
    .domain([Math.min(0, ...values), Math.max(...values)])
    .nice(4)
    .range([plot.bottom, plot.top]);

  // Ticks at the reported dates themselves, so a label never claims more precision than the data.
  const tickByTime = new Map<number, PartialDate>();
  for (const p of points) if (!tickByTime.has(p.time.getTime())) tickByTime.set(p.time.getTime(), p.when);
  const xTicks = thin(
    [...tickByTime.entries()].sort((a, b) => a[0] - b[0]),
    6,
  ).map(([t, when]) => ({ x: round(x(new Date(t))), when }));

  const path = line<PlacedPoint>()
    .x((p) => p.x)
    .y((p) => p.y)
    .digits(1);
  const lines = series.map((s) => {
    const placed = s.points.map((p) => ({ ...p, x: round(x(p.time)), y: round(y(p.value)) }));
    return { key: s.key, d: path(placed) ?? "", points: placed };
  });

  return {
    size,
    plot,
    xTicks,
    yTicks: y.ticks(4).map((value) => ({ y: round(y(value)), value })),
    lines,
    targets: targets.map((t) => ({
      key: breakdownKey(t.breakdown),
      target: t,
      value: Number(t.value),
      y: round(y(Number(t.value))),
      dueX: t.due ? round(x(dateSpan(t.due).last)) : null,
    })),
  };
}
