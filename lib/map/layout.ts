// Everything the map draws, computed from the report without React or translations, so it
// can be tested and measured on its own: frame, outline, markers and labels.
import { groupMarkers, numberList, type MarkerGroup } from "./groups";
import { groupPlaces, type LonLat, type MapPlace, type PlaceKind } from "./places";
import { placeIslandLabels } from "./island-labels";
import { boxOf, placeLabels, textWidth, type PlacedLabel } from "./labels";
import { outlinePaths, type Outline } from "./outline";
import { frameFor, project, surroundings, type FrameOptions, type MapFrame } from "./projection";
import { regionOf, type MapRegion } from "./regions";
import { markerPath, markerRadius } from "./shapes";
import { ISLAND_ANCHORS, ISLANDS, type IslandKey } from "./territory";
import type { ReportModel } from "@/lib/report/model";

export type MapMarker = {
  key: string;
  number: number;
  kind: PlaceKind;
  count: number;
  x: number;
  y: number;
  r: number;
  shape: string;
  /** The group it is drawn in, when it falls on other markers (drawn as the group, not alone). */
  group?: string;
};

export type PlacesMapLayout = {
  width: number;
  height: number;
  outline: Outline;
  markers: MapMarker[];
  /** Markers that fall on each other, each drawn as one ring with their number. */
  groups: MarkerGroup[];
  labels: PlacedLabel[];
  /**
   * All places, located ones first; those without coordinates have no marker and no number.
   * In a region's view, only the region's places.
   */
  places: MapPlace[];
  /** The islands of the Northern Territories inside the frame, each named on the map, where its name points. */
  islands: { island: IslandKey; x: number; y: number }[];
};

export type LayoutOptions = Omit<FrameOptions, "context"> & {
  /** Draw one region closer, with only its places (numbered as on the whole map). */
  region?: MapRegion;
  /** How many of the busiest places are labelled by name (the others by their number). */
  named?: number;
  /** The label text of a named place, in the reader's language. */
  nameOf: (place: MapPlace) => string;
  /** The label of a named group: its busiest place and how many places it holds. */
  groupNameOf?: (main: MapPlace, places: number) => string;
  /** The name of each island of the Northern Territories, in the reader's language. */
  islandName: (island: IslandKey) => string;
};

/**
 * How much land around a place the frame shows, by kind: a region's point stands for an area
 * hundreds of kilometres across (Kamchatka runs 1,200 km north of its capital), a city's
 * for itself and its coast.
 */
const SURROUNDINGS_KM: Record<PlaceKind, number> = { region: 500, country: 500, city: 150, port: 150, facility: 150 };

export const NAME_FONT = 14;
export const NUMBER_FONT = 12;
export const ISLAND_FONT = 12;
/** Label keys of the islands' names, apart from places' keys. */
export const islandLabelKey = (island: IslandKey) => `island:${island}`;
export const islandOfLabel = (key: string): IslandKey | undefined =>
  ISLANDS.find((island) => key === islandLabelKey(island));

/** Central Hokkaido (Asahikawa). */
const HOKKAIDO: LonLat = [142.4, 43.8];

/** Where a point lands, if it lands inside the frame. */
function placed(frame: MapFrame, point: LonLat): [number, number] | null {
  const xy = project(frame, point);
  return xy !== null && xy[0] >= 0 && xy[0] <= frame.width && xy[1] >= 0 && xy[1] <= frame.height ? xy : null;
}

/** Pixels missing between the easternmost island and the frame's right edge for a column of names. */
function islandRoom(frame: MapFrame, nameWidth: number): number {
  const inside = ISLANDS.map((i) => placed(frame, ISLAND_ANCHORS[i])).filter((p) => p !== null);
  if (inside.length === 0) return 0;
  return Math.max(...inside.map(([x]) => x)) + 12 + nameWidth + 4 - frame.width;
}

