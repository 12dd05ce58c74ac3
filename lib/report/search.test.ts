import { describe, expect, it } from "vitest";
import { useSeededReport } from "@/db/testing/seeded-report";
import { normalise, parseSearchParams, searchReport, type SearchQuery } from "./search";

const codes = (list: { areaNumber: number; number: number }[]) => list.map((p) => `${p.areaNumber}-${p.number}`);

describe("search terms", () => {
  it("folds width, case and kana, and drops spaces", () => {
    expect(normalise("ＴＯＹＯＴＡ　トヨタ")).toBe("toyotaとよた");
    expect(normalise("Wooden Houses")).toBe("woodenhouses");
  });

  it("keeps what the URL says when it is valid and drops what is not", () => {
    expect(
      parseSearchParams({
        q: "  木造住宅 ",
        area: "2",
        lifecycle: "completed",
        side: "ru",
        org: "toyota",
        place: "vladivostok",
      }),
    ).toEqual({
      q: "木造住宅",
      area: 2,
      lifecycle: "completed",
      confidence: undefined,
      org: "toyota",
      side: "ru",
      place: "vladivostok",
    });
    expect(
      parseSearchParams({
        area: "abc",
        lifecycle: "done",
        confidence: ["on_track", "x"],
        org: "<script>",
        q: ["a", "b"],
      }),
    ).toEqual({
      q: "a",
      area: undefined,
      lifecycle: undefined,
      confidence: "on_track",
      org: undefined,
      side: undefined,
      place: undefined,
    });
  });
});

describe("searching the seeded report", () => {
  const seeded = useSeededReport();
  const find = (query: Partial<SearchQuery>) => codes(searchReport(seeded.report, { q: "", ...query }));

  it("finds items by Japanese words in titles, notes, organisations and places", () => {
    // The report gives the Vladivostok houses under area 2 and again under area 6.
    expect(find({ q: "木造住宅" })).toEqual(["2-2", "6-5"]);
    expect(find({ q: "トヨタ" })).toEqual(["5-2"]);
    expect(find({ q: "とよた" })).toEqual(find({ q: "トヨタ" }));
    const vladivostok = find({ q: "ウラジオストク" });
    expect(vladivostok).toContain("2-2");
    expect(vladivostok.length).toBeGreaterThan(3);
  });

  it("finds the same items by their English text", () => {
    expect(find({ q: "wooden houses" })).toEqual(["2-2", "6-5"]);
    expect(find({ q: "Toyota" })).toEqual(find({ q: "トヨタ" }));
  });

  it("needs every word, and combines words with filters", () => {
    expect(find({ q: "ウラジオストク 木造住宅" })).toEqual(["2-2", "6-5"]);
    expect(find({ q: "木造住宅", area: 6 })).toEqual(["6-5"]);
    expect(find({ q: "ウラジオストク", area: 2 }).every((c) => c.startsWith("2-"))).toBe(true);
    expect(find({ q: "木造住宅", area: 3 })).toEqual([]);
    expect(find({ org: "toyota" })).toEqual(find({ q: "トヨタ自動車" }));
  });

  it("filters by status, side and place", () => {
    const all = find({});
    expect(all).toHaveLength(44);
    const completed = find({ lifecycle: "completed" });
    expect(completed.length).toBeLessThan(all.length);
    for (const p of searchReport(seeded.report, { q: "", lifecycle: "completed" }))
      expect(p.lifecycle).toBe("completed");
    for (const p of searchReport(seeded.report, { q: "", side: "ru" }))
      expect(p.organizations.some((o) => o.side === "ru")).toBe(true);
    const place = seeded.report.areas[1]!.projects[1]!.locations[0]!;
    expect(find({ place: place.key })).toContain("2-2");
  });
});
