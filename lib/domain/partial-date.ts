// Dates in the report come at many precisions (a day, a month, 下旬, 年末, 年内, 年度…).
// A PartialDate keeps the precision beside an ISO date so that nothing is shown more
// precisely than it was reported. The ISO date is the point the precision anchors to,
// chosen so that sorting by it follows the report's own order of events.

export const DATE_PRECISIONS = [
  "day",
  "month",
  "month_late", // 下旬
  "month_end", // 月末
  "year",
  "year_end", // 年末
  "within_year", // 年内 (by the end of the year)
  "fiscal_year", // 年度: 1 April – 31 March
] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export type PartialDate = { date: string; precision: DatePrecision };

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDayOfMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function checkYear(y: number) {
  if (!Number.isInteger(y) || y < 1900 || y > 2200) throw new RangeError(`year out of range: ${y}`);
}
function checkMonth(y: number, m: number) {
  checkYear(y);
  if (!Number.isInteger(m) || m < 1 || m > 12) throw new RangeError(`month out of range: ${m}`);
}

export const day = (y: number, m: number, d: number): PartialDate => {
  checkMonth(y, m);
  if (!Number.isInteger(d) || d < 1 || d > lastDayOfMonth(y, m))
    throw new RangeError(`day out of range: ${y}-${m}-${d}`);
  return { date: iso(y, m, d), precision: "day" };
};
export const month = (y: number, m: number): PartialDate => (
  checkMonth(y, m),
  { date: iso(y, m, 1), precision: "month" }
);
export const lateMonth = (y: number, m: number): PartialDate => (
  checkMonth(y, m),
  { date: iso(y, m, 21), precision: "month_late" }
);
export const monthEnd = (y: number, m: number): PartialDate => (
  checkMonth(y, m),
  { date: iso(y, m, lastDayOfMonth(y, m)), precision: "month_end" }
);
export const year = (y: number): PartialDate => (checkYear(y), { date: iso(y, 1, 1), precision: "year" });
export const yearEnd = (y: number): PartialDate => (checkYear(y), { date: iso(y, 12, 31), precision: "year_end" });
export const withinYear = (y: number): PartialDate => (
  checkYear(y),
  { date: iso(y, 12, 31), precision: "within_year" }
);
export const fiscalYear = (y: number): PartialDate => (checkYear(y), { date: iso(y, 4, 1), precision: "fiscal_year" });

export function parts(pd: PartialDate) {
  const [y, m, d] = pd.date.split("-").map(Number) as [number, number, number];
  return { y, m, d };
}

/** The fiscal year (年度) a calendar date falls in: April to March. */
export function fiscalYearOf(isoDate: string): number {
  const [y, m] = isoDate.split("-").map(Number) as [number, number];
  return m >= 4 ? y : y - 1;
}

/** The earliest day a partial date allows: 2021年度 → 2021-04-01, 2021年内 → 2021-01-01. */
export function firstDayOf(pd: PartialDate): string {
  const { y, m } = parts(pd);
  switch (pd.precision) {
    case "day":
    case "month_late":
    case "month_end":
      return pd.date;
    case "month":
      return iso(y, m, 1);
    case "year":
    case "within_year":
      return `${y}-01-01`;
    // 年末 is read as December: the report uses it for "by the end of the year".
    case "year_end":
      return `${y}-12-01`;
    case "fiscal_year":
      return `${y}-04-01`;
  }
}

/** The last day a partial date allows: 2021年度 → 2022-03-31, 2021年10月 → 2021-10-31. */
export function lastDayOf(pd: PartialDate): string {
  const { y, m } = parts(pd);
  switch (pd.precision) {
    case "day":
    case "month_end":
      return pd.date;
    case "month":
    case "month_late":
      return monthEnd(y, m).date;
    case "fiscal_year":
      return `${y + 1}-03-31`;
    default:
      return `${y}-12-31`;
  }
}

/** The precision field that goes with a date field of a record: plannedDate → plannedPrecision, asOf → asOfPrecision. */
export const precisionFieldOf = (field: string) => `${field.replace(/Date$/, "")}Precision`;
