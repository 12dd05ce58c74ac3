// The report model: one plain, serialisable description of the whole plan at a date. It is
// defined, with its zod schemas, in lib/domain/report-model.ts; its types are re-exported
// here for the code that renders, exports and stores it.
export {
  REPORT_SCHEMA_VERSION,
  type LocalizedText,
  type ProjectRef,
  type ReportArea,
  type ReportIndicator,
  type ReportLocation,
  type ReportMilestone,
  type ReportModel,
  type ReportObservation,
  type ReportOrganization,
  type ReportProgress,
  type ReportProject,
  type ReportTarget,
} from "@/lib/domain/report-model";
export type { DeliveryConfidence, LifecycleStatus, MilestoneStatus, Side } from "@/lib/domain/code-lists";
