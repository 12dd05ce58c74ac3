import { lastDayOf, type PartialDate } from "@/lib/domain/partial-date";
import type { AddedRemoved, Change, MilestoneDiff, MilestoneChangeKind } from "./diff-types";
import type { LocalizedText, ReportMilestone, ReportProgress } from "./model";

// The pieces of a report diff below the project: milestones, keyed lists, and the
// comparisons of texts, dates and numbers that the indicators (diff-indicators.ts) share.

export const sameText = (a: LocalizedText | null, b: LocalizedText | null) => a?.ja === b?.ja && a?.en === b?.en;

export const dateKey = (d: PartialDate | null) => (d ? `${d.date}/${d.precision}` : "");
export const sameDate = (a: PartialDate | null, b: PartialDate | null) => dateKey(a) === dateKey(b);

/** Notes carry no id: one is the same note when its date and Japanese text are. */
export const noteKey = (p: ReportProgress) => `${dateKey(p.date)}|${p.text.ja}`;

export const change = <T>(from: T, to: T, same: (a: T, b: T) => boolean = Object.is): Change<T> | null =>
  same(from, to) ? null : { from, to };

/**
 * Whether a diff's fields hold no change: each is null, an empty list, or a group of empty
 * lists. A Change ({from, to}) is a change. Checked field by field rather than by name so
 * that a field added to a diff cannot be forgotten here and its change go unreported.
 */
export function isUnchanged(fields: object): boolean {
  return Object.values(fields).every(
    (v: unknown) =>
      v === null || (Array.isArray(v) ? v.length === 0 : typeof v === "object" && !("from" in v) && isUnchanged(v)),
  );
}

export function addedAndRemoved<T>(from: T[], to: T[], key: (item: T) => string): AddedRemoved<T> {
  const before = new Set(from.map(key));
  const after = new Set(to.map(key));
  return { added: to.filter((x) => !before.has(key(x))), removed: from.filter((x) => !after.has(key(x))) };
}

/** The items in both editions (by key) that are no longer the `same`, in the newer order. */
export function changedByKey<T>(
  from: T[],
  to: T[],
  key: (item: T) => string,
  same: (a: T, b: T) => boolean,
): Change<T>[] {
  const before = new Map(from.map((x) => [key(x), x]));
  return to.flatMap((now) => {
    const old = before.get(key(now));
    return old && !same(old, now) ? [{ from: old, to: now }] : [];
  });
}

/** Each item of `to` in order, beside its namesake in `from` (if any); then those only in `from`. */
export function walk<T, R>(
  from: T[],
  to: T[],
  key: (item: T) => string,
  visit: (old: T | undefined, now: T) => R | null,
  gone: (old: T) => R,
): R[] {
  const before = new Map(from.map((x) => [key(x), x]));
  const after = new Set(to.map(key));
  return [
    ...to.flatMap((x) => visit(before.get(key(x)), x) ?? []),
    ...from.filter((x) => !after.has(key(x))).map(gone),
  ];
}

// A planned date moves later when the last day it allows does: 2021年内 → 2022年3月 slips,
// 2021年内 → 2021年12月 is the same deadline said more precisely.
function shift(planned: Change<PartialDate | null>): number {
  if (!planned.from || !planned.to) return 0;
  const a = lastDayOf(planned.from),
    b = lastDayOf(planned.to);
  return a < b ? 1 : a > b ? -1 : 0;
}

function milestoneChange(old: ReportMilestone, now: ReportMilestone): MilestoneDiff | null {
  const title = change(old.title, now.title, sameText);
  const status = change(old.status, now.status);
  const planned = change(old.planned, now.planned, sameDate);
  const actual = change(old.actual, now.actual, sameDate);
  if (!title && !status && !planned && !actual) return null;
  const moved = planned ? shift(planned) : 0;
  const kind: MilestoneChangeKind =
    status?.to === "completed"
      ? "completed"
      : moved > 0 || status?.to === "delayed"
        ? "slipped"
        : status
          ? "status"
          : moved < 0
            ? "earlier"
            : planned || actual
              ? "redated"
              : "renamed";
  return { kind, milestone: now, title, status, planned, actual };
}

export function diffMilestones(from: ReportMilestone[], to: ReportMilestone[]): MilestoneDiff[] {
  const bare = (kind: MilestoneChangeKind, milestone: ReportMilestone): MilestoneDiff => ({
    kind,
    milestone,
    title: null,
    status: null,
    planned: null,
    actual: null,
  });
  return walk(
    from,
    to,
    (m) => m.id,
    (old, now) => (old ? milestoneChange(old, now) : bare("added", now)),
    (old) => bare("removed", old),
  );
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

/** a − b exactly (values are `numeric` in the database, never floats); null unless both are decimals. */
export function decimalDifference(a: string, b: string): string | null {
  const x = DECIMAL.exec(a.trim()),
    y = DECIMAL.exec(b.trim());
  if (!x || !y) return null;
  const scale = Math.max(x[3]?.length ?? 0, y[3]?.length ?? 0);
  const scaled = (m: RegExpExecArray) => BigInt(`${m[1]}${m[2]}${(m[3] ?? "").padEnd(scale, "0")}`);
  const d = scaled(x) - scaled(y);
  const digits = (d < 0n ? -d : d).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, "");
  return `${d < 0n ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}

export const sameValue = (a: string, b: string) => (decimalDifference(a, b) ?? (a === b ? "0" : null)) === "0";
