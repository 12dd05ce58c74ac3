// The product's code lists, each declared once. The database enums (db/schema/enums.ts), the
// form schemas (lib/validation), the published code lists of the exports (lib/export/tables),
// the report model's types, search and the seed's types all take them from here; a test
// compares them with the enum values in the database. This module imports nothing.

export const LIFECYCLE_STATUSES = ["planned", "in_progress", "completed", "suspended", "cancelled"] as const;
export type LifecycleStatus = (typeof LIFECYCLE_STATUSES)[number];

export const DELIVERY_CONFIDENCES = ["on_track", "at_risk", "off_track", "not_assessed"] as const;
export type DeliveryConfidence = (typeof DELIVERY_CONFIDENCES)[number];

export const MILESTONE_STATUSES = ["planned", "in_progress", "completed", "delayed", "cancelled"] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const SIDES = ["jp", "ru", "joint", "other"] as const;
export type Side = (typeof SIDES)[number];

export const ORGANIZATION_KINDS = [
  "government",
  "company",
  "university",
  "research",
  "medical",
  "financial",
  "association",
  "other",
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

export const LOCATION_KINDS = ["city", "region", "port", "country", "facility"] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export const MEASURES = ["count", "percent", "ratio", "amount", "qualitative"] as const;
export type Measure = (typeof MEASURES)[number];

export const DIRECTIONS = ["increase", "decrease"] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const ACCUMULATIONS = ["cumulative", "per_period", "level"] as const;
export type Accumulation = (typeof ACCUMULATIONS)[number];

export const PROGRESS_KINDS = ["bullet", "note"] as const;
export type ProgressKind = (typeof PROGRESS_KINDS)[number];

export const EDITION_STATUSES = ["draft", "published", "withdrawn"] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

// made_here: frozen from this tracker's data and published here (published_at is its
// publication). loaded: a report published elsewhere before the tracker existed, loaded as
// it stood (published_at is when it was loaded, not when the report came out).
export const EDITION_SOURCES = ["made_here", "loaded"] as const;
export type EditionSource = (typeof EDITION_SOURCES)[number];

export const ROLES = ["admin", "editor", "reviewer", "viewer"] as const;
export type Role = (typeof ROLES)[number];

/** Roles that work within the areas assigned to them (users.area_scope). */
export const AREA_ROLES = ["editor", "reviewer"] as const satisfies readonly Role[];

export const ROUND_STATUSES = ["open", "closed"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

// A project's report in a round. "Changed since approval" is not stored: it is an approved
// report whose project has been edited since (round_reports.approved_activity_at).
export const ROUND_REPORT_STATES = ["not_started", "submitted", "returned", "approved"] as const;
export type RoundReportState = (typeof ROUND_REPORT_STATES)[number];

export const NOTIFICATION_KINDS = ["digest", "returned", "approved"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Whether a value from outside (a query string, a cell) is one of a list's codes. */
export function isCode<T extends string>(list: readonly T[], value: unknown): value is T {
  return typeof value === "string" && (list as readonly string[]).includes(value);
}
