import { describe, expect, it } from "vitest";
import { fiscalYear, month, year } from "@/lib/domain/partial-date";
import { lineChartLayout, thin } from "./line-chart";
import { extractSeries, hasTimeSeries } from "./series";
import { indicator, obs, target } from "./testing";

const recv = { ja: "受入れ", en: "Incoming" };
const sent = { ja: "派遣", en: "Outgoing" };

const exchange = indicator({
  targets: [target("2000", { due: year(2023), breakdown: recv })],
  observations: [
    obs("1507", { periodStart: year(2014), periodEnd: year(2020), breakdown: sent }),
    obs("1399", { periodStart: year(2014), periodEnd: year(2020), breakdown: recv }),
    obs("600", { periodStart: year(2014), periodEnd: year(2017), breakdown: recv }),
    obs("700", { periodStart: year(2014), periodEnd: year(2017), breakdown: sent }),
    obs("5", { breakdown: sent }), // undated: left to the table
  ],
});

describe("extractSeries", () => {
  it("gives one series per breakdown, in date order, without undated values", () => {
    const series = extractSeries(exchange);
    expect(series.map((s) => s.key)).toEqual(["派遣", "受入れ"]);
    expect(series[0]!.points.map((p) => p.value)).toEqual([700, 1507]);
    expect(series[1]!.points.map((p) => p.when.date)).toEqual(["2017-01-01", "2020-01-01"]);
    // A value for 2014–2020 was known by the end of 2020.
    expect(series[1]!.points[1]!.time.toISOString()).toBe("2020-12-31T00:00:00.000Z");
    expect(hasTimeSeries(series)).toBe(true);
  });

  it("needs two different dates in one series", () => {
    const one = indicator({
      observations: [
        obs("1399", { periodEnd: year(2020), breakdown: recv }),
        obs("1507", { periodEnd: year(2020), breakdown: sent }),
      ],
    });
    expect(hasTimeSeries(extractSeries(one))).toBe(false);
  });

  it("starts a line at the baseline", () => {
    const ind = indicator({
      baseline: obs("100", { asOf: fiscalYear(2016) }),
      observations: [obs("564", { periodEnd: fiscalYear(2019) })],
    });
    expect(extractSeries(ind)[0]!.points.map((p) => p.value)).toEqual([100, 564]);
  });
});

describe("lineChartLayout", () => {
  const layout = lineChartLayout(extractSeries(exchange), exchange.targets);

  it("draws a line per series within the plot, higher values higher up", () => {
    expect(layout.lines).toHaveLength(2);
    const [a, b] = layout.lines[0]!.points;
    expect(a!.x).toBeLessThan(b!.x);
    expect(b!.y).toBeLessThan(a!.y);
    expect(layout.lines[0]!.d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    for (const p of layout.lines.flatMap((l) => l.points)) {
      expect(p.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(p.x).toBeLessThanOrEqual(layout.plot.right);
    }
  });

  it("ticks the x axis at the reported dates and the y axis from zero past the target", () => {
    expect(layout.xTicks.map((t) => t.when)).toEqual([year(2017), year(2020)]);
    expect(layout.yTicks[0]!.value).toBe(0);
    expect(layout.yTicks.at(-1)!.value).toBeGreaterThanOrEqual(2000);
  });

  it("draws the target of the matching breakdown with its due date on the axis", () => {
    expect(layout.targets).toHaveLength(1);
    expect(layout.targets[0]).toMatchObject({ key: "受入れ", value: 2000 });
    expect(layout.targets[0]!.dueX).toBeCloseTo(layout.plot.right - 10, 0);
  });

  it("thins long tick lists, keeping both ends", () => {
    expect(thin([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4)).toEqual([1, 4, 7, 10]);
    expect(thin([month(2020, 1)], 6)).toHaveLength(1);
  });
});
