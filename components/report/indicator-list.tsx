import { getTranslations } from "next-intl/server";
import { chartId } from "@/lib/charts/ids";
import { targetProgress } from "@/lib/charts/progress";
import { extractSeries, hasTimeSeries } from "@/lib/charts/series";
import { formatObservation, formatTarget, observationWhen } from "@/lib/format/indicator";
import { getAppLocale } from "@/lib/format/locale";
import type { Locale } from "@/lib/format/dates";
import { parenthesize, pick } from "@/lib/format/text";
import type { ReportIndicator } from "@/lib/report/model";
import { IndicatorTrend } from "./charts/indicator-trend";
import { TargetProgressList } from "./charts/target-progress";
import { ReportTable } from "./report-table";
import { Localized } from "./localized";

function When({ text, locale }: { text: string | null; locale: Locale }) {
  return text ? <span className="text-solid-gray-700">{parenthesize(text, locale)}</span> : null;
}

export async function IndicatorList({ indicators, title }: { indicators: ReportIndicator[]; title: string }) {
  const t = await getTranslations("indicator");
  const locale = await getAppLocale();
  if (indicators.length === 0) return null;
  // Keys are unique within a project only: the list's title keeps ids apart on an area page.
  const valuesId = (ind: ReportIndicator) => chartId("indicator-values", title, ind.key);
  // Only a value cell that a chart refers to (aria-describedby) needs an id.
  const charted = new Set(indicators.filter((ind) => hasTimeSeries(extractSeries(ind))));
  return (
    <>
      <ReportTable
        caption={t("caption", { title })}
        columns={[t("name"), t("value"), t("target"), t("progress")]}
        testId="indicators"
      >
        {indicators.map((ind) => {
          const progress = targetProgress(ind);
          return (
            <tr key={ind.key}>
              <th scope="row">
                <Localized text={ind.name} locale={locale} />
                <span className="report-note">{t(ind.accumulation)}</span>
              </th>
              <td id={charted.has(ind) ? valuesId(ind) : undefined}>
                <ul>
                  {ind.baseline && (
                    <li>
                      {t("baseline")}: {formatObservation(ind.baseline, ind, locale, t)}
                      <When text={observationWhen(ind.baseline, locale, t)} locale={locale} />
                    </li>
                  )}
                  {ind.observations.map((o, i) => (
                    <li key={i}>
                      {o.breakdown && (
                        <span>
                          <Localized text={o.breakdown} locale={locale} />:{" "}
                        </span>
                      )}
                      <span className="font-bold">{formatObservation(o, ind, locale, t)}</span>
                      <When text={observationWhen(o, locale, t)} locale={locale} />
                      {o.note && (
                        <span className="report-note">
                          <Localized text={o.note} locale={locale} />
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {ind.targets.length === 0 ? (
                  t("noTarget")
                ) : (
                  <ul>
                    {ind.targets.map((tg, i) => (
                      <li key={i}>
                        {tg.breakdown && `${pick(tg.breakdown, locale)}: `}
                        {formatTarget(tg, ind, locale, t)}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="min-w-48">
                {progress.length > 0 ? <TargetProgressList indicator={ind} items={progress} /> : "—"}
              </td>
            </tr>
          );
        })}
      </ReportTable>
      {indicators
        .filter((ind) => charted.has(ind))
        .map((ind) => (
          <IndicatorTrend key={ind.key} indicator={ind} describedBy={valuesId(ind)} />
        ))}
    </>
  );
}
