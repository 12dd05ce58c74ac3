// The report model: one plain, serialisable description of the whole plan at a date.
// Public pages, the staff preview and the exports all render from it, and an edition
// stores exactly this object, so its shape is versioned.
import type { PartialDate } from "@/lib/domain/partial-date";

export const REPORT_SCHEMA_VERSION = 1 as const;

/** Japanese is the source language; `en` is null where no translation exists yet. */
export type LocalizedText = { ja: string; en: string | null };

export type { DeliveryConfidence, LifecycleStatus, MilestoneStatus, Side } from "@/lib/domain/code-lists";
import type { DeliveryConfidence, LifecycleStatus, MilestoneStatus, Side } from "@/lib/domain/code-lists";

export type ReportObservation = {
  value: string;
  periodStart: PartialDate | null;
  periodEnd: PartialDate | null;
  asOf: PartialDate | null;
  approximate: boolean;
  lowerBound: boolean;
  provisional: boolean;
  breakdown: LocalizedText | null;
  source: string | null;
  note: LocalizedText | null;
};

export type ReportTarget = {
  value: string;
  due: PartialDate | null;
  lowerBound: boolean;
  breakdown: LocalizedText | null;
  note: LocalizedText | null;
};

export type ReportIndicator = {
  key: string;
  name: LocalizedText;
  measure: "count" | "percent" | "ratio" | "amount" | "qualitative";
  unit: LocalizedText;
  direction: "increase" | "decrease";
  accumulation: "cumulative" | "per_period" | "level";
  decimals: number;
  baseline: ReportObservation | null;
  targets: ReportTarget[];
  observations: ReportObservation[];
};

export type ReportOrganization = {
  key: string;
  name: LocalizedText;
  /** How this project's report writes the name, where it differs. */
  label: LocalizedText | null;
  side: Side;
  kind: string;
  role: LocalizedText | null;
};

export type ReportLocation = {
  key: string;
  name: LocalizedText;
  kind: "city" | "region" | "port" | "country" | "facility";
  lat: number | null;
  lon: number | null;
};

export type ReportMilestone = {
  id: string;
  title: LocalizedText;
  status: MilestoneStatus;
  planned: PartialDate | null;
  actual: PartialDate | null;
};

export type ReportProgress = {
  date: PartialDate | null;
  group: LocalizedText | null;
  text: LocalizedText;
  kind: "bullet" | "note";
  sub: boolean;
};

export type ProjectRef = { slug: string; areaNumber: number; number: number; title: LocalizedText };

export type ReportProject = {
  id: string;
  slug: string;
  areaNumber: number;
  number: number;
  title: LocalizedText;
  subtitle: LocalizedText | null;
  summary: LocalizedText | null;
  lifecycle: LifecycleStatus;
  confidence: DeliveryConfidence;
  confidenceNarrative: LocalizedText | null;
  organizationsEtc: boolean;
  organizations: ReportOrganization[];
  locations: ReportLocation[];
  progress: ReportProgress[];
  milestones: ReportMilestone[];
  indicators: ReportIndicator[];
  captions: LocalizedText[];
  sameAs: ProjectRef[];
  updatedAt: string;
};

export type ReportArea = {
  number: number;
  title: LocalizedText;
  overview: { text: LocalizedText; sub: boolean }[];
  projects: ReportProject[];
};

export type ReportModel = {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  plan: { title: LocalizedText; asOf: PartialDate; note: LocalizedText; indicators: ReportIndicator[] };
  areas: ReportArea[];
};
