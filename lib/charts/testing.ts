// Builders for the chart tests: report-model objects with only the fields a test cares about.
import type { ReportIndicator, ReportMilestone, ReportObservation, ReportTarget } from "@/lib/report/model";

export function obs(value: string, fields: Partial<ReportObservation> = {}): ReportObservation {
  return {
    value,
    periodStart: null,
    periodEnd: null,
    asOf: null,
    approximate: false,
    lowerBound: false,
    provisional: false,
    breakdown: null,
    source: null,
    note: null,
    ...fields,
  };
}

export function target(value: string, fields: Partial<ReportTarget> = {}): ReportTarget {
  return { value, due: null, lowerBound: false, breakdown: null, note: null, ...fields };
}

export function indicator(fields: Partial<ReportIndicator> = {}): ReportIndicator {
  return {
    key: "k",
    name: { ja: "指標", en: "Indicator" },
    measure: "count",
    unit: { ja: "人", en: "people" },
    direction: "increase",
    accumulation: "cumulative",
    decimals: 0,
    baseline: null,
    targets: [],
    observations: [],
    ...fields,
  };
}

export function milestone(id: string, fields: Partial<ReportMilestone> = {}): ReportMilestone {
  return { id, title: { ja: id, en: null }, status: "planned", planned: null, actual: null, ...fields };
}
