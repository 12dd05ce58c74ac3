import { geoDistance } from "d3-geo";
import { describe, expect, it } from "vitest";
import { areas } from "@/db/seed/data";
import { PLACES, project, report, SAMPLE } from "./fixture";
import { islandOfLabel, layoutPlacesMap } from "./layout";
import { groupPlaces, type LonLat } from "./places";
import { regionOf, regionsWithPlaces } from "./regions";

const nameOf = (p: { name: { ja: string } }) => p.name.ja;
const islandName = (island: string) => `島:${island}`;

describe("the map's regions", () => {
  it("puts each place in the region a reader would look for it in", () => {
    const cases: [string, LonLat, ReturnType<typeof regionOf>][] = [
      ["Vladivostok", [131.9, 43.1], "far-east"],
      ["Yuzhno-Sakhalinsk", [142.7, 46.96], "far-east"],
      ["Petropavlovsk-Kamchatsky", [158.65, 53.02], "far-east"],
      ["Ust-Kut", [105.77, 56.79], "far-east"],
      ["Provideniya, across 180°", [-173.23, 64.42], "far-east"],
      ["Moscow", [37.62, 55.75], "west"],
      ["Novosibirsk", [82.92, 55.03], "west"],
      ["Tokyo", [139.69, 35.69], "japan"],
      ["Sapporo", [141.35, 43.06], "japan"],
      ["Kunashiri Island", [145.9, 44.0], "japan"],
      ["Naha", [127.68, 26.21], "japan"],
      ["Berlin", [13.4, 52.52], null],
    ];
    for (const [name, point, region] of cases) expect(regionOf(point), name).toBe(region);
  });

  it("offers only the regions that have places", () => {
    expect(regionsWithPlaces(groupPlaces(SAMPLE))).toEqual(["far-east", "west", "japan"]);
    expect(regionsWithPlaces(groupPlaces(report([project(1, 1, [PLACES.moscow, PLACES.allRussia])])))).toEqual([
      "west",
    ]);
  });

  it("draws a region with its places only, numbered as on the whole map, and lists only them", () => {
    const whole = layoutPlacesMap(SAMPLE, { nameOf, islandName });
    const farEast = layoutPlacesMap(SAMPLE, { nameOf, islandName, region: "far-east" });
    expect(farEast.markers.map((m) => m.key).sort()).toEqual(["sakhalin", "vladivostok"]);
    expect(farEast.places.map((p) => p.key).sort()).toEqual(["sakhalin", "vladivostok"]);
    for (const m of farEast.markers) expect(m.number).toBe(whole.markers.find((w) => w.key === m.key)!.number);
    // Closer: the same two places lie farther apart than on the whole map.
    const gap = (l: typeof whole) => {
      const [a, b] = ["sakhalin", "vladivostok"].map((k) => l.markers.find((m) => m.key === k)!);
      return Math.hypot(a!.x - b!.x, a!.y - b!.y);
    };
    expect(gap(farEast)).toBeGreaterThan(2 * gap(whole));
    const japan = layoutPlacesMap(SAMPLE, { nameOf, islandName, region: "japan" });
    expect(japan.markers.map((m) => m.key).sort()).toEqual(["hokuto", "niigata-port"]);
    expect(japan.islands.map((i) => i.island)).toEqual(["etorofu", "kunashiri", "shikotan", "habomai"]);
  });

  it("keeps the land around a place in the frame: a region's hundreds of kilometres, a city's coast", () => {
    const kamchatka = report([
      project(1, 1, [["kamchatka", "カムチャツカ地方", "Kamchatka Krai", "region", 53.02, 158.65], PLACES.vladivostok]),
    ]);
    const layout = layoutPlacesMap(kamchatka, { nameOf, islandName });
    const [marker, vladivostok] = ["kamchatka", "vladivostok"].map((k) => layout.markers.find((m) => m.key === k)!);
    const km = geoDistance([158.65, 53.02], [131.9, 43.1]) * 6371;
    const pxPerKm = Math.hypot(marker!.x - vladivostok!.x, marker!.y - vladivostok!.y) / km;
    // Its 500 km north and east are inside the frame (a little less, for the projection's stretch).
    expect(marker!.y / pxPerKm).toBeGreaterThan(450);
    expect((layout.width - marker!.x) / pxPerKm).toBeGreaterThan(450);
  });

  it("shows and names the Northern Territories wherever Hokkaido is on the map, in either language", () => {
    // The October 2021 report's places, from Moscow to Kamchatka, with the English names (the longer).
    const seed = report(
      areas.flatMap((a) =>
        a.items.map((item) =>
          project(
            a.number,
            item.number,
            item.locations.map((l) => [l.key, l.name.ja, l.name.en ?? l.name.ja, l.kind, l.lat, l.lon] as const),
          ),
        ),
      ),
    );
    const names = {
      etorofu: "Etorofu Island",
      kunashiri: "Kunashiri Island",
      shikotan: "Shikotan Island",
      habomai: "Habomai Islands",
    };
    for (const islandName of [(island: keyof typeof names) => names[island], (island: string) => `島:${island}`]) {
      const layout = layoutPlacesMap(seed, { nameOf, islandName });
      expect(layout.islands.map((i) => i.island)).toEqual(["etorofu", "kunashiri", "shikotan", "habomai"]);
      // …and each is named on the map.
      expect(layout.labels.filter((l) => islandOfLabel(l.key))).toHaveLength(4);
    }
  });
});
