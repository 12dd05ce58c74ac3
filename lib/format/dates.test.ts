import { describe, expect, it } from "vitest";
import {
  day,
  fiscalYear,
  fiscalYearOf,
  lateMonth,
  month,
  monthEnd,
  withinYear,
  year,
  yearEnd,
} from "@/lib/domain/partial-date";
import { eraYear, formatEra, formatPartialDate, formatPeriod } from "./dates";
import { formatDecimal } from "./numbers";

describe("reported dates keep their precision", () => {
  it.each([
    [day(2018, 12, 18), "2018年12月18日", "18 December 2018"],
    [month(2021, 2), "2021年2月", "February 2021"],
    [lateMonth(2019, 6), "2019年6月下旬", "late June 2019"],
    [monthEnd(2021, 7), "2021年7月末", "end of July 2021"],
    [year(2021), "2021年", "2021"],
    [yearEnd(2020), "2020年末", "end of 2020"],
    [withinYear(2021), "2021年内", "within 2021"],
    [fiscalYear(2020), "2020年度", "FY2020"],
  ])("%o", (pd, ja, en) => {
    expect(formatPartialDate(pd, "ja")).toBe(ja);
    expect(formatPartialDate(pd, "en")).toBe(en);
  });

  it("month ends are the real last day", () => {
    expect(monthEnd(2021, 2).date).toBe("2021-02-28");
    expect(monthEnd(2020, 2).date).toBe("2020-02-29");
  });

  it("rejects impossible dates", () => {
    expect(() => day(2021, 2, 29)).toThrow(RangeError);
    expect(() => month(2021, 13)).toThrow(RangeError);
    expect(() => year(99)).toThrow(RangeError);
  });

  it("joins a period without repeating itself", () => {
    expect(formatPeriod(fiscalYear(2014), fiscalYear(2021), "ja")).toBe("2014年度～2021年度");
    expect(formatPeriod(year(2020), year(2020), "ja")).toBe("2020年");
  });
});

describe("fiscal years run from 1 April to 31 March", () => {
  it.each([
    ["2020-03-31", 2019],
    ["2020-04-01", 2020],
    ["2021-03-31", 2020],
    ["2021-12-31", 2021],
  ])("%s is in FY%i", (date, fy) => expect(fiscalYearOf(date)).toBe(fy));
});

describe("Japanese era", () => {
  it("writes the report date as 令和3年10月", () => expect(formatEra(month(2021, 10))).toBe("令和3年10月"));
  it("writes the first year of an era as 元年", () => {
    expect(eraYear("2019-05-01")).toBe("令和元年");
    expect(eraYear("2019-04-30")).toBe("平成31年");
  });
  it("names a fiscal year by the era of its calendar year: FY2019 is 令和元年度", () => {
    expect(formatEra(fiscalYear(2019))).toBe("令和元年度");
    expect(formatEra(fiscalYear(2021))).toBe("令和3年度");
  });
});

describe("numbers", () => {
  it("use thousands separators and stay exact", () => {
    expect(formatDecimal("1399", "ja")).toBe("1,399");
    expect(formatDecimal("21.6", "ja")).toBe("21.6");
    expect(formatDecimal("12345678901234567.25", "en")).toBe("12,345,678,901,234,567.25");
  });
});
