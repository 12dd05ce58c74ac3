import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { datePrecision, deliveryConfidence, lifecycleStatus } from "./enums";
import { versioned } from "./columns";

export type OverviewBullet = { ja: string; en: string; sub?: boolean };

/** The plan itself: one row. Its as-of date is the live report's date. */
export const plans = pgTable(
  "plans",
  {
    id: smallint("id").primaryKey().default(1),
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull(),
    asOfDate: date("as_of_date").notNull(),
    asOfPrecision: datePrecision("as_of_precision").notNull(),
    noteJa: text("note_ja").notNull().default(""),
    noteEn: text("note_en").notNull().default(""),
    ...versioned,
  },
  (t) => [check("plans_single_row", sql`${t.id} = 1`)],
);

/** The 8 areas and cross-cutting matters (9). */
export const areas = pgTable(
  "areas",
  {
    number: smallint("number").primaryKey(),
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull(),
    overview: jsonb("overview").$type<OverviewBullet[]>().notNull().default([]),
    ...versioned,
  },
  (t) => [check("areas_number_range", sql`${t.number} between 1 and 99`)],
);

export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    areaNumber: smallint("area_number")
      .notNull()
      .references(() => areas.number),
    number: integer("number").notNull(),
    slug: text("slug").notNull().unique(),
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull().default(""),
    subtitleJa: text("subtitle_ja"),
    subtitleEn: text("subtitle_en"),
    summaryJa: text("summary_ja"),
    summaryEn: text("summary_en"),
    lifecycleStatus: lifecycleStatus("lifecycle_status").notNull().default("in_progress"),
    deliveryConfidence: deliveryConfidence("delivery_confidence").notNull().default("not_assessed"),
    confidenceNarrativeJa: text("confidence_narrative_ja"),
    confidenceNarrativeEn: text("confidence_narrative_en"),
    /** The report's organisation list ends in 等 ("and others"). */
    organizationsEtc: boolean("organizations_etc").notNull().default(false),
    /**
     * The last change to the project or anything in it (a milestone, a note…), for the
     * staff list's "last update" and stale flags. Kept apart from updated_at/version so
     * that saving a milestone never makes an open project form look stale.
     */
    lastActivityAt: timestamp("last_activity_at", { withTimezone: true }).notNull().defaultNow(),
    lastActivityBy: uuid("last_activity_by"),
    ...versioned,
  },
  (t) => [
    index("projects_area_number_idx").on(t.areaNumber, t.number),
    index("projects_last_activity_idx").on(t.lastActivityAt),
    check("projects_number_positive", sql`${t.number} > 0`),
    check(
      "projects_confidence_narrative",
      sql`${t.deliveryConfidence} not in ('at_risk','off_track') or coalesce(${t.confidenceNarrativeJa}, '') <> ''`,
    ),
  ],
);

/** The same initiative reported under two areas (1-⑥ and 6-⑦). Stored both ways. */
export const projectLinks = pgTable(
  "project_links",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    linkedProjectId: uuid("linked_project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.linkedProjectId] }),
    check("project_links_not_self", sql`${t.projectId} <> ${t.linkedProjectId}`),
  ],
);

/**
 * One row, bumped by triggers on every change to the report's tables (migration
 * 0004). Readers keep the built report model until the revision moves, so a page view
 * costs one tiny query instead of reloading the whole report.
 */
export const reportRevision = pgTable(
  "report_revision",
  {
    id: smallint("id").primaryKey().default(1),
    revision: integer("revision").notNull().default(0),
  },
  (t) => [check("report_revision_single_row", sql`${t.id} = 1`)],
);
