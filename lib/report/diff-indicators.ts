import { change, dateKey, decimalDifference, isUnchanged, sameDate, sameText, sameValue, walk } from "./diff-parts";
import type { Change, IndicatorDiff, ValueMove } from "./diff-types";
import type { ReportIndicator, ReportObservation, ReportTarget } from "./model";
import { breakdownKey, latestByBreakdown, observationDate } from "./observations";

// The indicators of a report diff: matched by key, then compared by their definition (name,
// unit), baseline, latest value per breakdown, observations and targets.

/** `comparable`: both editions count in the same unit, so a difference means something. */
function valueMoves(old: ReportIndicator, now: ReportIndicator, comparable: boolean): ValueMove[] {
  const before = latestByBreakdown(old.observations);
  return [...latestByBreakdown(now.observations)].flatMap(([key, to]) => {
    const from = before.get(key);
    if (!from || sameValue(from.value, to.value)) return [];
    return [
      { breakdown: to.breakdown, from, to, difference: comparable ? decimalDifference(to.value, from.value) : null },
    ];
  });
}

// An observation is the same one when it describes the same breakdown over the same time;
// a changed value for it is a revision, which the value comparison reports.
const observationKey = (o: ReportObservation) =>
  [
    breakdownKey(o.breakdown),
    dateKey(o.periodStart),
    dateKey(o.periodEnd),
    dateKey(o.asOf),
    observationDate(o) ? "" : o.value,
  ].join("|");

// A baseline is read as its value, how the value is qualified (約, 超) and when it was taken.
const sameBaseline = (a: ReportObservation | null, b: ReportObservation | null) =>
  a === null || b === null
    ? a === b
    : sameValue(a.value, b.value) &&
      a.approximate === b.approximate &&
      a.lowerBound === b.lowerBound &&
      sameDate(a.periodStart, b.periodStart) &&
      sameDate(a.periodEnd, b.periodEnd) &&
      sameDate(a.asOf, b.asOf);

/** Targets have no key: the n-th target of a breakdown is matched with the n-th. */
function targetKeys(targets: ReportTarget[]): Map<string, ReportTarget> {
  const seen = new Map<string, number>();
  return new Map(
    targets.map((t) => {
      const b = t.breakdown?.ja ?? "";
      const n = seen.get(b) ?? 0;
      seen.set(b, n + 1);
      return [`${b}#${n}`, t];
    }),
  );
}

function targetChanges(from: ReportTarget[], to: ReportTarget[]): Change<ReportTarget | null>[] {
  const before = targetKeys(from),
    after = targetKeys(to);
  const changes: Change<ReportTarget | null>[] = [];
  for (const [key, t] of after) {
    const old = before.get(key) ?? null;
    if (!old || !sameValue(old.value, t.value) || !sameDate(old.due, t.due) || old.lowerBound !== t.lowerBound) {
      changes.push({ from: old, to: t });
    }
  }
  for (const [key, old] of before) if (!after.has(key)) changes.push({ from: old, to: null });
  return changes;
}

function indicatorChange(old: ReportIndicator, now: ReportIndicator): IndicatorDiff | null {
  const known = new Set(old.observations.map(observationKey));
  const kept = new Set(now.observations.map(observationKey));
  const unit = change(old.unit, now.unit, sameText);
  const { kind, indicator, ...changes }: IndicatorDiff = {
    kind: "changed",
    indicator: now,
    name: change(old.name, now.name, sameText),
    unit,
    baseline: change(old.baseline, now.baseline, sameBaseline),
    values: valueMoves(old, now, !unit),
    observationsAdded: now.observations.filter((o) => !known.has(observationKey(o))),
    observationsRemoved: old.observations.filter((o) => !kept.has(observationKey(o))),
    targets: targetChanges(old.targets, now.targets),
  };
  return isUnchanged(changes) ? null : { kind, indicator, ...changes };
}

export function diffIndicators(from: ReportIndicator[], to: ReportIndicator[]): IndicatorDiff[] {
  const bare = (kind: IndicatorDiff["kind"], indicator: ReportIndicator): IndicatorDiff => ({
    kind,
    indicator,
    name: null,
    unit: null,
    baseline: null,
    values: [],
    observationsAdded: [],
    observationsRemoved: [],
    targets: [],
  });
  return walk(
    from,
    to,
    (i) => i.key,
    (old, now) => (old ? indicatorChange(old, now) : bare("added", now)),
    (old) => bare("removed", old),
  );
}
