// A tiny report for the map's tests: no database, only the fields the map reads filled in.
import type { ReportLocation, ReportModel, ReportProject } from "@/lib/report/model";

type Place = [
  key: string,
  ja: string,
  en: string,
  kind: ReportLocation["kind"],
  lat: number | null,
  lon: number | null,
];

export const PLACES = {
  vladivostok: ["vladivostok", "ウラジオストク", "Vladivostok", "city", 43.1, 131.9],
  moscow: ["moscow", "モスクワ", "Moscow", "city", 55.75, 37.62],
  sakhalin: ["sakhalin", "サハリン州", "Sakhalin Oblast", "region", 50, 143],
  niigata: ["niigata-port", "新潟港", "Port of Niigata", "port", 37.95, 139.06],
  hokuto: ["hokuto", "北斗病院", "Hokuto Hospital", "facility", 42.92, 143.2],
  // A place with no single point (the seed's Russian Far East has one since the October 2021 correction).
  allRussia: ["all-russia", "ロシア全土", "All of Russia", "country", null, null],
} satisfies Record<string, Place>;

export function location([key, ja, en, kind, lat, lon]: Place): ReportLocation {
  return { key, name: { ja, en }, kind, lat, lon };
}

export function project(areaNumber: number, number: number, places: Place[]): ReportProject {
  return {
    id: `p-${areaNumber}-${number}`,
    slug: `item-${areaNumber}-${number}`,
    areaNumber,
    number,
    title: { ja: `項目${areaNumber}-${number}`, en: `Item ${areaNumber}-${number}` },
    subtitle: null,
    summary: null,
    lifecycle: "in_progress",
    confidence: "on_track",
    confidenceNarrative: null,
    organizationsEtc: false,
    organizations: [],
    locations: places.map(location),
    progress: [],
    milestones: [],
    indicators: [],
    captions: [],
    sameAs: [],
    updatedAt: "2021-10-01T00:00:00Z",
  };
}

export function report(projects: ReportProject[]): ReportModel {
  const areas = [...new Set(projects.map((p) => p.areaNumber))].sort().map((n) => ({
    number: n,
    title: { ja: `分野${n}`, en: `Area ${n}` },
    overview: [],
    projects: projects.filter((p) => p.areaNumber === n),
  }));
  return {
    schemaVersion: 1,
    plan: {
      title: { ja: "協力プラン", en: "Cooperation Plan" },
      asOf: { date: "2021-10-01", precision: "month" },
      note: { ja: "", en: null },
      indicators: [],
    },
    areas,
  };
}

const { vladivostok, moscow, sakhalin, niigata, hokuto, allRussia } = PLACES;

/** Vladivostok in three items (one names it twice), Moscow and the rest once or twice, one place without coordinates. */
export const SAMPLE = report([
  project(1, 1, [vladivostok, hokuto]),
  project(2, 1, [vladivostok, vladivostok, moscow]),
  project(2, 2, [sakhalin, niigata, allRussia]),
  project(6, 5, [vladivostok, sakhalin]),
]);
