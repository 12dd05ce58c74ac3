import { describe, expect, it } from "vitest";
import {
  day,
  fiscalYear,
  lateMonth,
  lastDayOf,
  month,
  monthEnd,
  withinYear,
  year,
  yearEnd,
  type PartialDate,
} from "./partial-date";
import { lastDayOf as reExported } from "@/lib/validation/partial-date";

describe("lastDayOf", () => {
  it.each<[string, PartialDate, string]>([
    ["a day", day(2021, 10, 5), "2021-10-05"],
    ["a month", month(2021, 2), "2021-02-28"],
    ["下旬", lateMonth(2020, 2), "2020-02-29"],
    ["月末", monthEnd(2021, 4), "2021-04-30"],
    ["a year", year(2021), "2021-12-31"],
    ["年末", yearEnd(2021), "2021-12-31"],
    ["年内", withinYear(2021), "2021-12-31"],
    ["年度 (to March of the next year)", fiscalYear(2021), "2022-03-31"],
  ])("of %s", (_, date, last) => expect(lastDayOf(date)).toBe(last));

  it("is still exported where forms and checks import it from", () => expect(reExported).toBe(lastDayOf));
});
