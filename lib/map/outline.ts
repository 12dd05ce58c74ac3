// The world behind the markers: Natural Earth 1:50m (world-atlas), the coarsest outline
// that still has the islands of the Northern Territories (1:110m has no Kurils at all).
// Land is drawn in three layers, as the Government of Japan draws the region (territory.ts):
// Japan, land of undetermined status, and every other country; plus land borders and the
// boundary lines Japan draws at sea. The page is rendered once per edition, not per request.
import { geoPath, type GeoProjection, type GeoStream } from "d3-geo";
import type { Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import countries from "world-atlas/countries-50m.json";
import { assignTerritory } from "./territory";

// The TopoJSON types come from topojson-client's own signature, not a transitive package.
type Topology = Parameters<typeof mesh>[0];
type TopoObject = NonNullable<Parameters<typeof mesh>[1]>;
type TopoGeometry = Extract<Parameters<typeof merge>[1], unknown[]>[number];
type Country = TopoGeometry & { id?: string; properties?: { name?: string }; arcs: number[][][] | number[][] };
const world = countries as unknown as Topology & { objects: { countries: TopoObject & { geometries: Country[] } } };

const geometries = world.objects.countries.geometries;
const byName = (name: string) => geometries.find((g) => g.properties?.name === name)!;
const JAPAN = byName("Japan");
const RUSSIA = byName("Russia");

// Converted once per process: the geometry does not depend on the frame.
const polygons = (g: Country) => (feature(world, g as TopoObject) as unknown as Feature<MultiPolygon>).geometry;
export const territories = assignTerritory(polygons(JAPAN), polygons(RUSSIA));

// Every other country merged into one shape by shared arcs, so borders between them are not
// stroked as coastline; Russia takes part with only the polygons it keeps whole.
const russiaKept = {
  ...RUSSIA,
  type: "MultiPolygon",
  arcs: territories.russiaKept.map((i) => (RUSSIA.arcs as number[][][])[i]!),
} as TopoGeometry;
const foreignMerged = merge(world, [...geometries.filter((g) => g !== JAPAN && g !== RUSSIA), russiaKept]);
export const foreign: Feature<MultiPolygon> = {
  type: "Feature",
  properties: {},
  geometry: { type: "MultiPolygon", coordinates: [...foreignMerged.coordinates, ...territories.russiaCut] },
};

// Land borders between two countries (no coastlines twice), then the lines Japan draws:
// none runs between the Northern Territories and Hokkaido.
const landBorders = mesh(world, world.objects.countries, (a, b) => a !== b);
const boundaries: MultiLineString = {
  type: "MultiLineString",
  coordinates: [...landBorders.coordinates, ...territories.boundaries.map((b) => b.geometry.coordinates)],
};

export type Outline = { foreign: string; undetermined: string; japan: string; borders: string };

/** Which points of a line Douglas–Peucker keeps: the ends, and each point further than `tolerance` from the simplified line. */
function simplified(points: [number, number][], tolerance: number): [number, number][] {
  const n = points.length;
  if (n <= 2) return points;
  const keep = new Array<boolean>(n).fill(false);
  keep[0] = keep[n - 1] = true;
  const stack: [number, number][] = [[0, n - 1]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    const [ax, ay] = points[a]!,
      [bx, by] = points[b]!;
    const dx = bx - ax,
      dy = by - ay,
      length = Math.hypot(dx, dy);
    let farthest = -1,
      distance = tolerance;
    for (let i = a + 1; i < b; i++) {
      const [px, py] = points[i]!;
      const d = length === 0 ? Math.hypot(px - ax, py - ay) : Math.abs(dy * (px - ax) - dx * (py - ay)) / length;
      if (d > distance) [farthest, distance] = [i, d];
    }
    if (farthest > 0) {
      keep[farthest] = true;
      stack.push([a, farthest], [farthest, b]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

/**
 * Simplifies each projected line and ring to within `tolerance` pixels (Douglas–Peucker): at
 * the map's scale the 50m outline has many points per pixel, and every one would be in the
 * HTML twice. Ends are kept, so boundary lines still meet the coast and a small island stays.
 */
function simplify(tolerance: number, out: GeoStream): GeoStream {
  let line: [number, number][] = [];
  return {
    point(x, y) {
      line.push([x, y]);
    },
    lineStart() {
      line = [];
      out.lineStart();
    },
    lineEnd() {
      for (const [x, y] of simplified(line, tolerance)) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      out.polygonStart();
    },
    polygonEnd() {
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

/** Tenths of a pixel as the shortest SVG number: 5 → ".5", -12 → "-1.2". */
function tenths(n: number): string {
  return String(n / 10).replace(/^(-?)0\./, "$1.");
}

/**
 * The same path written compactly, about half as long: relative moves after each start
 * ("l12-3 .5,4" rather than "L345.6,120.3L346.1,124.3"), no leading zeros, and no pieces
 * that clipping and thinning shrank to a point. Works in tenths of a pixel, the paths'
 * precision, so the rounding of each point does not accumulate.
 */
export function compactPath(d: string): string {
  let out = "";
  let x = 0,
    y = 0;
  for (const [, start, rest] of d.matchAll(/M([^M]*?)((?:L[^MLZ]*|Z)*)(?=M|$)/g)) {
    const [sx, sy] = start!.split(",").map((n) => Math.round(Number(n) * 10));
    [x, y] = [sx!, sy!];
    let moves = "";
    let moved = false;
    for (const [, command, args] of rest!.matchAll(/([LZ])([^LZ]*)/g)) {
      if (command === "Z") {
        moves += "z";
        continue;
      }
      const [ax, ay] = args!.split(",").map((n) => Math.round(Number(n) * 10));
      const dx = tenths(ax! - x),
        dy = tenths(ay! - y);
      moved ||= ax !== x || ay !== y;
      // After "l" further pairs need only a separator, and none before a minus sign.
      moves +=
        (moves.endsWith("z") || moves === "" ? "l" : dx.startsWith("-") ? "" : " ") +
        dx +
        (dy.startsWith("-") ? "" : ",") +
        dy;
      [x, y] = [ax!, ay!];
    }
    if (moved) out += `M${tenths(sx!)},${tenths(sy!)}${moves}`;
  }
  return out;
}

export function outlinePaths(projection: GeoProjection): Outline {
  // Land to about half a pixel; dashed borders coarser, their dashes hide finer wiggles anyway.
  const fine = geoPath({ stream: (s: GeoStream) => projection.stream(simplify(0.6, s)) }).digits(1);
  const coarse = geoPath({ stream: (s: GeoStream) => projection.stream(simplify(1.2, s)) }).digits(1);
  const draw = (path: typeof fine, g: Feature<MultiPolygon | Polygon> | MultiLineString) => compactPath(path(g) ?? "");
  return {
    foreign: draw(fine, foreign),
    undetermined: draw(fine, territories.undetermined),
    japan: draw(fine, territories.japan),
    borders: draw(coarse, boundaries),
  };
}
