import { pgEnum } from "drizzle-orm/pg-core";
import { DATE_PRECISIONS } from "@/lib/dates/partial-date";

export const datePrecision = pgEnum("date_precision", DATE_PRECISIONS);
export const side = pgEnum("side", ["jp", "ru", "joint", "other"]);
export const organizationKind = pgEnum("organization_kind", [
  "government",
  "company",
  "university",
  "research",
  "medical",
  "financial",
  "association",
  "other",
]);
export const locationKind = pgEnum("location_kind", ["city", "region", "port", "country", "facility"]);
export const lifecycleStatus = pgEnum("lifecycle_status", ["planned", "in_progress", "completed", "suspended", "cancelled"]);
export const deliveryConfidence = pgEnum("delivery_confidence", ["on_track", "at_risk", "off_track", "not_assessed"]);
export const milestoneStatus = pgEnum("milestone_status", ["planned", "in_progress", "completed", "delayed", "cancelled"]);
export const measure = pgEnum("measure", ["count", "percent", "ratio", "amount", "qualitative"]);
export const direction = pgEnum("direction", ["increase", "decrease"]);
export const accumulation = pgEnum("accumulation", ["cumulative", "per_period", "level"]);
export const editionStatus = pgEnum("edition_status", ["draft", "published", "withdrawn"]);
// made_here: frozen from this tracker's data and published here (published_at is its
// publication). loaded: a report published elsewhere before the tracker existed, loaded as
// it stood (published_at is when it was loaded, not when the report came out).
export const editionSource = pgEnum("edition_source", ["made_here", "loaded"]);
export const role = pgEnum("role", ["admin", "editor", "viewer"]);
export const progressKind = pgEnum("progress_kind", ["bullet", "note"]);
