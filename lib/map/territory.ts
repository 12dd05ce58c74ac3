// Whose land the map draws, as the Government of Japan draws it (MOFA's Q&A on the Northern
// Territories; the 1969 guidance that Japanese atlases follow): the four islands of the
// Northern Territories are Japan's; Sakhalin south of 50°N and the Kuril Islands from Uruppu
// northwards are of undetermined status, neither Japan's nor Russia's; boundary lines run
// between Etorofu and Uruppu, between Shumshu and Kamchatka, through the Soya Strait and
// along 50°N on Sakhalin. Natural Earth draws all of these as Russia, so the polygons are
// reassigned here, by where each one lies, rather than trusted from the source.
import type { Feature, LineString, MultiPolygon, Polygon, Position } from "geojson";
import type { LonLat } from "./places";
import { SHIBOTSU } from "./shibotsu";

export const ISLANDS = ["etorofu", "kunashiri", "shikotan", "habomai"] as const;
export type IslandKey = (typeof ISLANDS)[number];

type Box = [west: number, south: number, east: number, north: number];

/** Boxes that hold each island (group) and nothing else of Natural Earth's land. */
export const ISLAND_BOXES: Record<IslandKey, Box> = {
  etorofu: [146.5, 44.3, 149.0, 45.7],
  kunashiri: [145.3, 43.6, 146.65, 44.6],
  shikotan: [146.55, 43.65, 147.0, 43.95],
  habomai: [145.75, 43.3, 146.45, 43.7],
};

/** Where each island's name is anchored: on the island (the Habomai group: Shibotsu, its largest). */
export const ISLAND_ANCHORS: Record<IslandKey, LonLat> = {
  etorofu: [147.85, 45.05],
  kunashiri: [145.95, 44.15],
  shikotan: [146.75, 43.8],
  habomai: [146.16, 43.51],
};

/** The Kuril Islands from Uruppu to Shumshu (and Atlasov), east of Etorofu and south of Kamchatka. */
const KURILS: Box = [149.2, 45.4, 156.7, 51.0];
/** Sakhalin south of the 50th parallel, with any islet off its southern coasts. */
const SOUTH_SAKHALIN: Box = [141.0, 45.8, 145.0, 50.0];
const SAKHALIN: Box = [141.5, 45.8, 145.0, 54.5];
export const SAKHALIN_LINE = 50;

/** Boundary lines at sea, drawn between the islands (checked by tests to cross no land). */
export const SEA_BOUNDARIES: LonLat[][] = [
  [
    [149.4, 45.2],
    [148.9, 46.1],
  ], // Etorofu – Uruppu
  [
    [156.45, 51.1],
    [156.8, 50.65],
  ], // Shumshu – Kamchatka (First Kuril Strait)
  [
    [141.25, 45.75],
    [142.65, 45.7],
  ], // Soya Strait, between Hokkaido and Sakhalin
];

const inBox = ([lon, lat]: Position, [w, s, e, n]: Box) => lon! >= w && lon! <= e && lat! >= s && lat! <= n;

/** Mean of a polygon's outer ring: enough to tell which small island a polygon is. */
function centre(polygon: Position[][]): Position {
  const ring = polygon[0]!.slice(0, -1);
  let x = 0,
    y = 0;
  for (const [lon, lat] of ring) [x, y] = [x + lon!, y + lat!];
  return [x / ring.length, y / ring.length];
}

/**
 * A polygon cut along a parallel, keeping the side north (or south) of it. Sutherland–Hodgman
 * against one line, in longitude and latitude: the polygon must cross the parallel exactly
 * twice (Sakhalin does; a test checks), or the result could join separate pieces.
 */
