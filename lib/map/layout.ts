// Everything the map draws, computed from the report without React or translations, so it
// can be tested and measured on its own: frame, outline, markers and labels.
import { groupPlaces, type MapPlace, type PlaceKind } from "./places";
import { placeLabels, type PlacedLabel } from "./labels";
import { outlinePaths, type Outline } from "./outline";
import { frameFor, project, type FrameOptions } from "./projection";
import { markerPath, markerRadius } from "./shapes";
import type { ReportModel } from "@/lib/report/model";

export type MapMarker = { key: string; number: number; kind: PlaceKind; count: number; x: number; y: number; r: number; shape: string };

export type PlacesMapLayout = {
  width: number;
  height: number;
  outline: Outline;
  markers: MapMarker[];
  labels: PlacedLabel[];
  /** All places, located ones first; those without coordinates have no marker and no number. */
  places: MapPlace[];
};

export type LayoutOptions = FrameOptions & {
  /** How many of the busiest places are labelled by name (the others by their number). */
  named?: number;
  /** The label text of a named place, in the reader's language. */
  nameOf: (place: MapPlace) => string;
};

export const NAME_FONT = 14;
export const NUMBER_FONT = 12;

export function layoutPlacesMap(report: ReportModel, options: LayoutOptions): PlacesMapLayout {
  const { named = 10, nameOf, ...frameOptions } = options;
  const places = groupPlaces(report);
  const located = places.filter((p) => p.coordinates !== null);
  const frame = frameFor(located.map((p) => p.coordinates!), frameOptions);
  const markers: MapMarker[] = [];
  for (const place of located) {
    const xy = project(frame, place.coordinates!);
    if (!xy) continue;
    const r = markerRadius(place.projects.length);
    markers.push({
      key: place.key, number: place.number!, kind: place.kind, count: place.projects.length,
      x: xy[0], y: xy[1], r, shape: markerPath(place.kind, r),
    });
  }
  const byKey = new Map(located.map((p) => [p.key, p]));
  const labels = placeLabels(markers.map((m, i) => ({
    key: m.key, x: m.x, y: m.y, r: m.r,
    texts: [
      ...(i < named ? [{ text: nameOf(byKey.get(m.key)!), fontSize: NAME_FONT }] : []),
      { text: String(m.number), fontSize: NUMBER_FONT },
    ],
  })), frame);
  return { width: frame.width, height: frame.height, outline: outlinePaths(frame.projection), markers, labels, places };
}
