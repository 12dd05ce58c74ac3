// Places of a report with the items behind them: what the map draws and the table lists.
import type { LocalizedText, ReportLocation, ReportModel, ReportProject } from "@/lib/report/model";

export type PlaceKind = ReportLocation["kind"];
export type PlaceProject = Pick<ReportProject, "id" | "slug" | "areaNumber" | "number" | "title">;
export type LonLat = [lon: number, lat: number];

export type MapPlace = {
  key: string;
  name: LocalizedText;
  kind: PlaceKind;
  /** Null when the report gives no usable coordinates: such a place is listed, never dropped. */
  coordinates: LonLat | null;
  projects: PlaceProject[];
  /** Shared by the marker and the table row; null for places that are not on the map. */
  number: number | null;
};

function usable(l: ReportLocation): LonLat | null {
  const { lat, lon } = l;
  if (lat === null || lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180) return null;
  return [lon, lat];
}

const byCode = (a: PlaceProject, b: PlaceProject) => a.areaNumber - b.areaNumber || a.number - b.number;

/**
 * One entry per location key, with each item that names it once (an item listed under two
 * areas is two items, as in the report). Busiest places first, so that numbering, drawing
 * order and label priority all follow the number of items.
 */
export function groupPlaces(report: ReportModel): MapPlace[] {
  const byKey = new Map<string, MapPlace>();
  for (const area of report.areas) {
    for (const p of area.projects) {
      for (const l of p.locations) {
        let place = byKey.get(l.key);
        if (!place) {
          place = { key: l.key, name: l.name, kind: l.kind, coordinates: usable(l), projects: [], number: null };
          byKey.set(l.key, place);
        }
        if (!place.projects.some((q) => q.id === p.id)) {
          place.projects.push({ id: p.id, slug: p.slug, areaNumber: p.areaNumber, number: p.number, title: p.title });
        }
      }
    }
  }
  const places = [...byKey.values()];
  for (const place of places) place.projects.sort(byCode);
  places.sort(
    (a, b) =>
      Number(b.coordinates !== null) - Number(a.coordinates !== null) ||
      b.projects.length - a.projects.length ||
      a.name.ja.localeCompare(b.name.ja, "ja") ||
      a.key.localeCompare(b.key),
  );
  let n = 0;
  for (const place of places) if (place.coordinates) place.number = ++n;
  return places;
}
