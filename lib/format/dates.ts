import { fiscalYearOf, parts, type PartialDate } from "@/lib/domain/partial-date";

export type Locale = "ja" | "en";

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** A reported date at exactly its precision: 2019年6月下旬 / late June 2019, 2020年度 / FY2020. */
export function formatPartialDate(pd: PartialDate, locale: Locale): string {
  const { y, m, d } = parts(pd);
  if (locale === "ja") {
    switch (pd.precision) {
      case "day":
        return `${y}年${m}月${d}日`;
      case "month":
        return `${y}年${m}月`;
      case "month_late":
        return `${y}年${m}月下旬`;
      case "month_end":
        return `${y}年${m}月末`;
      case "year":
        return `${y}年`;
      case "year_end":
        return `${y}年末`;
      case "within_year":
        return `${y}年内`;
      case "fiscal_year":
        return `${fiscalYearOf(pd.date)}年度`;
    }
  }
  const monthName = EN_MONTHS[m - 1];
  switch (pd.precision) {
    case "day":
      return `${d} ${monthName} ${y}`;
    case "month":
      return `${monthName} ${y}`;
    case "month_late":
      return `late ${monthName} ${y}`;
    case "month_end":
      return `end of ${monthName} ${y}`;
    case "year":
      return `${y}`;
    case "year_end":
      return `end of ${y}`;
    case "within_year":
      return `within ${y}`;
    case "fiscal_year":
      return `FY${fiscalYearOf(pd.date)}`;
  }
}

/** A span of two reported dates; the second drops what it shares with the first. */
export function formatPeriod(start: PartialDate, end: PartialDate, locale: Locale): string {
  const a = formatPartialDate(start, locale);
  const b = formatPartialDate(end, locale);
  if (a === b) return a;
  return locale === "ja" ? `${a}～${b}` : `${a} – ${b}`;
}

const eraFormat = new Intl.DateTimeFormat("ja-JP-u-ca-japanese", { timeZone: "UTC", era: "long", year: "numeric" });

/** The Japanese era year of an ISO date, e.g. 令和3年 (the first year is 元年). */
export function eraYear(isoDate: string): string {
  return eraFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The era form of a reported date: 令和3年10月, 令和2年度. */
export function formatEra(pd: PartialDate): string {
  const { y, m, d } = parts(pd);
  switch (pd.precision) {
    case "day":
      return `${eraYear(pd.date)}${m}月${d}日`;
    case "month":
    case "month_late":
    case "month_end":
      return `${eraYear(pd.date)}${m}月`;
    // A fiscal year takes the era of its calendar year's end: FY2019 is 令和元年度, though
    // April 2019 was still 平成.
    case "fiscal_year":
      return `${eraYear(`${fiscalYearOf(pd.date)}-12-31`)}度`;
    default:
      return eraYear(`${y}-12-31`);
  }
}
