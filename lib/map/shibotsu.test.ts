import { feature } from "topojson-client";
import type { Feature, MultiPolygon } from "geojson";
import { describe, expect, it } from "vitest";
import countries10m from "world-atlas/countries-10m.json";
import countries50m from "world-atlas/countries-50m.json";
import { geoContains } from "d3-geo";
import { SHIBOTSU } from "./shibotsu";

type Topology = Parameters<typeof feature>[0];
const russia = (topology: unknown) => {
  const world = topology as Topology & { objects: { countries: Parameters<typeof feature>[1] } };
  const all = feature(world, world.objects.countries) as unknown as {
    features: (Feature<MultiPolygon> & { properties: { name: string } })[];
  };
  return all.features.find((f) => f.properties.name === "Russia")!;
};
const SHIBOTSU_POINT: [number, number] = [146.16, 43.51];

describe("Shibotsu, drawn from the 1:10m outline", () => {
  it("is missing from the 1:50m outline, which is why the map adds it", () => {
    expect(geoContains(russia(countries50m), SHIBOTSU_POINT)).toBe(false);
  });

  it("is the 1:10m ring rounded to 0.001°", () => {
    const source = russia(countries10m).geometry.coordinates.find((polygon) =>
      geoContains({ type: "Polygon", coordinates: polygon }, SHIBOTSU_POINT),
    );
    expect(source).toBeDefined();
    const rounded = source![0]!.map(([lon, lat]) => [Math.round(lon! * 1000) / 1000, Math.round(lat! * 1000) / 1000]);
    expect(SHIBOTSU[0]).toEqual(rounded);
  });
});
