import { pgEnum } from "drizzle-orm/pg-core";
import {
  ACCUMULATIONS,
  DELIVERY_CONFIDENCES,
  DIRECTIONS,
  EDITION_SOURCES,
  EDITION_STATUSES,
  LIFECYCLE_STATUSES,
  LOCATION_KINDS,
  MEASURES,
  MILESTONE_STATUSES,
  ORGANIZATION_KINDS,
  NOTIFICATION_KINDS,
  PROGRESS_KINDS,
  ROLES,
  ROUND_REPORT_STATES,
  ROUND_STATUSES,
  SIDES,
} from "@/lib/domain/code-lists";
import { DATE_PRECISIONS } from "@/lib/domain/partial-date";

// The database's enums, from the one declaration of each code list (lib/domain/code-lists.ts).
export const datePrecision = pgEnum("date_precision", DATE_PRECISIONS);
export const side = pgEnum("side", SIDES);
export const organizationKind = pgEnum("organization_kind", ORGANIZATION_KINDS);
export const locationKind = pgEnum("location_kind", LOCATION_KINDS);
export const lifecycleStatus = pgEnum("lifecycle_status", LIFECYCLE_STATUSES);
export const deliveryConfidence = pgEnum("delivery_confidence", DELIVERY_CONFIDENCES);
export const milestoneStatus = pgEnum("milestone_status", MILESTONE_STATUSES);
export const measure = pgEnum("measure", MEASURES);
export const direction = pgEnum("direction", DIRECTIONS);
export const accumulation = pgEnum("accumulation", ACCUMULATIONS);
export const editionStatus = pgEnum("edition_status", EDITION_STATUSES);
export const editionSource = pgEnum("edition_source", EDITION_SOURCES);
export const role = pgEnum("role", ROLES);
export const progressKind = pgEnum("progress_kind", PROGRESS_KINDS);
export const roundStatus = pgEnum("round_status", ROUND_STATUSES);
export const roundReportState = pgEnum("round_report_state", ROUND_REPORT_STATES);
export const notificationKind = pgEnum("notification_kind", NOTIFICATION_KINDS);
