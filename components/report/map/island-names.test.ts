import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import { SAMPLE } from "@/lib/map/fixture";
import { islandOfLabel, layoutPlacesMap } from "@/lib/map/layout";
import { ISLANDS } from "@/lib/map/territory";

// The islands' names as the map gets them from the messages (places-map.tsx):
// Japanese on the Japanese map, and as the Ministry of Foreign Affairs writes them in English.
describe("the islands' names on the map", () => {
  it("are the Japanese names and MOFA's English names", () => {
    expect(ISLANDS.map((i) => ja.map.islands[i])).toEqual(["択捉島", "国後島", "色丹島", "歯舞群島"]);
    expect(ISLANDS.map((i) => en.map.islands[i])).toEqual([
      "Etorofu Island",
      "Kunashiri Island",
      "Shikotan Island",
      "Habomai Islands",
    ]);
  });

  it.each([
    ["ja", ja],
    ["en", en],
  ] as const)("label the islands on the %s map", (_, messages) => {
    const layout = layoutPlacesMap(SAMPLE, { nameOf: (p) => p.name.ja, islandName: (i) => messages.map.islands[i] });
    const labels = layout.labels.filter((l) => islandOfLabel(l.key));
    expect(labels.map((l) => l.text).sort()).toEqual(ISLANDS.map((i) => messages.map.islands[i]).sort());
  });
});