export function layoutPlacesMap(report: ReportModel, options: LayoutOptions): PlacesMapLayout {
  const { named = 10, nameOf, groupNameOf, islandName, region, ...frameBase } = options;
  const all = groupPlaces(report);
  const places = region ? all.filter((p) => p.coordinates && regionOf(p.coordinates) === region) : all;
  const located = places.filter((p) => p.coordinates !== null);
  const points = located.map((p) => p.coordinates!);
  const context = located.flatMap((p) => surroundings(p.coordinates!, SURROUNDINGS_KM[p.kind]));
  let frame = frameFor(points, { ...frameBase, context });
  // Wherever Hokkaido is on the map (and always in Japan's view), the Northern Territories
  // are on it too, whole: a map that cut them off at its edge would not draw Japan's territory.
  if (region === "japan" || placed(frame, HOKKAIDO)) {
    context.push(...ISLANDS.flatMap((i) => surroundings(ISLAND_ANCHORS[i], 60)));
    frame = frameFor(points, { ...frameBase, context });
  }
  const frameOptions = { ...frameBase, context };
  // The islands' names go east of them, in the Pacific: when the islands sit too near the
  // right edge for that, the map is fitted again a little narrower to make the room.
  // Narrowing changes the scale too, so the room is measured again until it is made.
  const nameWidth = Math.max(...ISLANDS.map((i) => textWidth(islandName(i), ISLAND_FONT)));
  let extraRight = frameOptions.extraRight ?? 0;
  for (let tries = 0; tries < 4; tries++) {
    const room = islandRoom(frame, nameWidth);
    if (room <= 0) break;
    extraRight += 1.1 * room;
    frame = frameFor(points, { ...frameOptions, extraRight });
  }
  const markers: MapMarker[] = [];
  for (const place of located) {
    const xy = project(frame, place.coordinates!);
    if (!xy) continue;
    const r = markerRadius(place.projects.length);
    markers.push({
      key: place.key,
      number: place.number!,
      kind: place.kind,
      count: place.projects.length,
      x: xy[0],
      y: xy[1],
      r,
      shape: markerPath(place.kind, r),
    });
  }
  const groups = groupMarkers(markers);
  const groupOf = new Map(groups.flatMap((g) => g.members.map((key) => [key, g] as const)));
  for (const m of markers) m.group = groupOf.get(m.key)?.key;
  const byKey = new Map(located.map((p) => [p.key, p]));
  // The islands of the Northern Territories are named whenever they are in the frame, so
  // their names are placed first; places' labels then keep clear of them.
  const islands = ISLANDS.flatMap((island) => {
    const xy = placed(frame, ISLAND_ANCHORS[island]);
    return xy ? [{ island, key: islandLabelKey(island), text: islandName(island), x: xy[0], y: xy[1] }] : [];
  });
  // What is drawn: each marker on its own, or its group once, where its busiest place is.
  type Drawn = { key: string; x: number; y: number; r: number; index: number; group?: MarkerGroup };
  const drawn = markers.flatMap((m, i): Drawn[] => {
    const group = groupOf.get(m.key);
    if (!group) return [{ key: m.key, x: m.x, y: m.y, r: m.r, index: i }];
    return group.members[0] === m.key ? [{ key: group.key, x: group.x, y: group.y, r: group.r, index: i, group }] : [];
  });
  const markerBoxes = drawn.map((m) => ({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }));
  const islandLabels = placeIslandLabels(islands, ISLAND_FONT, frame, markerBoxes);
  const placeLabelsList = placeLabels(
    drawn.map(({ key, x, y, r, index, group }) => {
      const main = byKey.get(group ? group.members[0]! : key)!;
      const name = group
        ? (groupNameOf?.(main, group.members.length) ?? `${nameOf(main)}+${group.members.length - 1}`)
        : nameOf(main);
      return {
        key,
        x,
        y,
        r,
        texts: [
          ...(index < named ? [{ text: name, fontSize: NAME_FONT }] : []),
          { text: group ? numberList(group.numbers) : String(main.number), fontSize: NUMBER_FONT },
        ],
      };
    }),
    frame,
    islandLabels.map(boxOf),
  );
  const labels = [...islandLabels, ...placeLabelsList];
  return {
    width: frame.width,
    height: frame.height,
    outline: outlinePaths(frame.projection),
    markers,
    groups,
    labels,
    places,
    islands: islands.map(({ island, x, y }) => ({ island, x, y })),
  };
}
