import { lastDayOf, type PartialDate } from "@/lib/domain/partial-date";
import type { ReportObservation } from "./model";

// Which reported value is "the latest" of an indicator, one rule for the charts, the target
// bars and the changes between editions.

/** The key a breakdown (受入れ, 派遣…) is matched by: the Japanese label is the source text. */
export const breakdownKey = (b: { ja: string } | null) => b?.ja ?? "";

/** The date an observation's value belongs to: the end of its period, else its as-of date. */
export function observationDate(o: ReportObservation): PartialDate | null {
  return o.periodEnd ?? o.asOf ?? o.periodStart;
}

/**
 * The latest observation of each breakdown: the one whose date ends last; a dated value beats
 * an undated one, and among equals the later-listed one wins (the report lists in order).
 */
export function latestByBreakdown(observations: ReportObservation[]): Map<string, ReportObservation> {
  const latest = new Map<string, ReportObservation>();
  const end = (o: ReportObservation) => {
    const d = observationDate(o);
    return d ? lastDayOf(d) : "";
  };
  for (const o of observations) {
    const key = breakdownKey(o.breakdown);
    const current = latest.get(key);
    if (!current || end(o) >= end(current)) latest.set(key, o);
  }
  return latest;
}
