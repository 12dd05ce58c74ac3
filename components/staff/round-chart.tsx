import { getTranslations } from "next-intl/server";
import { SvgStatusIcon } from "@/components/report/charts/chart-parts";
import { lifecycleFill } from "@/components/report/charts/palette";
import { ScrollFrame } from "@/components/report/scroll-frame";
import { stackSegments } from "@/lib/charts/status-counts";
import type { RoundCounts } from "@/db/queries/rounds";
import type { ReportStandingKey } from "./round-status";

// A round's reports per area as stacked bars, drawn on the server like the public charts:
// each state has the fill and the icon of the lifecycle status it resembles, so no state
// relies on colour. The table beside it holds the same figures.

const ORDER = ["approved", "changed", "submitted", "returned", "not_started"] as const satisfies ReportStandingKey[];
const LOOK: Record<
  (typeof ORDER)[number],
  {
    fill: (typeof lifecycleFill)[keyof typeof lifecycleFill];
    icon: "check" | "progress" | "circle" | "warning" | "dash";
  }
> = {
  approved: { fill: lifecycleFill.completed, icon: "check" },
  changed: { fill: lifecycleFill.suspended, icon: "progress" },
  submitted: { fill: lifecycleFill.in_progress, icon: "circle" },
  returned: { fill: lifecycleFill.cancelled, icon: "warning" },
  not_started: { fill: lifecycleFill.planned, icon: "dash" },
};
const countOf = (c: RoundCounts, key: (typeof ORDER)[number]) =>
  ({
    approved: c.approved,
    changed: c.changed,
    submitted: c.submitted,
    returned: c.returned,
    not_started: c.notStarted,
  })[key];

const LABEL = 56;
const BAR = 480;
const ROW = 34;

export async function RoundChart({
  rows,
  describedBy,
}: {
  rows: (RoundCounts & { label: string })[];
  describedBy: string;
}) {
  const t = await getTranslations("rounds");
  const width = LABEL + BAR + 60;
  const height = rows.length * ROW + 8;
  const title = t("chartTitle");
  return (
    <ScrollFrame label={title}>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={title}
        aria-describedby={describedBy}
        className="block w-full max-w-3xl min-w-[36rem]"
        data-testid="round-chart"
      >
        <title>{title}</title>
        {rows.map((row, i) => {
          const y = 4 + i * ROW;
          const scaled = BAR * (row.inScope / Math.max(...rows.map((r) => r.inScope), 1));
          const segments = stackSegments(
            ORDER.map((status) => ({ status, count: countOf(row, status) })).filter((s) => s.count > 0),
            scaled,
          );
          const percent = row.inScope ? Math.floor((row.approved / row.inScope) * 100) : 0;
          return (
            <g key={row.label} transform={`translate(0 ${y})`}>
              <text
                x={LABEL - 8}
                y={ROW / 2 + 1}
                textAnchor="end"
                dominantBaseline="middle"
                fontSize={14}
                className="fill-solid-gray-900"
              >
                {row.label}
              </text>
              {segments.map((s) => {
                const look = LOOK[s.status];
                return (
                  <g key={s.status} data-segment={s.status}>
                    <rect
                      x={LABEL + s.x}
                      y={3}
                      width={Math.max(s.width, 1)}
                      height={ROW - 10}
                      className={look.fill.segment}
                    />
                    {s.iconInside && (
                      <SvgStatusIcon
                        shape={look.icon}
                        x={LABEL + s.x + 4}
                        y={ROW / 2 - 9}
                        size={14}
                        className={look.fill.label}
                      />
                    )}
                    {s.labelInside && (
                      <text
                        x={LABEL + s.x + s.width - 5}
                        y={ROW / 2 + 1}
                        textAnchor="end"
                        dominantBaseline="middle"
                        fontSize={12}
                        className={look.fill.label}
                      >
                        {s.count}
                      </text>
                    )}
                  </g>
                );
              })}
              <text
                x={LABEL + scaled + 6}
                y={ROW / 2 + 1}
                dominantBaseline="middle"
                fontSize={12}
                className="fill-solid-gray-900"
              >
                {percent}%
              </text>
            </g>
          );
        })}
      </svg>
    </ScrollFrame>
  );
}
