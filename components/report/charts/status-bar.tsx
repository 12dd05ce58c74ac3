import { getTranslations } from "next-intl/server";
import { ScrollFrame } from "../scroll-frame";
import { stackSegments, type StatusCount } from "@/lib/charts/status-counts";
import { getAppLocale } from "@/lib/format/locale";
import { DataDetails, SvgStatusIcon } from "./chart-parts";
import { lifecycleFill, shapeOf } from "./palette";

const WIDTH = 320;
const BAR = 28;

/**
 * Items by lifecycle status as one stacked bar. Segments follow the legend's order (the
 * badges beside it, `describedBy`), carry their count and, where there is room, the status
 * icon; white gaps keep neighbouring segments apart in greyscale print.
 */
export async function StatusBar({
  counts,
  describedBy,
  label,
}: {
  counts: StatusCount[];
  describedBy: string;
  label: string;
}) {
  const [t, tl, locale] = await Promise.all([
    getTranslations("charts.status"),
    getTranslations("lifecycle"),
    getAppLocale(),
  ]);
  const segments = stackSegments(counts, WIDTH);
  if (segments.length === 0) return null;
  const height = segments.every((s) => s.labelInside) ? BAR : BAR + 18;
  const total = counts.reduce((n, c) => n + c.count, 0);
  const list = counts
    .map((c) => t("count", { status: tl(c.status), count: c.count }))
    .join(locale === "ja" ? "、" : ", ");
  const aria = t("aria", { label, counts: list, total });
  // Never drawn narrower than its own width (its count labels stay 12 px): on the narrowest
  // phones it scrolls inside its frame.
  return (
    <ScrollFrame label={aria}>
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        role="img"
        aria-label={aria}
        aria-describedby={describedBy}
        className="block max-w-md min-w-[20rem]"
        data-testid="status-bar"
      >
        <title>{aria}</title>
        {segments.map((s) => {
          const colours = lifecycleFill[s.status];
          const outlined = s.status === "planned";
          const cx = s.x + s.width / 2;
          return (
            <g key={s.status}>
              <rect
                x={s.x + (outlined ? 0.75 : 0)}
                y={outlined ? 0.75 : 0}
                width={s.width - (outlined ? 1.5 : 0)}
                height={BAR - (outlined ? 1.5 : 0)}
                strokeWidth={outlined ? 1.5 : 0}
                strokeDasharray={outlined ? "4 3" : undefined}
                className={colours.segment}
              />
              {s.labelInside ? (
                <g className={colours.label}>
                  {s.iconInside && <SvgStatusIcon shape={shapeOf[s.status]} x={cx - 19} y={BAR / 2 - 8} />}
                  <text
                    x={s.iconInside ? cx + 1 : cx}
                    y={BAR / 2}
                    dy="0.35em"
                    textAnchor={s.iconInside ? "start" : "middle"}
                    fontSize={14}
                    fontWeight="bold"
                  >
                    {s.count}
                  </text>
                </g>
              ) : (
                <text
                  x={Math.max(4, Math.min(WIDTH - 4, cx))}
                  y={BAR + 14}
                  textAnchor="middle"
                  fontSize={12}
                  className="fill-solid-gray-900"
                >
                  {s.count}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <DataDetails
        summary={t("showTable", { label })}
        caption={t("caption", { label })}
        columns={[t("status"), t("items")]}
        rows={counts.map((c) => ({ key: c.status, header: tl(c.status), cells: [String(c.count)] }))}
      />
    </ScrollFrame>
  );
}
