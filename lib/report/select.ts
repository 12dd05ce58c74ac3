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
