import { geoContains } from "d3-geo";
import type { Feature, MultiPolygon } from "geojson";
import { describe, expect, it } from "vitest";
import { foreign, territories } from "./outline";
import { crossings, cutAtLatitude, ISLAND_ANCHORS, ISLANDS, SEA_BOUNDARIES } from "./territory";
import type { LonLat } from "./places";

const { japan, russia, undetermined } = territories;
const inJapan = (p: LonLat) => geoContains(japan, p);
const inRussia = (p: LonLat) => geoContains(russia, p);
const inUndetermined = (p: LonLat) => geoContains(undetermined, p);

describe("the territory the map draws, as the Government of Japan draws it", () => {
  // A point on each island, and on three of the Habomai Islands (Shibotsu from the 1:10m outline).
  const islands: [string, LonLat][] = [
    ["Etorofu", [147.7, 45.0]],
    ["Kunashiri", [145.9, 44.1]],
    ["Shikotan", [146.7, 43.8]],
    ["Shibotsu (Habomai)", [146.16, 43.51]],
    ["Suisho (Habomai)", [145.9, 43.44]],
    ["Taraku (Habomai)", [146.32, 43.63]],
  ];

  it.each(islands)("draws %s as Japan's, not Russia's", (_, point) => {
    expect(inJapan(point)).toBe(true);
    expect(inRussia(point)).toBe(false);
    expect(inUndetermined(point)).toBe(false);
  });

  it("anchors each island's name on the island itself", () => {
    for (const island of ISLANDS) expect(inJapan(ISLAND_ANCHORS[island]), island).toBe(true);
  });

  it("keeps Hokkaido, Tokyo and Okinawa Japan's, and Moscow and the land north of Vladivostok Russia's", () => {
    for (const p of [
      [141.35, 43.06],
      [139.69, 35.69],
      [127.68, 26.21],
    ] as LonLat[])
      expect(inJapan(p)).toBe(true);
    for (const p of [
      [37.62, 55.75],
      [132.0, 43.5],
    ] as LonLat[]) {
      expect(inRussia(p)).toBe(true);
      expect(inJapan(p)).toBe(false);
    }
  });

  it("draws the Kurils from Uruppu northwards and Sakhalin south of 50°N as undetermined, north of it as Russia", () => {
    // Uruppu, Paramushir, Shumshu; Yuzhno-Sakhalinsk (46.96°N); Nogliki (51.8°N).
    for (const p of [
      [150.0, 45.9],
      [155.9, 50.4],
      [156.35, 50.75],
      [142.74, 46.96],
    ] as LonLat[]) {
      expect(inUndetermined(p), String(p)).toBe(true);
      expect(inRussia(p), String(p)).toBe(false);
      expect(inJapan(p), String(p)).toBe(false);
    }
    expect(inRussia([142.95, 51.8])).toBe(true);
    expect(inUndetermined([142.95, 51.8])).toBe(false);
    // Kamchatka stays Russia's.
    expect(inRussia([158.65, 53.02])).toBe(true);
  });

  it("draws boundary lines at sea that cross no land, and one along 50°N across Sakhalin", () => {
    const all: Feature<MultiPolygon>[] = [japan, russia, undetermined];
    for (const line of SEA_BOUNDARIES) {
      const [[x0, y0], [x1, y1]] = line as [LonLat, LonLat];
      for (let t = 0; t <= 1; t += 0.02) {
        const p: LonLat = [x0 + t * (x1 - x0), y0 + t * (y1 - y0)];
        for (const land of all) expect(geoContains(land, p), `${line} at ${p}`).toBe(false);
      }
    }
    const sakhalin = territories.boundaries
      .map((b) => b.geometry.coordinates)
      .filter((c) => c.every(([, lat]) => lat === 50));
    expect(sakhalin).toHaveLength(1);
    const [west, east] = sakhalin[0]!.map(([lon]) => lon!);
    expect(west).toBeGreaterThan(141.5);
    expect(east).toBeLessThan(144.5);
  });

  it("draws no boundary between the Northern Territories and Hokkaido", () => {
    // No boundary line comes within the Nemuro Strait, the Habomai and Shikotan waters.
    for (const b of territories.boundaries) {
      for (const [lon, lat] of b.geometry.coordinates)
        expect(lon! > 145 && lon! < 148.8 && lat! > 43 && lat! < 45.2).toBe(false);
    }
  });

  it("leaves Japan's islands and the undetermined land out of the other countries' layer", () => {
    for (const [, point] of islands) expect(geoContains(foreign, point)).toBe(false);
    for (const p of [
      [150.0, 45.9],
      [142.74, 46.96],
    ] as LonLat[])
      expect(geoContains(foreign, p)).toBe(false);
    // Russia (Moscow, northern Sakhalin) and its neighbours (Beijing, Seoul) are in it.
    for (const p of [
      [37.62, 55.75],
      [142.95, 51.8],
      [116.4, 39.9],
      [126.98, 37.57],
    ] as LonLat[])
      expect(geoContains(foreign, p), String(p)).toBe(true);
  });

  it("cuts a polygon along a parallel into two pieces that meet on it", () => {
    const square = [
      [
        [0, 0],
        [2, 0],
        [2, 2],
        [0, 2],
        [0, 0],
      ],
    ];
    expect(crossings(square, 1)).toEqual([
      [0, 1],
      [2, 1],
    ]);
    expect(cutAtLatitude(square, 1, "south")[0]).toEqual([
      [0, 0],
      [2, 0],
      [2, 1],
      [0, 1],
      [0, 0],
    ]);
    expect(cutAtLatitude(square, 1, "north")[0]).toEqual([
      [2, 1],
      [2, 2],
      [0, 2],
      [0, 1],
      [2, 1],
    ]);
  });
});
