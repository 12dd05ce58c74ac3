import type { ReportIndicator, ReportObservation, ReportTarget } from "@/lib/report/model";
import { formatPartialDate, formatPeriod, type Locale } from "./dates";
import { formatDecimal } from "./numbers";
import { pick } from "./text";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** 5,400局 / 5,400 post offices / 18% */
export function withUnit(value: string, indicator: ReportIndicator, locale: Locale): string {
  const n = formatDecimal(value, locale);
  const unit = pick(indicator.unit, locale);
  if (!unit) return n;
  return locale === "ja" || unit === "%" ? `${n}${unit}` : `${n} ${unit}`;
}

/** The value as the report qualifies it: 約5,400局, 200件超. */
export function formatObservation(o: ReportObservation, indicator: ReportIndicator, locale: Locale, t: Translate): string {
  const v = withUnit(o.value, indicator, locale);
  if (o.approximate) return t("approximate", { value: v });
  if (o.lowerBound) return t("lowerBound", { value: v });
  return v;
}

export function formatTarget(target: ReportTarget, indicator: ReportIndicator, locale: Locale, t: Translate): string {
  const v = withUnit(target.value, indicator, locale);
  const value = target.lowerBound ? t("atLeast", { value: v }) : v;
  return target.due ? `${value}（${t("due", { date: formatPartialDate(target.due, locale) })}）` : value;
}

/** When an observation applies: a period (2014年～2020年) or a date (2021年7月末時点). */
export function observationWhen(o: ReportObservation, locale: Locale, t: Translate): string | null {
  if (o.periodStart && o.periodEnd) return formatPeriod(o.periodStart, o.periodEnd, locale);
  const single = o.periodStart ?? o.periodEnd;
  if (single) return formatPartialDate(single, locale);
  if (o.asOf) return t("asOfDate", { date: formatPartialDate(o.asOf, locale) });
  return null;
}
