// Status is never colour alone: each state has its own shape, drawn beside its name.
export type StatusShape = "check" | "progress" | "circle" | "warning" | "cross" | "pause" | "dash";

const paths: Record<StatusShape, React.ReactNode> = {
  check: <path d="M4.5 10.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />,
  progress: <><circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="2" /><path d="M10 3a7 7 0 0 1 0 14z" fill="currentColor" /></>,
  circle: <circle cx="10" cy="10" r="7" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2.5" />,
  warning: <><path d="M10 2.5l8 14.5H2z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" /><path d="M10 8v4.2M10 14.4v.1" stroke="currentColor" strokeWidth="2" strokeLinecap="round" /></>,
  cross: <path d="M5 5l10 10M15 5L5 15" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
  pause: <path d="M7 4.5v11M13 4.5v11" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" />,
  dash: <path d="M4.5 10h11" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />,
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

// Each shape is drawn once per page, in the sprite the page frame carries, and every badge
// refers to it: an item page shows dozens of badges, and each copy of the drawing would be
// written twice (in the HTML and in the page's React payload).
const symbolId = (shape: StatusShape) => `status-${shape}`;

/** The shapes, once per page (components/layout/document.tsx). */
export function StatusIconSprite() {
  return (
    <svg aria-hidden="true" focusable="false" width="0" height="0" className="absolute">
      {(Object.keys(paths) as StatusShape[]).map((shape) => (
        <symbol key={shape} id={symbolId(shape)} viewBox="0 0 20 20">{paths[shape]}</symbol>
      ))}
    </svg>
  );
}

export function StatusIcon({ shape }: { shape: StatusShape }) {
  return (
    <svg width="20" height="20" aria-hidden="true" focusable="false" className="shrink-0">
      <use href={`#${symbolId(shape)}`} />
    </svg>
  );
}
