import { defaultLocale, type AppLocale } from "@/i18n/config";

// Public URLs of the report, in one place so that links and routes agree. The same pages
// are served under several bases: "" for the latest edition, /reports/<period> for an
// edition's permanent address, and the staff preview of a draft.
export type ProjectKey = { areaNumber: number; number: number };

export type ReportPaths = {
  home: string;
  area: (areaNumber: number) => string;
  project: (p: ProjectKey) => string;
  /** The whole edition on one page, for printing. */
  print: string;
  /** One area with its items in full, for printing. */
  areaPrint: (areaNumber: number) => string;
  search: string;
  map: string;
  /** One region of the map drawn closer (lib/map/regions.ts). */
  mapRegion: (region: string) => string;
};

export function reportPaths(base: string): ReportPaths {
  return {
    home: base || "/",
    area: (n) => `${base}/areas/${n}`,
    project: (p) => `${base}/areas/${p.areaNumber}/${p.number}`,
    print: `${base}/print`,
    areaPrint: (n) => `${base}/areas/${n}/print`,
    search: `${base}/search`,
    map: `${base}/map`,
    mapRegion: (region) => `${base}/map/${region}`,
  };
}

/** Where a language's public pages start: Japanese at the short addresses, others under /<locale>. */
export const localeBase = (locale: AppLocale) => (locale === defaultLocale ? "" : `/${locale}`);

/** A public path (as the Japanese site has it) in another language. */
export function localePath(locale: AppLocale, path: string): string {
  const base = localeBase(locale);
  return base && path === "/" ? base : base + path;
}

export type PublicLinks = {
  /** The latest edition's pages. */
  latest: ReportPaths;
  archive: string;
  accessibility: string;
  /** The site's own pages every government site has: お問い合わせ, privacy, terms of use. */
  contact: string;
  privacy: string;
  sitePolicy: string;
  /** Open data: the files, the API, the licence and the data dictionary. */
  data: string;
  edition: (period: string) => string;
  changes: (period: string) => string;
  /** An edition's pages at its permanent address. */
  at: (period: string) => ReportPaths;
};

/** The public site's addresses in one language. */
export function publicLinks(locale: AppLocale): PublicLinks {
  const base = localeBase(locale);
  const edition = (period: string) => `${base}/reports/${period}`;
  return {
    latest: reportPaths(base),
    archive: `${base}/reports`,
    accessibility: `${base}/accessibility`,
    contact: `${base}/contact`,
    privacy: `${base}/privacy`,
    sitePolicy: `${base}/site-policy`,
    data: `${base}/data`,
    edition,
    changes: (period) => `${edition(period)}/changes`,
    at: (period) => reportPaths(edition(period)),
  };
}

export const previewBase = (id: string) => `/staff/editions/${id}`;
/** What a previewed edition changes since the published one before it. */
export const previewChangesPath = (id: string) => `${previewBase(id)}/changes`;

/** Which page of an edition the reader is on, so that the same page can be found in another edition. */
export type ReportPlace =
  | { page: "home" | "map" | "search" | "print" | "changes" }
  | { page: "area" | "areaPrint"; area: number }
  | { page: "mapRegion"; region: string }
  | { page: "project"; area: number; item: number };

/** The place's address among `paths`; a changes page has none there: its edition's home stands in. */
export function placePath(paths: ReportPaths, place: ReportPlace): string {
  switch (place.page) {
    case "area":
      return paths.area(place.area);
    case "areaPrint":
      return paths.areaPrint(place.area);
    case "project":
      return paths.project({ areaNumber: place.area, number: place.item });
    case "mapRegion":
      return paths.mapRegion(place.region);
    case "changes":
    case "home":
      return paths.home;
    default:
      return paths[place.page];
  }
}
