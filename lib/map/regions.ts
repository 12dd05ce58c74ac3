// The map's closer views. The whole map runs from Moscow to Kamchatka, which on a phone (or
// anywhere, for the crowded Far East) is small: each region is drawn again at full size,
// with only its places, numbered as on the whole map so that the two and their tables agree.
import type { LonLat, MapPlace } from "./places";

export const MAP_REGIONS = ["far-east", "west", "japan"] as const;
export type MapRegion = (typeof MAP_REGIONS)[number];

/** [west, south, east, north] in degrees; a region is the first whose boxes hold the place. */
type Box = [number, number, number, number];

// Japan first, so that Hokkaido and the Northern Territories are not taken for the Far East;
// its boxes stop short of Primorye (Vladivostok is at 43.1° N, 131.9° E) and of Sakhalin (46° N).
const BOXES: [MapRegion, Box[]][] = [
  [
    "japan",
    [
      [122, 20, 142.5, 41.6],
      [139.2, 41.2, 149, 45.6],
    ],
  ],
  // East of Lake Baikal to the 180th meridian, and Chukotka across it.
  [
    "far-east",
    [
      [100, 40, 180, 82],
      [-180, 60, -168, 72],
    ],
  ],
  ["west", [[19, 40, 100, 82]]],
];

const holds = ([w, s, e, n]: Box, [lon, lat]: LonLat) => lon >= w && lon <= e && lat >= s && lat <= n;

/** The region a point lies in, or null (somewhere only the whole map shows). */
export function regionOf(point: LonLat): MapRegion | null {
  return BOXES.find(([, boxes]) => boxes.some((box) => holds(box, point)))?.[0] ?? null;
}

export const isMapRegion = (value: string): value is MapRegion => (MAP_REGIONS as readonly string[]).includes(value);

/** The regions that have at least one located place, in the fixed order. */
export function regionsWithPlaces(places: MapPlace[]): MapRegion[] {
  const present = new Set(places.flatMap((p) => (p.coordinates ? [regionOf(p.coordinates)] : [])));
  return MAP_REGIONS.filter((r) => present.has(r));
}
