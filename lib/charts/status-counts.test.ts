import { describe, expect, it } from "vitest";
import type { LifecycleStatus, ProjectRef } from "@/lib/report/model";
import { chartId } from "./ids";
import { countByLifecycle, countMilestones, sharedItems, stackSegments } from "./status-counts";
import { labelStart, textWidthEm } from "./text-fit";

const ref = (slug: string): ProjectRef => ({ slug, areaNumber: 0, number: 0, title: { ja: slug, en: null } });
const p = (slug: string, lifecycle: LifecycleStatus, sameAs: string[] = []) => ({
  slug,
  lifecycle,
  sameAs: sameAs.map(ref),
});

describe("countMilestones", () => {
  it("counts an item's milestones done first, whatever their order, and leaves zeros out", () => {
    const ms = (["planned", "delayed", "completed", "planned", "completed", "completed"] as const).map((status) => ({
      status,
    }));
    expect(countMilestones(ms)).toEqual([
      { status: "completed", count: 3 },
      { status: "planned", count: 2 },
      { status: "delayed", count: 1 },
    ]);
    expect(countMilestones([])).toEqual([]);
  });
});

describe("countByLifecycle", () => {
  it("counts in the fixed order and leaves zeros out", () => {
    const counts = countByLifecycle([p("a", "in_progress"), p("b", "completed"), p("c", "in_progress")]);
    expect(counts).toEqual([
      { status: "completed", count: 1 },
      { status: "in_progress", count: 2 },
    ]);
  });
  it("counts an item listed in two areas once when both are in the list", () => {
    const all = [p("1-6", "in_progress", ["6-7"]), p("2-1", "completed"), p("6-7", "in_progress", ["1-6"])];
    expect(countByLifecycle(all)).toEqual([
      { status: "completed", count: 1 },
      { status: "in_progress", count: 1 },
    ]);
    // In one area's list the twin lives elsewhere: it counts.
    expect(countByLifecycle([all[0]!])).toEqual([{ status: "in_progress", count: 1 }]);
  });
});

describe("sharedItems", () => {
  const at = (areaNumber: number, number: number, sameAs: [number, number][] = []) => ({
    slug: `${areaNumber}-${number}`,
    areaNumber,
    number,
    sameAs: sameAs.map(([a, n]) => ({ slug: `${a}-${n}`, areaNumber: a, number: n, title: { ja: "", en: null } })),
  });
  it("names each item listed in two areas once, both places in the list", () => {
    const plan = [at(1, 6, [[6, 7]]), at(2, 2, [[6, 5]]), at(3, 1), at(6, 5, [[2, 2]]), at(6, 7, [[1, 6]])];
    expect(sharedItems(plan)).toEqual([
      { here: { areaNumber: 1, number: 6 }, there: { areaNumber: 6, number: 7 }, bothListed: true },
      { here: { areaNumber: 2, number: 2 }, there: { areaNumber: 6, number: 5 }, bothListed: true },
    ]);
    // 5 listed, 2 shared: 3 pieces of work, as countByLifecycle counts them.
    expect(countByLifecycle(plan.map((x) => ({ ...x, lifecycle: "in_progress" as const })))).toEqual([
      { status: "in_progress", count: 3 },
    ]);
  });
  it("in one area's list, says which item is also another area's", () => {
    expect(sharedItems([at(1, 5), at(1, 6, [[6, 7]])])).toEqual([
      { here: { areaNumber: 1, number: 6 }, there: { areaNumber: 6, number: 7 }, bothListed: false },
    ]);
    expect(sharedItems([at(3, 1)])).toEqual([]);
  });
});

describe("stackSegments", () => {
  it("splits the width by count with gaps between segments", () => {
    const segs = stackSegments(
      [
        { status: "completed", count: 1 },
        { status: "in_progress", count: 8 },
      ],
      302,
    );
    expect(segs.map((s) => [s.x, s.width])).toEqual([
      [0, 33.3],
      [35.3, 266.7],
    ]);
    expect(segs[0]).toMatchObject({ labelInside: true, iconInside: false });
    expect(segs[1]).toMatchObject({ labelInside: true, iconInside: true });
  });
  it("moves the label of a thin segment outside", () => {
    const segs = stackSegments(
      [
        { status: "completed", count: 1 },
        { status: "in_progress", count: 43 },
      ],
      320,
    );
    expect(segs[0]!.labelInside).toBe(false);
    expect(stackSegments([], 320)).toEqual([]);
  });
});

describe("ids and text fitting", () => {
  it("derives the same id from the same data", () => {
    expect(chartId("x", "a", "b")).toBe(chartId("x", "a", "b"));
    expect(chartId("x", "a", "b")).not.toBe(chartId("x", "ab"));
    expect(chartId("timeline", "m1")).toMatch(/^timeline-[0-9a-z]+$/);
  });
  it("estimates a label's width: full-width characters 1em, others about 0.6em", () => {
    expect(textWidthEm("日本ab")).toBeCloseTo(3.2);
  });
});

describe("labelStart", () => {
  it("keeps a centred label inside the chart", () => {
    expect(labelStart(100, 40, 640)).toBe(80);
    expect(labelStart(5, 40, 640)).toBe(0);
    expect(labelStart(630, 40, 640)).toBe(600);
  });
});
