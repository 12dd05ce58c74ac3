import { describe, expect, it } from "vitest";
import { PLACES, project, report } from "./fixture";
import { groupMarkers, numberList } from "./groups";
import { layoutPlacesMap } from "./layout";

const nameOf = (p: { name: { ja: string } }) => p.name.ja;
const islandName = (island: string) => `島:${island}`;
const at = (key: string, number: number, count: number, x: number, y: number, r = 6) => ({
  key,
  number,
  count,
  x,
  y,
  r,
});

describe("markers that fall on each other", () => {
  it("are grouped while anything drawn touches anything else; the busiest leads and gives the point", () => {
    const groups = groupMarkers([
      at("moscow", 1, 11, 100, 100, 10),
      at("tver", 22, 1, 112, 100),
      at("klin", 23, 1, 119, 100), // clear of Moscow, but not of the ring Moscow and Tver make
      at("vladivostok", 2, 12, 700, 400, 10),
    ]);
    expect(groups).toEqual([
      { key: "group:moscow", members: ["moscow", "tver", "klin"], numbers: [1, 22, 23], x: 100, y: 100, r: 12 },
    ]);
    expect(groupMarkers([at("a", 1, 1, 0, 0), at("b", 2, 1, 20, 0)])).toEqual([]);
    // Two groups whose rings would touch become one.
    const rings = groupMarkers([at("a", 1, 5, 0, 0), at("b", 2, 1, -8, 0), at("c", 3, 4, 18, 0), at("d", 4, 1, 26, 0)]);
    expect(rings.map((g) => g.members)).toEqual([["a", "c", "b", "d"]]);
  });

  it("are numbered as a reader scans them", () => {
    expect(numberList([25, 1, 22, 23, 24])).toBe("1, 22–25");
    expect(numberList([3, 4])).toBe("3, 4");
    expect(numberList([7])).toBe("7");
  });

  it("are drawn as one group in the layout, which no drawn marker overlaps, and labelled once", () => {
    const near = layoutPlacesMap(
      report([
        project(1, 1, [PLACES.moscow, PLACES.vladivostok]),
        project(1, 2, [PLACES.moscow, ["moscow-oblast", "モスクワ州", "Moscow Oblast", "region", 55.6, 37.3]]),
        project(1, 3, [PLACES.sakhalin]),
      ]),
      { nameOf, islandName, groupNameOf: (main, n) => `${main.name.ja}ほか${n - 1}か所` },
    );
    expect(near.groups).toHaveLength(1);
    const [group] = near.groups;
    expect(group!.members).toEqual(["moscow", "moscow-oblast"]);
    expect(near.markers.filter((m) => m.group === group!.key).map((m) => m.key)).toEqual(["moscow", "moscow-oblast"]);
    const drawn = [
      ...near.markers.filter((m) => !m.group),
      ...near.groups.map((g) => ({ key: g.key, x: g.x, y: g.y, r: g.r })),
    ];
    for (const a of drawn)
      for (const b of drawn)
        if (a.key < b.key)
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.key} ${b.key}`).toBeGreaterThanOrEqual(a.r + b.r);
    const labels = near.labels.filter((l) => l.key === group!.key);
    expect(labels).toHaveLength(1);
    expect(labels[0]!.text).toBe("モスクワほか1か所");
    expect(near.labels.some((l) => l.key === "moscow" || l.key === "moscow-oblast")).toBe(false);
  });
});
