import type { ReportIndicator, ReportObservation, ReportTarget } from "@/lib/report/model";
import { formatPartialDate, formatPeriod, type Locale } from "./dates";
import { formatDecimal } from "./numbers";
import { parenthesize, pick } from "./text";

/** The "indicator" messages these read: any translator of that namespace will do. */
type Translate = (
  key: "approximate" | "lowerBound" | "atLeast" | "due" | "asOfDate",
  values: Record<string, string | number>,
) => string;

/** Multiplies a decimal string by 10^places exactly, by moving its point. */
export function shiftDecimal(value: string, places: number): string {
  const negative = value.startsWith("-");
  const [int = "0", frac = ""] = (negative ? value.slice(1) : value).split(".");
  const digits = int + frac.padEnd(places, "0");
  const point = int.length + places;
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const rest = digits.slice(point).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${rest ? `.${rest}` : ""}`;
}

/** 5,400局 / 5,400 post offices / 18%; 21.6万人 reads 216,000 people in English. */
export function withUnit(value: string, indicator: ReportIndicator, locale: Locale): string {
  let unit = pick(indicator.unit, locale);
  // English has no 万: a unit "×10,000 people" is written out.
  const man = locale === "en" ? /^×10,000 (.+)$/.exec(unit) : null;
  if (man) {
    value = shiftDecimal(value, 4);
    unit = man[1]!;
  }
  const n = formatDecimal(value, locale);
  if (!unit) return n;
  return locale === "ja" || unit === "%" ? `${n}${unit}` : `${n} ${unit}`;
}

/** The value as the report qualifies it: 約5,400局, 200件超. */
export function formatObservation(
  o: ReportObservation,
  indicator: ReportIndicator,
  locale: Locale,
  t: Translate,
): string {
  const v = withUnit(o.value, indicator, locale);
  if (o.approximate) return t("approximate", { value: v });
  if (o.lowerBound) return t("lowerBound", { value: v });
  return v;
}

export function formatTarget(target: ReportTarget, indicator: ReportIndicator, locale: Locale, t: Translate): string {
  const v = withUnit(target.value, indicator, locale);
  const value = target.lowerBound ? t("atLeast", { value: v }) : v;
  return target.due
    ? `${value}${parenthesize(t("due", { date: formatPartialDate(target.due, locale) }), locale)}`
    : value;
}

/** When an observation applies: a period (2014年～2020年) or a date (2021年7月末時点). */
export function observationWhen(o: ReportObservation, locale: Locale, t: Translate): string | null {
  if (o.periodStart && o.periodEnd) return formatPeriod(o.periodStart, o.periodEnd, locale);
  const single = o.periodStart ?? o.periodEnd;
  if (single) return formatPartialDate(single, locale);
  if (o.asOf) return t("asOfDate", { date: formatPartialDate(o.asOf, locale) });
  return null;
}
