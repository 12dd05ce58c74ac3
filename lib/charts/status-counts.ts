// Projects by lifecycle status, for the stacked bar on overview cards and area pages.
import type { LifecycleStatus, ReportProject } from "@/lib/report/model";

export const LIFECYCLE_ORDER: LifecycleStatus[] = ["completed", "in_progress", "planned", "suspended", "cancelled"];

export type StatusCount = { status: LifecycleStatus; count: number };

/**
 * Counts in a fixed order, zeros left out. An item listed in two areas (北斗リハビリテーション
 * センター is 1-⑥ and 6-⑦) is one piece of work: in a list holding both it is counted once.
 */
export function countByLifecycle(projects: Pick<ReportProject, "slug" | "lifecycle" | "sameAs">[]): StatusCount[] {
  const seen = new Set<string>();
  const counts = new Map<LifecycleStatus, number>();
  for (const p of projects) {
    if (p.sameAs.some((ref) => seen.has(ref.slug))) continue;
    seen.add(p.slug);
    counts.set(p.lifecycle, (counts.get(p.lifecycle) ?? 0) + 1);
  }
  return LIFECYCLE_ORDER.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! }));
}

export type Segment = StatusCount & { x: number; width: number; labelInside: boolean; iconInside: boolean };

/** Segments of a bar `width` wide with `gap` between them (the gap keeps neighbours apart in print). */
export function stackSegments(counts: StatusCount[], width: number, gap = 2): Segment[] {
  const total = counts.reduce((n, c) => n + c.count, 0);
  if (total === 0) return [];
  const usable = width - gap * (counts.length - 1);
  let x = 0;
  return counts.map((c) => {
    const w = Math.round((usable * c.count) / total * 10) / 10;
    const segment = { ...c, x: Math.round(x * 10) / 10, width: w, labelInside: w >= 22, iconInside: w >= 52 };
    x += w + gap;
    return segment;
  });
}
