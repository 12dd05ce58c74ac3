import { describe, expect, it } from "vitest";
import { PLACES, project, report, SAMPLE } from "./fixture";
import { boxOf } from "./labels";
import { islandOfLabel, layoutPlacesMap } from "./layout";
import { markerPath, PLACE_KINDS } from "./shapes";

const nameOf = (p: { name: { ja: string } }) => p.name.ja;
const islandName = (island: string) => `島:${island}`;
const inside = (m: { x: number; y: number }, l: { width: number; height: number }) =>
  m.x >= 0 && m.x <= l.width && m.y >= 0 && m.y <= l.height;

describe("laying out the places map", () => {
  const layout = layoutPlacesMap(SAMPLE, { nameOf, islandName });

  it("draws exactly one marker per located place, sized by its number of items", () => {
    const located = new Map<string, Set<string>>();
    for (const p of SAMPLE.areas.flatMap((a) => a.projects)) {
      for (const l of p.locations)
        if (l.lat !== null && l.lon !== null) located.set(l.key, (located.get(l.key) ?? new Set()).add(p.id));
    }
    expect(layout.markers.map((m) => m.key).sort()).toEqual([...located.keys()].sort());
    for (const m of layout.markers) expect(m.count).toBe(located.get(m.key)!.size);
    const [vladivostok, moscow] = ["vladivostok", "moscow"].map((k) => layout.markers.find((m) => m.key === k)!);
    expect(vladivostok!.r).toBeGreaterThan(moscow!.r);
  });

  it("puts Vladivostok, and every other place, inside the frame", () => {
    const vladivostok = layout.markers.find((m) => m.key === "vladivostok")!;
    expect(inside(vladivostok, layout)).toBe(true);
    for (const m of layout.markers) expect(inside(m, layout), m.key).toBe(true);
    // Moscow lies west of Vladivostok and north of it.
    const moscow = layout.markers.find((m) => m.key === "moscow")!;
    expect(moscow.x).toBeLessThan(vladivostok.x);
    expect(moscow.y).toBeLessThan(vladivostok.y);
  });

  it("lists the place without coordinates instead of dropping it", () => {
    expect(layout.places.find((p) => p.key === "all-russia")).toMatchObject({ coordinates: null, number: null });
    expect(layout.markers.some((m) => m.key === "all-russia")).toBe(false);
  });

  it("renders the outline as compact paths in three fills, with one decimal at most", () => {
    const { foreign, undetermined, japan, borders } = layout.outline;
    for (const d of [foreign, undetermined, japan, borders]) {
      expect(d).toMatch(/^M/);
      expect(d).not.toMatch(/\.\d\d/);
      expect(d).not.toMatch(/[LZ]/);
    }
    // Clipped to the frame and simplified to about half a pixel: a fraction of the 1:50m world.
    expect(foreign.length + undetermined.length + japan.length + borders.length).toBeLessThan(25_000);
  });

  it("names the four islands of the Northern Territories, in the reader's language, each pointing at its island", () => {
    const names = {
      etorofu: "Etorofu Island",
      kunashiri: "Kunashiri Island",
      shikotan: "Shikotan Island",
      habomai: "Habomai Islands",
    };
    const english = layoutPlacesMap(SAMPLE, { nameOf, islandName: (island) => names[island] });
    expect(english.islands.map((i) => i.island)).toEqual(["etorofu", "kunashiri", "shikotan", "habomai"]);
    const islandLabels = english.labels.filter((l) => islandOfLabel(l.key));
    expect(islandLabels.map((l) => l.text).sort()).toEqual(Object.values(names).sort());
    for (const l of islandLabels) {
      const { x: ax, y: ay } = english.islands.find((i) => i.island === islandOfLabel(l.key))!;
      // The leader (or, without one, the label itself) starts at the island.
      const [x, y] = l.leader ? [l.leader[0], l.leader[1]] : [l.x, l.y];
      expect(Math.hypot(x - ax, y - ay)).toBeLessThan(l.leader ? 1 : 20);
    }
    // Places' labels keep clear of the islands' names.
    const boxes = english.labels.map(boxOf);
    boxes.forEach((a, i) =>
      boxes.slice(i + 1).forEach((b) => expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false)),
    );
  });

  it("names no island when the islands are outside the frame", () => {
    const moscow = layoutPlacesMap(report([project(1, 1, [PLACES.moscow])]), { nameOf, islandName });
    expect(moscow.islands).toEqual([]);
    expect(moscow.labels.some((l) => islandOfLabel(l.key))).toBe(false);
  });

  it("labels the busiest place by name and every label at most once", () => {
    expect(layout.labels.find((l) => l.key === "vladivostok")?.text).toBe("ウラジオストク");
    const keys = layout.labels.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("still frames a map with one place, or none", () => {
    const one = layoutPlacesMap(report([project(1, 1, [PLACES.vladivostok])]), { nameOf, islandName });
    expect(one.markers).toHaveLength(1);
    expect(inside(one.markers[0]!, one)).toBe(true);
    const none = layoutPlacesMap(report([project(1, 1, [PLACES.allRussia])]), { nameOf, islandName });
    expect(none.markers).toHaveLength(0);
    expect(none.places).toHaveLength(1);
    expect(none.outline.foreign.length).toBeGreaterThan(0);
    expect(none.outline.japan.length).toBeGreaterThan(0);
  });

  it("keeps places on both sides of the 180th meridian together", () => {
    const chukotka = layoutPlacesMap(
      report([
        project(1, 1, [
          ["anadyr", "アナディリ", "Anadyr", "city", 64.73, 177.5],
          ["provideniya", "プロヴィデニヤ", "Provideniya", "port", 64.42, -173.23],
        ]),
      ]),
      { nameOf, islandName },
    );
    for (const m of chukotka.markers) expect(inside(m, chukotka), m.key).toBe(true);
    const [a, b] = chukotka.markers;
    expect(Math.abs(a!.x - b!.x)).toBeLessThan(chukotka.width / 2);
  });

  it("gives each kind of place its own shape", () => {
    expect(new Set(PLACE_KINDS.map((k) => markerPath(k, 6))).size).toBe(PLACE_KINDS.length);
  });
});
