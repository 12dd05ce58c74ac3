// Chart colours from the Digital Agency theme, written out in full so that Tailwind finds
// them. Every mark reaches 3:1 on white and every label 4.5:1 on what it sits on; the
// shape (status icon, marker, dash) always carries the meaning too.
import type { LifecycleStatus } from "@/lib/report/model";

/** Stacked status bar: segment fill and the colour of the count and icon drawn on it. */
export const lifecycleFill: Record<LifecycleStatus, { segment: string; label: string }> = {
  completed: { segment: "fill-green-900", label: "fill-white text-white" },
  in_progress: { segment: "fill-blue-1000", label: "fill-white text-white" },
  // Not started yet: an outline, like the dashed circle of its icon.
  planned: { segment: "fill-white stroke-solid-gray-600", label: "fill-solid-gray-900 text-solid-gray-800" },
  suspended: { segment: "fill-orange-900", label: "fill-white text-white" },
  cancelled: { segment: "fill-red-1000", label: "fill-white text-white" },
};

export { STATUS_SHAPES as shapeOf } from "../status-icon";

/** Line chart series: colour, dash and marker differ together, so no series relies on colour. */
export const seriesStyle = [
  { stroke: "stroke-blue-1000", fill: "fill-blue-1000", dash: undefined, marker: "circle" },
  { stroke: "stroke-orange-900", fill: "fill-orange-900", dash: "6 3", marker: "square" },
  { stroke: "stroke-green-900", fill: "fill-green-900", dash: "2 3", marker: "triangle" },
  { stroke: "stroke-magenta-900", fill: "fill-magenta-900", dash: "8 3 2 3", marker: "diamond" },
] as const;

export type MarkerShape = (typeof seriesStyle)[number]["marker"];
export const styleOf = (index: number) => seriesStyle[index % seriesStyle.length]!;
