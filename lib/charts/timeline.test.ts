import { describe, expect, it } from "vitest";
import { day, fiscalYear, month, year, yearEnd } from "@/lib/domain/partial-date";
import { firstDayOf } from "@/lib/domain/partial-date";
import { dateSpan } from "./dates";
import { isDated, overdueDays, slippageDays, timelineAxis, timelineExtent, timelineRows } from "./timeline";
import { milestone } from "./testing";

const AS_OF = month(2021, 10);

describe("dates as spans", () => {
  it("knows the first and last day each precision allows", () => {
    expect(firstDayOf(fiscalYear(2020))).toBe("2020-04-01");
    expect(firstDayOf(yearEnd(2021))).toBe("2021-12-01");
    const fy = dateSpan(fiscalYear(2020));
    expect(fy.last.toISOString().slice(0, 10)).toBe("2021-03-31");
    expect(fy.mid > fy.first && fy.mid < fy.last).toBe(true);
  });
});

describe("slippageDays", () => {
  it("a milestone planned for 2020 and done in February 2021 slipped at least 32 days", () => {
    expect(slippageDays(year(2020), month(2021, 2))).toBe(32);
  });
  it("done within the span that was planned is on time", () => {
    expect(slippageDays(year(2021), month(2021, 3))).toBe(0);
    expect(slippageDays(fiscalYear(2020), month(2021, 3))).toBe(0);
  });
  it("done before the plan is early (negative)", () => {
    expect(slippageDays(day(2021, 6, 30), day(2021, 6, 1))).toBe(-29);
  });
  it("open work is overdue only once its latest planned day has passed", () => {
    expect(overdueDays(month(2021, 3), AS_OF)).toBe(184);
    expect(overdueDays(year(2021), AS_OF)).toBeNull();
  });
});

describe("timelineRows and layout", () => {
  const rows = timelineRows(
    [
      milestone("slipped", { status: "completed", planned: year(2020), actual: month(2021, 2) }),
      milestone("planned-only", { status: "planned", planned: fiscalYear(2022) }),
      milestone("late", { status: "delayed", planned: month(2021, 3) }),
      milestone("undated", { status: "in_progress" }),
      milestone("cancelled", { status: "cancelled", planned: month(2019, 1) }),
    ],
    AS_OF,
  );

  it("keeps every milestone, undated ones included", () => {
    expect(rows).toHaveLength(5);
    expect(rows.map(isDated)).toEqual([true, true, true, false, true]);
    expect(rows.map((r) => r.slipDays)).toEqual([32, null, null, null, null]);
    expect(rows.map((r) => r.overdueDays)).toEqual([null, null, 184, null, null]);
  });

  it("covers every dated span and the report date", () => {
    const [from, to] = timelineExtent(rows, AS_OF)!;
    expect(from.toISOString().slice(0, 10)).toBe("2019-01-01");
    expect(to.toISOString().slice(0, 10)).toBe("2023-03-31");
    expect(timelineExtent(timelineRows([milestone("x")], AS_OF), AS_OF)).toBeNull();
  });

  it("places planned before actual for a slipped milestone, on whole-year bands that fill the axis", () => {
    const axis = timelineAxis(rows, AS_OF)!;
    expect(axis.pos(rows[0]!.planned!.mid)).toBeLessThan(axis.pos(rows[0]!.actual!.mid));
    expect(axis.years.map((y) => y.year)).toEqual([2019, 2020, 2021, 2022, 2023]);
    expect(axis.years[0]!.from).toBe(0);
    const end = axis.years.at(-1)!;
    expect(end.from + end.width).toBeCloseTo(100, 0);
    for (const r of rows.filter(isDated)) {
      for (const s of [r.planned, r.actual]) {
        if (!s) continue;
        expect(axis.pos(s.first)).toBeGreaterThanOrEqual(0);
        expect(axis.pos(s.last)).toBeLessThanOrEqual(100);
      }
    }
    // The report date (October 2021) falls in the 2021 band.
    const y2021 = axis.years[2]!;
    expect(axis.asOf).toBeGreaterThan(y2021.from);
    expect(axis.asOf).toBeLessThan(y2021.from + y2021.width);
  });
});
