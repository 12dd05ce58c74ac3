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
  search: string;
  map: string;
};

export function reportPaths(base: string): ReportPaths {
  return {
    home: base || "/",
    area: (n) => `${base}/areas/${n}`,
    project: (p) => `${base}/areas/${p.areaNumber}/${p.number}`,
    print: `${base}/print`,
    search: `${base}/search`,
    map: `${base}/map`,
  };
}

/** The latest published edition, at the short addresses. */
export const LATEST = reportPaths("");
export const projectHref = LATEST.project;

export const ARCHIVE_HREF = "/reports";
export const editionHref = (period: string) => `/reports/${period}`;
export const changesHref = (period: string) => `/reports/${period}/changes`;
export const previewBase = (id: string) => `/staff/editions/${id}`;
