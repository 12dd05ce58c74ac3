import { describe, expect, it } from "vitest";
import { PLACES, project, report, SAMPLE } from "./fixture";
import { layoutPlacesMap } from "./layout";
import { markerPath, PLACE_KINDS } from "./shapes";

const nameOf = (p: { name: { ja: string } }) => p.name.ja;
const inside = (m: { x: number; y: number }, l: { width: number; height: number }) =>
  m.x >= 0 && m.x <= l.width && m.y >= 0 && m.y <= l.height;

describe("laying out the places map", () => {
  const layout = layoutPlacesMap(SAMPLE, { nameOf });

  it("draws exactly one marker per located place, sized by its number of items", () => {
    const located = new Map<string, Set<string>>();
    for (const p of SAMPLE.areas.flatMap((a) => a.projects)) {
      for (const l of p.locations) if (l.lat !== null && l.lon !== null) located.set(l.key, (located.get(l.key) ?? new Set()).add(p.id));
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

  it("renders the world outline as non-empty paths with one decimal at most", () => {
    expect(layout.outline.land).toMatch(/^M/);
    expect(layout.outline.borders).toMatch(/^M/);
    expect(layout.outline.land).not.toMatch(/\.\d\d/);
    // Clipped to the frame: a fraction of the whole world's 110m outline.
    expect(layout.outline.land.length + layout.outline.borders.length).toBeLessThan(60_000);
  });

  it("labels the busiest place by name and every label at most once", () => {
    expect(layout.labels.find((l) => l.key === "vladivostok")?.text).toBe("ウラジオストク");
    const keys = layout.labels.map((l) => l.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("still frames a map with one place, or none", () => {
    const one = layoutPlacesMap(report([project(1, 1, [PLACES.vladivostok])]), { nameOf });
    expect(one.markers).toHaveLength(1);
    expect(inside(one.markers[0]!, one)).toBe(true);
    const none = layoutPlacesMap(report([project(1, 1, [PLACES.allRussia])]), { nameOf });
    expect(none.markers).toHaveLength(0);
    expect(none.places).toHaveLength(1);
    expect(none.outline.land.length).toBeGreaterThan(0);
  });

  it("keeps places on both sides of the 180th meridian together", () => {
    const chukotka = layoutPlacesMap(report([project(1, 1, [
      ["anadyr", "アナディリ", "Anadyr", "city", 64.73, 177.5], ["provideniya", "プロヴィデニヤ", "Provideniya", "port", 64.42, -173.23],
    ])]), { nameOf });
    for (const m of chukotka.markers) expect(inside(m, chukotka), m.key).toBe(true);
    const [a, b] = chukotka.markers;
    expect(Math.abs(a!.x - b!.x)).toBeLessThan(chukotka.width / 2);
  });

  it("gives each kind of place its own shape", () => {
    expect(new Set(PLACE_KINDS.map((k) => markerPath(k, 6))).size).toBe(PLACE_KINDS.length);
  });
});
