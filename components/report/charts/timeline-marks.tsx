import type { DateSpan } from "@/lib/charts/dates";
import { isRange, type TimelineAxis, type TimelineRow } from "@/lib/charts/timeline";

// The milestone table's timeline column: each row draws its own planned and actual dates on
// an axis of whole years that every row shares. Positions are percentages, so the marks fit
// whatever width the column gets; the year grid and the report date are the column's
// background (app/globals.css, .timeline-cell), drawn once by CSS rather than in every row.
// The marks repeat what the row's date cells say, so they are hidden from screen readers;
// the delays are also said in words under the table (TimelineSummary).

const RADIUS = 5.5;

/** The custom properties the column's background and year labels are drawn from. */
export function timelineStyle(axis: TimelineAxis): React.CSSProperties {
  return { "--years": axis.years.length, "--as-of": `${axis.asOf}%` } as React.CSSProperties;
}

/** The column's heading: its name, the year labels, and the arrowhead the rows refer to. */
export function TimelineHeading({ axis, label, arrowId }: { axis: TimelineAxis; label: string; arrowId: string }) {
  // More than eight years would crowd the labels: every other one is shown (the bands stay).
  const sparse = axis.years.length > 8;
  return (
    <>
      <span className="pl-1">{label}</span>
      <span aria-hidden="true" className={sparse ? "timeline-years timeline-years-sparse" : "timeline-years"}>
        {axis.years.map((y) => (
          <span key={y.year}>{y.year}</span>
        ))}
      </span>
      <svg width="0" height="0" className="absolute" aria-hidden="true">
        <marker
          id={arrowId}
          viewBox="0 0 8 8"
          refX={8 + RADIUS + 1}
          refY={4}
          markerWidth={8}
          markerHeight={8}
          markerUnits="userSpaceOnUse"
          orient="auto"
        >
          <path d="M0,0L8,4L0,8z" className="fill-orange-900" />
        </marker>
      </svg>
    </>
  );
}

/** A reported date's range, where it was reported as a year, a fiscal year or the like. */
function Range({ span, axis }: { span: DateSpan; axis: TimelineAxis }) {
  const from = axis.pos(span.first);
  return (
    <rect
      x={`${from}%`}
      y={5}
      width={`${Math.max(axis.pos(span.last) - from, 0.1)}%`}
      height={10}
      className="timeline-range"
    />
  );
}

export function TimelineMarks({ row, axis, arrowId }: { row: TimelineRow; axis: TimelineAxis; arrowId: string }) {
  const { planned, actual } = row;
  if (!planned && !actual) return null;
  const at = (d: Date) => `${axis.pos(d)}%`;
  return (
    <svg aria-hidden="true" className="timeline-marks">
      {planned && isRange(planned) && <Range span={planned} axis={axis} />}
      {actual && isRange(actual) && <Range span={actual} axis={axis} />}
      {planned && actual && row.slipDays !== 0 && (
        <line
          x1={at(planned.mid)}
          x2={at(actual.mid)}
          y1={10}
          y2={10}
          markerEnd={`url(#${arrowId})`}
          className="timeline-slip"
        />
      )}
      {planned && row.overdueDays !== null && (
        <line
          x1={at(planned.mid)}
          x2={`${axis.asOf}%`}
          y1={10}
          y2={10}
          markerEnd={`url(#${arrowId})`}
          className="timeline-slip timeline-overdue"
        />
      )}
      {planned && <circle cx={at(planned.mid)} cy={10} r={RADIUS} className="timeline-planned" />}
      {actual && <circle cx={at(actual.mid)} cy={10} r={RADIUS} className="timeline-actual" />}
    </svg>
  );
}
