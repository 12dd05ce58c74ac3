import type { ReportArea, ReportModel, ReportProject } from "./model";

/** Parses a route segment that must be a positive integer ("6"), else null. */
export function parseNumberParam(value: string): number | null {
  return /^[1-9][0-9]{0,3}$/.test(value) ? Number(value) : null;
}

export function findArea(report: ReportModel, number: number | null): ReportArea | null {
  return report.areas.find((a) => a.number === number) ?? null;
}

export function findProject(area: ReportArea, number: number | null): ReportProject | null {
  return area.projects.find((p) => p.number === number) ?? null;
}

/** Whether an edition has the area or item a page is about (every edition has the other pages). */
export function hasPlace(report: ReportModel, place: { page: string; area?: number; item?: number }): boolean {
  if (place.area === undefined) return true;
  const area = findArea(report, place.area);
  return !!area && (place.item === undefined || !!findProject(area, place.item));
}

/**
 * Whether the public pages state an item's outlook: an outlook never assessed says nothing
 * to a reader ("見通し 未評価" on most items would be noise). Staff pages show it, to be filled in.
 */
export const hasAssessedOutlook = (p: Pick<ReportProject, "confidence">) => p.confidence !== "not_assessed";
