import { describe, expect, it } from "vitest";
import { localize, pick } from "./text";

describe("localize", () => {
  const both = { ja: "木造住宅", en: "Wooden houses" };
  const jaOnly = { ja: "木造住宅", en: null };

  it("gives Japanese readers the Japanese", () => {
    expect(localize(both, "ja")).toEqual({ text: "木造住宅", lang: "ja", untranslated: false });
    expect(localize(jaOnly, "ja")).toEqual({ text: "木造住宅", lang: "ja", untranslated: false });
  });

  it("gives English readers the English", () => {
    expect(localize(both, "en")).toEqual({ text: "Wooden houses", lang: "en", untranslated: false });
  });

  it("falls back to the Japanese, marked as Japanese and untranslated, never a blank", () => {
    for (const en of [null, "", "   "]) {
      expect(localize({ ja: "木造住宅", en }, "en")).toEqual({ text: "木造住宅", lang: "ja", untranslated: true });
      expect(pick({ ja: "木造住宅", en }, "en")).toBe("木造住宅");
    }
  });
});
