// Progress of an indicator towards its targets. A share of the target is only shown where
// it means something: for running totals and levels, and for a per-period value only when
// the target is for that same period (the 2019 Sakhalin tours: 778 against 400).
import { lastDayOf } from "@/lib/domain/partial-date";
import type { ReportIndicator, ReportObservation, ReportTarget } from "@/lib/report/model";
import { breakdownKey, latestByBreakdown, observationDate } from "@/lib/report/observations";

/** progress: value against target; compare: both, no share; no_value: nothing reported yet. */
export type ProgressMode = "progress" | "compare" | "no_value";
export type NoShareReason = "per_period" | "decrease" | null;

export type TargetProgress = {
  target: ReportTarget;
  latest: ReportObservation | null;
  mode: ProgressMode;
  /** Share of the target in percent, to one decimal; only in "progress" mode. */
  percent: number | null;
  /** The value reached the target (a lower-bound value that reached it certainly did). */
  achieved: boolean;
  reason: NoShareReason;
};

/** 23 of 180 → 12.8; 778 of 400 → 194.5; null without a usable (positive, numeric) target. */
export function percentTowards(value: string, target: string): number | null {
  const v = Number(value),
    t = Number(target);
  if (!Number.isFinite(v) || !Number.isFinite(t) || t <= 0) return null;
  // Rounded on tenths of a percent so that 12.75 does not become 12.7 through binary floats.
  return Math.round((v * 1000) / t) / 10;
}

export const hasNumericTarget = (t: ReportTarget) => Number.isFinite(Number(t.value)) && Number(t.value) > 0;

/** A per-period value counts towards a target only when its period ends when the target is due. */
function samePeriod(o: ReportObservation, target: ReportTarget): boolean {
  const when = observationDate(o);
  return !!when && !!target.due && lastDayOf(when) === lastDayOf(target.due);
}

export function targetProgress(indicator: ReportIndicator): TargetProgress[] {
  if (indicator.measure === "qualitative") return [];
  const latest = latestByBreakdown(indicator.observations);
  return indicator.targets.filter(hasNumericTarget).map((target) => {
    const o = latest.get(breakdownKey(target.breakdown)) ?? null;
    if (!o) return { target, latest: null, mode: "no_value", percent: null, achieved: false, reason: null };
    const decrease = indicator.direction === "decrease";
    const achieved = decrease ? Number(o.value) <= Number(target.value) : Number(o.value) >= Number(target.value);
    const reason: NoShareReason = decrease
      ? "decrease"
      : indicator.accumulation === "per_period" && !samePeriod(o, target)
        ? "per_period"
        : null;
    if (reason) return { target, latest: o, mode: "compare", percent: null, achieved, reason };
    return { target, latest: o, mode: "progress", percent: percentTowards(o.value, target.value), achieved, reason };
  });
}

export type ProgressBar = {
  width: number;
  /** Where the target sits; the bar never runs past it, an overflow mark follows instead. */
  targetX: number;
  valueX: number;
  overflow: boolean;
  approximate: boolean;
  lowerBound: boolean;
  targetLowerBound: boolean;
};

/** The bar's geometry in a viewBox `width` wide; room is left right of the target for marks. */
export function progressBar(p: TargetProgress, width = 240): ProgressBar {
  const targetX = Math.round(width * 0.8);
  const share = p.percent === null ? 0 : Math.max(0, Math.min(1, p.percent / 100));
  return {
    width,
    targetX,
    valueX: Math.round(targetX * share * 10) / 10,
    overflow: (p.percent ?? 0) > 100,
    approximate: !!p.latest?.approximate,
    lowerBound: !!p.latest?.lowerBound,
    targetLowerBound: p.target.lowerBound,
  };
}
