// Projects by lifecycle status, for the stacked bar on overview cards and area pages; an
// item's milestones by status, for its summary on the area page.
import type { LifecycleStatus, MilestoneStatus, ReportMilestone, ReportProject } from "@/lib/report/model";

export const LIFECYCLE_ORDER: LifecycleStatus[] = ["completed", "in_progress", "planned", "suspended", "cancelled"];
export const MILESTONE_ORDER: MilestoneStatus[] = ["completed", "in_progress", "planned", "delayed", "cancelled"];

export type StatusCount<S = LifecycleStatus> = { status: S; count: number };

/** How often each status occurs, in the given order, zeros left out. */
function countInOrder<S>(statuses: Iterable<S>, order: S[]): StatusCount<S>[] {
  const counts = new Map<S, number>();
  for (const s of statuses) counts.set(s, (counts.get(s) ?? 0) + 1);
  return order.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! }));
}

/**
 * Counts in a fixed order, zeros left out. An item listed in two areas (北斗リハビリテーション
 * センター is 1-⑥ and 6-⑦) is one piece of work: in a list holding both it is counted once.
 */
export function countByLifecycle(projects: Pick<ReportProject, "slug" | "lifecycle" | "sameAs">[]): StatusCount[] {
  const seen = new Set<string>();
  const once = projects.filter((p) => {
    if (p.sameAs.some((ref) => seen.has(ref.slug))) return false;
    seen.add(p.slug);
    return true;
  });
  return countInOrder(
    once.map((p) => p.lifecycle),
    LIFECYCLE_ORDER,
  );
}

type Listed = Pick<ReportProject, "slug" | "areaNumber" | "number" | "sameAs">;
type Place = { areaNumber: number; number: number };
/** One piece of work listed in two areas; `bothListed`: both of its places are in the list counted. */
export type SharedItem = { here: Place; there: Place; bothListed: boolean };

/**
 * The items of a list that are also listed in another area, each pair once, so that a count
 * can say why it is smaller than the areas' counts added up (the plan: 44 listed, 42 pieces
 * of work) or that an area's item is also another's.
 */
export function sharedItems(projects: Listed[]): SharedItem[] {
  const listed = new Set(projects.map((p) => p.slug));
  const seen = new Set<string>();
  const out: SharedItem[] = [];
  for (const p of projects) {
    for (const ref of p.sameAs) {
      const pair = [p.slug, ref.slug].sort().join(" ");
      if (seen.has(pair)) continue;
      seen.add(pair);
      out.push({
        here: { areaNumber: p.areaNumber, number: p.number },
        there: { areaNumber: ref.areaNumber, number: ref.number },
        bothListed: listed.has(ref.slug),
      });
    }
  }
  return out;
}

/** An item's milestones by status, done first. */
export const countMilestones = (milestones: Pick<ReportMilestone, "status">[]) =>
  countInOrder(
    milestones.map((m) => m.status),
    MILESTONE_ORDER,
  );

export type Segment<S = LifecycleStatus> = StatusCount<S> & {
  x: number;
  width: number;
  labelInside: boolean;
  iconInside: boolean;
};

/** Segments of a bar `width` wide with `gap` between them (the gap keeps neighbours apart in print). */
export function stackSegments<S = LifecycleStatus>(counts: StatusCount<S>[], width: number, gap = 2): Segment<S>[] {
  const total = counts.reduce((n, c) => n + c.count, 0);
  if (total === 0) return [];
  const usable = width - gap * (counts.length - 1);
  let x = 0;
  return counts.map((c) => {
    const w = Math.round(((usable * c.count) / total) * 10) / 10;
    const segment = { ...c, x: Math.round(x * 10) / 10, width: w, labelInside: w >= 22, iconInside: w >= 52 };
    x += w + gap;
    return segment;
  });
}
