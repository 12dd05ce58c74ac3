import { diffReports, type ReportDiff } from "./diff";
import type { ReportModel } from "./model";

/** The report cut down to one project (no plan-level figures): what a project's own diff compares. */
function onlyProject(report: ReportModel, projectId: string): ReportModel {
  return {
    ...report,
    plan: { ...report.plan, indicators: [] },
    areas: report.areas
      .map((a) => ({ ...a, projects: a.projects.filter((p) => p.id === projectId) }))
      .filter((a) => a.projects.length > 0),
  };
}

/** What changed in one project between two reports, in the same terms as an edition's changes page. */
export const diffProject = (from: ReportModel, to: ReportModel, projectId: string): ReportDiff =>
  diffReports(onlyProject(from, projectId), onlyProject(to, projectId));
