import { describe, expect, it } from "vitest";
import { nextEdition } from "./next-edition";

describe("the next edition proposed to the admin", () => {
  it("is the month after the latest, titled as the seeded edition is", () => {
    expect(nextEdition(["2021-04", "2021-10", "2021-07"])).toEqual({
      period: "2021-11",
      titleJa: "2021年11月現在",
      titleEn: "As of November 2021",
    });
    expect(nextEdition(["2021-12"]).period).toBe("2022-01");
  });

  it("is this month in Japan when there is none", () => {
    // 23:30 on 31 December in UTC is already January in Tokyo.
    expect(nextEdition([], new Date("2026-12-31T23:30:00Z")).period).toBe("2027-01");
  });
});
