import { describe, expect, it } from "vitest";
import type { ReportIndicator } from "@/lib/report/model";
import { shiftDecimal, withUnit } from "./indicator";

const indicator = (ja: string, en: string) => ({ unit: { ja, en } }) as ReportIndicator;

describe("values with their units", () => {
  it("moves a decimal point exactly", () => {
    expect(shiftDecimal("21.6", 4)).toBe("216000");
    expect(shiftDecimal("40", 4)).toBe("400000");
    expect(shiftDecimal("0.00015", 4)).toBe("1.5");
    expect(shiftDecimal("-3.25", 4)).toBe("-32500");
  });

  it("keeps 万 in Japanese and writes the number out in English", () => {
    const people = indicator("万人", "×10,000 people");
    expect(withUnit("21.6", people, "ja")).toBe("21.6万人");
    expect(withUnit("21.6", people, "en")).toBe("216,000 people");
  });

  it("puts no space before % and one before English units", () => {
    expect(withUnit("18", indicator("%", "%"), "en")).toBe("18%");
    expect(withUnit("5400", indicator("局", "post offices"), "en")).toBe("5,400 post offices");
    expect(withUnit("5400", indicator("局", "post offices"), "ja")).toBe("5,400局");
  });
});