export function cutAtLatitude(polygon: Position[][], lat: number, keep: "north" | "south"): Position[][] {
  const inside = (p: Position) => (keep === "north" ? p[1]! >= lat : p[1]! < lat);
  return polygon
    .map((ring) => {
      const out: Position[] = [];
      for (let i = 0; i < ring.length - 1; i++) {
        const a = ring[i]!,
          b = ring[i + 1]!;
        if (inside(a)) out.push(a);
        if (inside(a) !== inside(b)) {
          const t = (lat - a[1]!) / (b[1]! - a[1]!);
          out.push([a[0]! + t * (b[0]! - a[0]!), lat]);
        }
      }
      if (out.length > 0) out.push(out[0]!);
      return out;
    })
    .filter((ring) => ring.length >= 4);
}

/** Where the polygon's outer ring crosses the parallel, west to east. */
export function crossings(polygon: Position[][], lat: number): Position[] {
  const ring = polygon[0]!;
  const points: Position[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const a = ring[i]!,
      b = ring[i + 1]!;
    if (a[1]! < lat !== b[1]! < lat) points.push([a[0]! + ((lat - a[1]!) / (b[1]! - a[1]!)) * (b[0]! - a[0]!), lat]);
  }
  return points.sort((p, q) => p[0]! - q[0]!);
}

export type Territories = {
  /** Japan with the four islands of the Northern Territories. */
  japan: Feature<MultiPolygon>;
  /** Russia without the Northern Territories, the Kurils and southern Sakhalin. */
  russia: Feature<MultiPolygon>;
  /** The Kuril Islands from Uruppu northwards and Sakhalin south of 50°N. */
  undetermined: Feature<MultiPolygon>;
  /** Indexes of Russia's source polygons kept whole, so the outline can merge them by their arcs. */
  russiaKept: number[];
  /** Russia's pieces of polygons cut in two (northern Sakhalin). */
  russiaCut: Position[][][];
  /** Boundary lines as Japan draws them: at sea, and along 50°N on Sakhalin. */
  boundaries: Feature<LineString>[];
};

const multi = (coordinates: Position[][][]): Feature<MultiPolygon> => ({
  type: "Feature",
  properties: {},
  geometry: { type: "MultiPolygon", coordinates },
});

/** Splits Natural Earth's Japan and Russia into what the map draws as Japan, Russia and undetermined. */
export function assignTerritory(japanSource: MultiPolygon | Polygon, russiaSource: MultiPolygon): Territories {
  const japan = japanSource.type === "Polygon" ? [japanSource.coordinates] : [...japanSource.coordinates];
  const russia: Position[][][] = [];
  const undetermined: Position[][][] = [];
  const russiaKept: number[] = [];
  const russiaCut: Position[][][] = [];
  const boundaries: Feature<LineString>[] = SEA_BOUNDARIES.map((line) => ({
    type: "Feature",
    properties: {},
    geometry: { type: "LineString", coordinates: line },
  }));
  russiaSource.coordinates.forEach((polygon, i) => {
    const c = centre(polygon);
    if (ISLANDS.some((k) => inBox(c, ISLAND_BOXES[k]))) japan.push(polygon);
    else if (inBox(c, SAKHALIN) && crossings(polygon, SAKHALIN_LINE).length === 2) {
      russiaCut.push(cutAtLatitude(polygon, SAKHALIN_LINE, "north"));
      undetermined.push(cutAtLatitude(polygon, SAKHALIN_LINE, "south"));
      boundaries.push({
        type: "Feature",
        properties: {},
        geometry: { type: "LineString", coordinates: crossings(polygon, SAKHALIN_LINE) },
      });
    } else if (inBox(c, KURILS) || inBox(c, SOUTH_SAKHALIN)) undetermined.push(polygon);
    else {
      russia.push(polygon);
      russiaKept.push(i);
    }
  });
  // Shibotsu, the largest of the Habomai Islands, is missing from the 1:50m outline.
  if (!japan.some((polygon) => inBox(centre(polygon), [146.05, 43.45, 146.25, 43.56]))) japan.push(SHIBOTSU);
  return {
    japan: multi(japan),
    russia: multi([...russia, ...russiaCut]),
    undetermined: multi(undetermined),
    russiaKept,
    russiaCut,
    boundaries,
  };
}
