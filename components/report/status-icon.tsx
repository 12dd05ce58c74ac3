import { shortHash } from "@/lib/charts/ids";
// Status is never colour alone: each state has its own shape, drawn beside its name.
export type StatusShape = "check" | "progress" | "circle" | "warning" | "cross" | "pause" | "dash";

// Each shape in a 20×20 box, drawn in currentColor so that it takes the colour of its text.
const SHAPES: Record<StatusShape, string> = {
  check:
    '<path d="M4.5 10.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>',
  progress:
    '<circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" stroke-width="2"/><path d="M10 3a7 7 0 0 1 0 14z" fill="currentColor"/>',
  circle: '<circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2.5"/>',
  warning:
    '<path d="M10 2.5l8 14.5H2z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/><path d="M10 8v4.2M10 14.4v.1" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>',
  cross: '<path d="M5 5l10 10M15 5L5 15" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>',
  pause: '<path d="M7 4.5v11M13 4.5v11" stroke="currentColor" stroke-width="2.4" stroke-linecap="round"/>',
  dash: '<path d="M4.5 10h11" stroke="currentColor" stroke-width="2.2" stroke-linecap="round"/>',
};

/** Which shape stands for which status, on every scale (lifecycle, milestone, confidence). */
export const STATUS_SHAPES = {
  completed: "check",
  in_progress: "progress",
  planned: "circle",
  delayed: "warning",
  cancelled: "cross",
  suspended: "pause",
  on_track: "check",
  at_risk: "warning",
  off_track: "cross",
  not_assessed: "dash",
} as const satisfies Record<string, StatusShape>;

// The shapes live in one small SVG file (app/status-icons.svg/route.ts) that every badge
// refers to: an item page shows dozens of badges, and a drawing in the page would be sent
// twice with every page (in the HTML and in its React payload). The address carries a hash
// of the shapes, so a browser may keep the file for good and still never show old ones.
const SPRITE = `<svg xmlns="http://www.w3.org/2000/svg">${(Object.keys(SHAPES) as StatusShape[])
  .map((shape) => `<symbol id="${shape}" viewBox="0 0 20 20">${SHAPES[shape]}</symbol>`)
  .join("")}</svg>`;

/** The sprite file's content (served by app/status-icons.svg). */
export const statusSprite = () => SPRITE;

const version = shortHash(SPRITE);

/** The address of a shape in the sprite, for a <use> (a badge's icon or one inside a chart). */
export const statusSymbolHref = (shape: StatusShape) => `/status-icons.svg?v=${version}#${shape}`;

export function StatusIcon({ shape }: { shape: StatusShape }) {
  return (
    <svg width="20" height="20" aria-hidden="true" className="shrink-0">
      <use href={statusSymbolHref(shape)} />
    </svg>
  );
}
