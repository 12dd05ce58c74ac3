import { describe, expect, it } from "vitest";
import { day, lateMonth, month, monthEnd, year } from "@/lib/domain/partial-date";
import { latestByBreakdown } from "@/lib/report/observations";
import { percentTowards, progressBar, targetProgress } from "./progress";
import { indicator, obs, target } from "./testing";

const AS_OF = month(2021, 10);

describe("percentTowards", () => {
  it("gives tenths of a percent", () => {
    expect(percentTowards("23", "180")).toBe(12.8);
    expect(percentTowards("778", "400")).toBe(194.5);
    expect(percentTowards("1", "3")).toBe(33.3);
  });
  it("refuses a missing or non-positive target", () => {
    expect(percentTowards("5", "0")).toBeNull();
    expect(percentTowards("5", "abc")).toBeNull();
  });
});

describe("targetProgress", () => {
  it("Kazan houses: 23 of 180, cumulative, is 12.8% and not achieved", () => {
    const [p] = targetProgress(
      indicator({ accumulation: "cumulative", targets: [target("180")], observations: [obs("23", { asOf: AS_OF })] }),
    );
    expect(p).toMatchObject({ mode: "progress", percent: 12.8, achieved: false });
    expect(progressBar(p!)).toMatchObject({ targetX: 192, valueX: 24.6, overflow: false });
  });

  it("Sakhalin tours: 778 for the period the target of 400 was for is 194.5%, capped with an overflow mark", () => {
    const ind = indicator({
      accumulation: "per_period",
      targets: [target("400", { due: monthEnd(2019, 9) })],
      observations: [obs("778", { periodStart: lateMonth(2019, 6), periodEnd: monthEnd(2019, 9) })],
    });
    const [p] = targetProgress(ind);
    expect(p).toMatchObject({ mode: "progress", percent: 194.5, achieved: true });
    const bar = progressBar(p!);
    expect(bar.valueX).toBe(bar.targetX);
    expect(bar.overflow).toBe(true);
  });

  it("a per-period value for another period is compared, not turned into a share", () => {
    const ind = indicator({
      accumulation: "per_period",
      targets: [target("500", { due: year(2023) })],
      observations: [obs("153", { periodStart: month(2020, 4), periodEnd: month(2021, 3) })],
    });
    expect(targetProgress(ind)[0]).toMatchObject({ mode: "compare", percent: null, reason: "per_period" });
  });

  it("visitor exchange: a lower-bound target of 40 (万人) by 2023 with nothing reported yet", () => {
    const ind = indicator({
      accumulation: "per_period",
      unit: { ja: "万人", en: "×10,000 people" },
      targets: [
        target("20", { due: year(2023), lowerBound: true, breakdown: { ja: "日本側", en: "Japanese side" } }),
        target("40", { due: year(2023), lowerBound: true }),
      ],
    });
    const ps = targetProgress(ind);
    expect(ps.map((p) => p.mode)).toEqual(["no_value", "no_value"]);
    expect(progressBar(ps[1]!)).toMatchObject({ valueX: 0, targetLowerBound: true });
  });

  it("a lower-bound value that reaches the target has certainly reached it; an approximate one is flagged", () => {
    const lower = targetProgress(
      indicator({ targets: [target("200")], observations: [obs("200", { lowerBound: true, asOf: AS_OF })] }),
    )[0]!;
    expect(lower).toMatchObject({ percent: 100, achieved: true });
    expect(progressBar(lower).lowerBound).toBe(true);
    const approx = targetProgress(
      indicator({ targets: [target("100")], observations: [obs("60", { approximate: true, asOf: AS_OF })] }),
    )[0]!;
    expect(progressBar(approx)).toMatchObject({ approximate: true, overflow: false });
  });

  it("matches targets and values by breakdown, and shows no share for a decrease", () => {
    const ind = indicator({
      direction: "decrease",
      targets: [target("10", { breakdown: { ja: "派遣", en: null } })],
      observations: [obs("8", { asOf: AS_OF, breakdown: { ja: "派遣", en: null } }), obs("50", { asOf: AS_OF })],
    });
    expect(targetProgress(ind)[0]).toMatchObject({
      mode: "compare",
      reason: "decrease",
      achieved: true,
      latest: { value: "8" },
    });
  });

  it("skips qualitative indicators and non-numeric targets", () => {
    expect(targetProgress(indicator({ measure: "qualitative", targets: [target("1")] }))).toEqual([]);
    expect(targetProgress(indicator({ targets: [target("0")] }))).toEqual([]);
  });
});

describe("latestByBreakdown", () => {
  it("takes the latest date per breakdown, whatever the listed order", () => {
    const recv = { ja: "受入れ", en: null },
      sent = { ja: "派遣", en: null };
    const latest = latestByBreakdown([
      obs("30", { asOf: day(2020, 5, 1), breakdown: recv }),
      obs("10", { asOf: day(2019, 5, 1), breakdown: recv }),
      obs("7", { asOf: day(2019, 5, 1), breakdown: sent }),
    ]);
    expect(latest.get("受入れ")?.value).toBe("30");
    expect(latest.get("派遣")?.value).toBe("7");
  });
});
