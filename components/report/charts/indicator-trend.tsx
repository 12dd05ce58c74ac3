import { Fragment } from "react";
import { ScrollFrame } from "../scroll-frame";
import { getTranslations } from "next-intl/server";
import { chartId } from "@/lib/charts/ids";
import { LINE_CHART_SIZE, lineChartLayout, type LineChartLayout } from "@/lib/charts/line-chart";
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
/** The drawing for a desktop's column (from the lg width up), beside the phone's 480 px one. */
const WIDE = { ...LINE_CHART_SIZE, width: 960, height: 260 };

/** The axis unit and how far to shift tick values: English has no 万, so 万人 ticks read in people. */
function axisUnit(indicator: ReportIndicator, locale: Locale) {
  const unit = pick(indicator.unit, locale);
  const man = locale === "en" ? /^×10,000 (.+)$/.exec(unit) : null;
  return man ? { unit: man[1]!, shift: 4 } : { unit, shift: 0 };
}

/** Date labels left to right, dropping any that would overlap the one before, and kept inside the chart. */
function xLabels(layout: LineChartLayout, locale: Locale) {
  const labels: { x: number; start: number; text: string }[] = [];
  let lastEnd = -Infinity;
  for (const tick of layout.xTicks) {
    const text = formatPartialDate(tick.when, locale);
    const w = textWidthEm(text) * FONT;
    const start = labelStart(tick.x, w, layout.size.width);
    if (start <= lastEnd + 6) continue;
    lastEnd = start + w;
    labels.push({ x: tick.x, start: Math.round(start * 10) / 10, text });
  }
  return labels;
}

function XTicks({ layout, locale }: { layout: LineChartLayout; locale: Locale }) {
  const { plot } = layout;
  // The axis and its ticks as one path, the labels sharing one style: an item page may hold a dozen charts.
  return (
    <>
      <path
        d={`M${plot.left},${plot.bottom}H${plot.right}${layout.xTicks.map((tick) => `M${tick.x},${plot.bottom}v5`).join("")}`}
        className="stroke-solid-gray-800"
      />
      <g fontSize={FONT} className="fill-solid-gray-800">
        {xLabels(layout, locale).map((l) => (
          <text key={l.x} x={l.start} y={plot.bottom + 20}>
            {l.text}
          </text>
        ))}
      </g>
    </>
  );
}

