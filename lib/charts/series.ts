// Observations of one indicator as time series, one per breakdown (受入れ / 派遣 are two
// lines, not one zigzag). Undated observations cannot be placed on a time axis and are
// left to the table.
import type { PartialDate } from "@/lib/domain/partial-date";
import type { LocalizedText, ReportIndicator, ReportObservation } from "@/lib/report/model";
import { breakdownKey, observationDate } from "@/lib/report/observations";
import { observationTime } from "./dates";

export type SeriesPoint = {
  when: PartialDate;
  time: Date;
  value: number;
  observation: ReportObservation;
};

export type Series = { key: string; breakdown: LocalizedText | null; points: SeriesPoint[] };

export function extractSeries(indicator: ReportIndicator): Series[] {
  if (indicator.measure === "qualitative") return [];
  const byKey = new Map<string, Series>();
  // The baseline is a dated value like any other: it is where the line starts.
  const all = indicator.baseline ? [indicator.baseline, ...indicator.observations] : indicator.observations;
  for (const o of all) {
    const when = observationDate(o);
    const time = observationTime(o);
    const value = Number(o.value);
    if (!when || !time || !Number.isFinite(value)) continue;
    const key = breakdownKey(o.breakdown);
    let series = byKey.get(key);
    if (!series) byKey.set(key, (series = { key, breakdown: o.breakdown, points: [] }));
    series.points.push({ when, time, value, observation: o });
  }
  const list = [...byKey.values()];
  // A stable sort keeps the report's order among values of the same date.
  for (const s of list) s.points.sort((a, b) => a.time.getTime() - b.time.getTime());
  return list;
}

/** Worth a line chart: some series has values at two or more different dates. */
export function hasTimeSeries(series: Series[]): boolean {
  return series.some((s) => new Set(s.points.map((p) => p.time.getTime())).size >= 2);
}
