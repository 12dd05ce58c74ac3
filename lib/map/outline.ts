// The world behind the markers: Natural Earth 1:110m land and land borders (world-atlas).
// 110m keeps the markup small, and the page is rendered once per edition, not per request.
import { geoPath, type GeoProjection } from "d3-geo";
import { feature, mesh } from "topojson-client";
import countries from "world-atlas/countries-110m.json";

// The TopoJSON types come from topojson-client's own signature, not a transitive package.
type Topology = Parameters<typeof mesh>[0];
type TopoObject = NonNullable<Parameters<typeof mesh>[1]>;
const world = countries as unknown as Topology & { objects: { countries: TopoObject; land: TopoObject } };

// Converted once per process: the geometry does not depend on the frame.
const land = feature(world, world.objects.land);
// Only borders shared by two countries: no coastlines twice, and no lines at sea, so the map
// draws no maritime boundary and makes no claim about islands' sovereignty.
const borders = mesh(world, world.objects.countries, (a, b) => a !== b);

export type Outline = { land: string; borders: string };

export function outlinePaths(projection: GeoProjection): Outline {
  const path = geoPath(projection).digits(1);
  return { land: path(land) ?? "", borders: path(borders) ?? "" };
}
