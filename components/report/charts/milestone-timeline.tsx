import { getTranslations } from "next-intl/server";
import { chartId, milestoneTableId } from "@/lib/charts/ids";
import type { DateSpan } from "@/lib/charts/dates";
import { fitText, labelStart, textWidthEm } from "@/lib/charts/text-fit";
import { isDated, TIMELINE, timelineLayout, timelineRows, type TimelineLayout } from "@/lib/charts/timeline";
import type { PartialDate } from "@/lib/dates/partial-date";
import { formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { ReportMilestone } from "@/lib/report/model";
import { SvgStatusIcon } from "./chart-parts";
import { milestoneTone, shapeOf } from "./palette";
import { TimelineLegend, TimelineSummary } from "./timeline-text";

const FONT = 13;
const MONTH_MS = 31 * 86_400_000;

/** The end of an arrow stopped short of the mark it points at, so that the head stays visible. */
const stopShort = (from: number, to: number, by = 7) => (Math.abs(to - from) <= by ? to : to - Math.sign(to - from) * by);

/** A reported date as a mark; a date reported as a year or fiscal year also shows its range. */
function DateMark({ span, x, y, hollow }: { span: DateSpan; x: TimelineLayout["x"]; y: number; hollow: boolean }) {
  const wide = span.last.getTime() - span.first.getTime() > MONTH_MS;
  return (
    <>
      {wide && <path d={`M${x(span.first)},${y - 4}v8M${x(span.first)},${y}H${x(span.last)}M${x(span.last)},${y - 4}v8`} strokeWidth={1.5} className="stroke-solid-gray-536" />}
      <circle cx={x(span.mid)} cy={y} r={5.5} strokeWidth={2} className={hollow ? "fill-white stroke-solid-gray-800" : "fill-blue-1000 stroke-blue-1000"} />
    </>
  );
}

/** Planned against actual dates of a project's milestones; the MilestoneTable holds the same data. */
export async function MilestoneTimeline({ milestones, title, asOf }: { milestones: ReportMilestone[]; title: string; asOf: PartialDate }) {
  const rows = timelineRows(milestones, asOf);
  const layout = timelineLayout(rows, asOf);
  // Without a single date there is nothing to place on an axis; the table lists them all.
  if (!layout) return null;
  const [t, ts, locale] = await Promise.all([getTranslations("charts.timeline"), getTranslations("milestoneStatus"), getAppLocale()]);
  const { x, width, height } = layout;
  const id = chartId("timeline", ...milestones.map((m) => m.id));
  const aria = t("aria", { title });
  const arrow = `${id}-arrow`;
  const asOfLabel = t("asOf", { date: formatPartialDate(asOf, locale) });
  const last = layout.trackY(rows.length - 1) + 12;

  return (
    <figure className="mt-2" data-testid="milestone-timeline">
      <figcaption className="text-std-17B-170">{t("title", { title })}</figcaption>
      <TimelineLegend rows={rows} />
      {/* Like the report's tables, a narrow screen scrolls sideways rather than shrinking the labels. */}
      <div className="overflow-x-auto">
        <svg viewBox={`0 0 ${width} ${height}`} width="100%" role="img" aria-label={aria} aria-describedby={`${id}-summary ${milestoneTableId(milestones)}`} className="block min-w-[36rem] max-w-[40rem]">
          <title>{aria}</title>
          <defs>
            <marker id={arrow} viewBox="0 0 8 8" refX={7} refY={4} markerWidth={7} markerHeight={7} orient="auto">
              <path d="M0,0L8,4L0,8z" className="fill-orange-900" />
            </marker>
          </defs>
          {layout.ticks.map((tick) => (
            <g key={tick.x}>
              <line x1={tick.x} x2={tick.x} y1={TIMELINE.top} y2={last} className="stroke-solid-gray-100" />
              <line x1={tick.x} x2={tick.x} y1={last} y2={last + 5} className="stroke-solid-gray-800" />
              <text x={labelStart(tick.x, textWidthEm(formatPartialDate(tick.when, locale)) * 12, width)} y={last + 19} fontSize={12} className="fill-solid-gray-800">{formatPartialDate(tick.when, locale)}</text>
            </g>
          ))}
          <line x1={0} x2={width} y1={last} y2={last} className="stroke-solid-gray-800" />
          <line x1={layout.asOfX} x2={layout.asOfX} y1={TIMELINE.top - 6} y2={last} strokeWidth={1.5} strokeDasharray="4 3" className="stroke-solid-gray-700" />
          <text x={layout.asOfX} y={TIMELINE.top - 10} fontSize={12} textAnchor={layout.asOfX > width / 2 ? "end" : "start"} className="fill-solid-gray-800">{asOfLabel}</text>
          {rows.map((row, i) => {
            const m = row.milestone;
            const y = layout.trackY(i);
            const status = ts(m.status);
            const label = pick(m.title, locale);
            return (
              <g key={m.id}>
                <title>{`${status}${locale === "ja" ? "：" : ": "}${label}`}</title>
                <SvgStatusIcon shape={shapeOf[m.status]} x={0} y={layout.rowTop(i) + 2} className={milestoneTone[m.status]} />
                <text x={20} y={layout.rowTop(i) + 15} fontSize={FONT} className="fill-solid-gray-900">
                  <tspan fontWeight="bold" className={milestoneTone[m.status]}>{status}</tspan>
                  <tspan dx={8}>{fitText(label, (width - 28) / FONT - textWidthEm(status) - 1)}</tspan>
                </text>
                {!isDated(row) && <text x={TIMELINE.inset} y={y + 4} fontSize={12} className="fill-solid-gray-700">{t("noDate")}</text>}
                {row.planned && row.actual && row.slipDays !== 0 && (
                  <line x1={x(row.planned.mid)} x2={stopShort(x(row.planned.mid), x(row.actual.mid))} y1={y} y2={y} strokeWidth={2.5} markerEnd={`url(#${arrow})`} className="stroke-orange-900" />
                )}
                {row.planned && row.overdueDays !== null && (
                  <line x1={x(row.planned.mid)} x2={layout.asOfX} y1={y} y2={y} strokeWidth={2.5} strokeDasharray="5 3" markerEnd={`url(#${arrow})`} className="stroke-orange-900" />
                )}
                {row.planned && <DateMark span={row.planned} x={x} y={y} hollow />}
                {row.actual && <DateMark span={row.actual} x={x} y={y} hollow={false} />}
              </g>
            );
          })}
        </svg>
      </div>
      <TimelineSummary id={`${id}-summary`} rows={rows} asOf={asOf} />
    </figure>
  );
}
