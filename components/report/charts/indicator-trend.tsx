import { getTranslations } from "next-intl/server";
import { chartId } from "@/lib/charts/ids";
import { lineChartLayout, type LineChartLayout } from "@/lib/charts/line-chart";
import { extractSeries, hasTimeSeries, type Series } from "@/lib/charts/series";
import { labelStart, textWidthEm } from "@/lib/charts/text-fit";
import { formatPartialDate, type Locale } from "@/lib/format/dates";
import { formatObservation, formatTarget, observationWhen, shiftDecimal } from "@/lib/format/indicator";
import { getAppLocale } from "@/lib/format/locale";
import { formatDecimal } from "@/lib/format/numbers";
import { parenthesize, pick } from "@/lib/format/text";
import type { ReportIndicator } from "@/lib/report/model";
import { Marker } from "./chart-parts";
import { styleOf } from "./palette";

const FONT = 12;

/** The axis unit and how far to shift tick values: English has no 万, so 万人 ticks read in people. */
function axisUnit(indicator: ReportIndicator, locale: Locale) {
  const unit = pick(indicator.unit, locale);
  const man = locale === "en" ? /^×10,000 (.+)$/.exec(unit) : null;
  return man ? { unit: man[1]!, shift: 4 } : { unit, shift: 0 };
}

/** Date labels left to right, dropping any that would overlap the one before, and kept inside the chart. */
function XTicks({ layout, locale }: { layout: LineChartLayout; locale: Locale }) {
  let lastEnd = -Infinity;
  return layout.xTicks.map((tick) => {
    const label = formatPartialDate(tick.when, locale);
    const w = textWidthEm(label) * FONT;
    const start = labelStart(tick.x, w, layout.size.width);
    const show = start > lastEnd + 6;
    if (show) lastEnd = start + w;
    return (
      <g key={tick.x}>
        <line x1={tick.x} x2={tick.x} y1={layout.plot.bottom} y2={layout.plot.bottom + 5} className="stroke-solid-gray-800" />
        {show && <text x={start} y={layout.plot.bottom + 20} fontSize={FONT} className="fill-solid-gray-800">{label}</text>}
      </g>
    );
  });
}

/** A line chart of an indicator's dated values, one line per breakdown; null if there is no series. */
export async function IndicatorTrend({ indicator, describedBy }: { indicator: ReportIndicator; describedBy: string }) {
  const series = extractSeries(indicator);
  if (!hasTimeSeries(series)) return null;
  const [t, ti, locale] = await Promise.all([getTranslations("charts.trend"), getTranslations("indicator"), getAppLocale()]);
  const layout = lineChartLayout(series, indicator.targets);
  const { plot, size } = layout;
  const name = pick(indicator.name, locale);
  const { unit, shift } = axisUnit(indicator, locale);
  const seriesName = (s: Series) => (s.breakdown ? pick(s.breakdown, locale) : t("total"));
  const summaryId = chartId("trend-summary", describedBy);
  const aria = t("aria", { name });
  const points = series.flatMap((s) => s.points);
  const point = (p: Series["points"][number]) =>
    t("point", { when: observationWhen(p.observation, locale, ti) ?? formatPartialDate(p.when, locale), value: formatObservation(p.observation, indicator, locale, ti) });

  return (
    <figure className="mt-4">
      <figcaption className="text-std-17B-170">{t("title", { name })}</figcaption>
      {unit && <p className="text-dns-14N-130 text-solid-gray-700">{t("unit", { unit })}</p>}
      {/* Like the report's tables, a narrow screen scrolls sideways rather than shrinking the labels. */}
      <div className="overflow-x-auto">
        <svg viewBox={`0 0 ${size.width} ${size.height}`} width="100%" role="img" aria-label={aria} aria-describedby={`${summaryId} ${describedBy}`} className="block min-w-[26rem] max-w-[30rem]">
          <title>{aria}</title>
          {layout.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="stroke-solid-gray-100" />
              <text x={plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end" fontSize={FONT} className="fill-solid-gray-800">
                {formatDecimal(shiftDecimal(String(tick.value), shift), locale)}
              </text>
            </g>
          ))}
          <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} className="stroke-solid-gray-800" />
          <XTicks layout={layout} locale={locale} />
          {layout.targets.map((tg) => (
            <g key={tg.key}>
              <line x1={plot.left} x2={plot.right} y1={tg.y} y2={tg.y} strokeWidth={1.5} strokeDasharray="5 4" className="stroke-solid-gray-900" />
              <text x={plot.right - 14} y={tg.y - 5} textAnchor="end" fontSize={FONT} className="fill-solid-gray-900">
                {t("target", { breakdown: tg.target.breakdown ? parenthesize(pick(tg.target.breakdown, locale), locale) : "", value: formatTarget(tg.target, indicator, locale, ti) })}
              </text>
              {tg.dueX !== null && <path d={`M${tg.dueX},${tg.y - 6}l6,6l-6,6l-6,-6z`} strokeWidth={1.5} className="fill-white stroke-solid-gray-900" />}
            </g>
          ))}
          {layout.lines.map((line, i) => (
            <g key={line.key}>
              <path d={line.d} fill="none" strokeWidth={2.5} strokeDasharray={styleOf(i).dash} className={styleOf(i).stroke} />
              {line.points.map((p, j) => (
                <g key={j}>
                  <Marker shape={styleOf(i).marker} x={p.x} y={p.y} fill={styleOf(i).fill} stroke={styleOf(i).stroke} hollow={p.observation.approximate} />
                  {p.observation.lowerBound && <path d={`M${p.x},${p.y - 8}v-10M${p.x - 4},${p.y - 14}l4,-4l4,4`} fill="none" strokeWidth={1.5} className="stroke-solid-gray-900" />}
                </g>
              ))}
            </g>
          ))}
        </svg>
      </div>
      <ul className="flex flex-wrap gap-x-4 text-dns-14N-130">
        {series.map((s, i) => (
          <li key={s.key} className="inline-flex items-center gap-1">
            <svg viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
              <line x1={0} x2={28} y1={6} y2={6} strokeWidth={2.5} strokeDasharray={styleOf(i).dash} className={styleOf(i).stroke} />
              <Marker shape={styleOf(i).marker} x={14} y={6} r={4} fill={styleOf(i).fill} stroke={styleOf(i).stroke} />
            </svg>
            {seriesName(s)}
          </li>
        ))}
        {layout.targets.length > 0 && <li>{t("markTarget")}</li>}
        {points.some((p) => p.observation.approximate) && <li>{t("markApprox")}</li>}
        {points.some((p) => p.observation.lowerBound) && <li>{t("markLowerBound")}</li>}
      </ul>
      <ul id={summaryId} className="text-dns-14N-130 mt-1">
        {series.map((s) => {
          const first = s.points[0]!, last = s.points.at(-1)!;
          return (
            <li key={s.key}>
              {s.points.length === 1
                ? t("summarySingle", { series: seriesName(s), point: point(first) })
                : t("summary", { series: seriesName(s), from: point(first), to: point(last), count: s.points.length })}
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