/** A line chart of an indicator's dated values, one line per breakdown; null if there is no series. */
export async function IndicatorTrend({ indicator, describedBy }: { indicator: ReportIndicator; describedBy: string }) {
  const series = extractSeries(indicator);
  if (!hasTimeSeries(series)) return null;
  const [t, ti, locale] = await Promise.all([
    getTranslations("charts.trend"),
    getTranslations("indicator"),
    getAppLocale(),
  ]);
  const narrow = lineChartLayout(series, indicator.targets);
  const wide = lineChartLayout(series, indicator.targets, WIDE);
  const name = pick(indicator.name, locale);
  const { unit, shift } = axisUnit(indicator, locale);
  const seriesName = (s: Series) => (s.breakdown ? pick(s.breakdown, locale) : t("total"));
  const summaryId = chartId("trend-summary", describedBy);
  const aria = t("aria", { name });
  const points = series.flatMap((s) => s.points);
  const point = (p: Series["points"][number]) =>
    t("point", {
      when: observationWhen(p.observation, locale, ti) ?? formatPartialDate(p.when, locale),
      value: formatObservation(p.observation, indicator, locale, ti),
    });

  const drawing = (layout: LineChartLayout, className: string) => {
    const { plot, size } = layout;
    return (
      <svg
        viewBox={`0 0 ${size.width} ${size.height}`}
        width="100%"
        role="img"
        aria-label={aria}
        aria-describedby={`${summaryId} ${describedBy}`}
        className={className}
      >
        <title>{aria}</title>
        <path
          d={layout.yTicks.map((tick) => `M${plot.left},${tick.y}H${plot.right}`).join("")}
          className="stroke-solid-gray-100"
        />
        {/* 4 is about 0.32em of the 12 px labels: centred on their grid line. */}
        <g fontSize={FONT} textAnchor="end" className="fill-solid-gray-800">
          {layout.yTicks.map((tick) => (
            <text key={tick.value} x={plot.left - 6} y={Math.round((tick.y + 4) * 10) / 10}>
              {formatDecimal(shiftDecimal(String(tick.value), shift), locale)}
            </text>
          ))}
        </g>
        <XTicks layout={layout} locale={locale} />
        {layout.targets.map((tg) => (
          <g key={tg.key}>
            <line
              x1={plot.left}
              x2={plot.right}
              y1={tg.y}
              y2={tg.y}
              strokeWidth={1.5}
              strokeDasharray="5 4"
              className="stroke-solid-gray-900"
            />
            <text x={plot.right - 14} y={tg.y - 5} textAnchor="end" fontSize={FONT} className="fill-solid-gray-900">
              {t("target", {
                breakdown: tg.target.breakdown ? parenthesize(pick(tg.target.breakdown, locale), locale) : "",
                value: formatTarget(tg.target, indicator, locale, ti),
              })}
            </text>
            {tg.dueX !== null && (
              <path
                d={`M${tg.dueX},${tg.y - 6}l6,6l-6,6l-6,-6z`}
                strokeWidth={1.5}
                className="fill-white stroke-solid-gray-900"
              />
            )}
          </g>
        ))}
        {layout.lines.map((line, i) => (
          <g key={line.key}>
            <path
              d={line.d}
              fill="none"
              strokeWidth={2.5}
              strokeDasharray={styleOf(i).dash}
              className={styleOf(i).stroke}
            />
            {line.points.map((p, j) => (
              <Fragment key={j}>
                <Marker
                  shape={styleOf(i).marker}
                  x={p.x}
                  y={p.y}
                  fill={styleOf(i).fill}
                  stroke={styleOf(i).stroke}
                  hollow={p.observation.approximate}
                />
                {p.observation.lowerBound && (
                  <path
                    d={`M${p.x},${p.y - 8}v-10M${p.x - 4},${p.y - 14}l4,-4l4,4`}
                    fill="none"
                    strokeWidth={1.5}
                    className="stroke-solid-gray-900"
                  />
                )}
              </Fragment>
            ))}
          </g>
        ))}
      </svg>
    );
  };

  return (
    <figure className="mt-4">
      <figcaption className="text-std-17B-170">{t("title", { name })}</figcaption>
      {unit && <p className="text-dns-14N-130 text-solid-gray-700">{t("unit", { unit })}</p>}
      {/* Never drawn narrower than its own width, so its 12 px labels stay 12 px: a narrow
          screen scrolls it sideways, starting from the latest values (chart-scroll); a wide
          one gets a drawing laid out for its width. */}
      <ScrollFrame className="chart-scroll lg:hidden" label={aria}>
        {drawing(narrow, "mr-auto block w-full min-w-[30rem] max-w-[45rem]")}
      </ScrollFrame>
      <div className="hidden lg:block">{drawing(wide, "block w-full min-w-[60rem]")}</div>
      <ul className="flex flex-wrap gap-x-4 text-dns-14N-130">
        {series.map((s, i) => (
          <li key={s.key} className="inline-flex items-center gap-1">
            <svg viewBox="0 0 28 12" width="28" height="12" aria-hidden="true">
              <line
                x1={0}
                x2={28}
                y1={6}
                y2={6}
                strokeWidth={2.5}
                strokeDasharray={styleOf(i).dash}
                className={styleOf(i).stroke}
              />
              <Marker shape={styleOf(i).marker} x={14} y={6} r={4} fill={styleOf(i).fill} stroke={styleOf(i).stroke} />
            </svg>
            {seriesName(s)}
          </li>
        ))}
        {narrow.targets.length > 0 && <li>{t("markTarget")}</li>}
        {points.some((p) => p.observation.approximate) && <li>{t("markApprox")}</li>}
        {points.some((p) => p.observation.lowerBound) && <li>{t("markLowerBound")}</li>}
      </ul>
      <ul id={summaryId} className="mt-1 text-dns-14N-130">
        {series.map((s) => {
          const first = s.points[0]!,
            last = s.points.at(-1)!;
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
