import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { datePrecision, progressKind } from "./enums";
import { versioned } from "./columns";
import { projects } from "./plan";

/** A progress note (one bullet of the report), in report order. */
export const progressUpdates = pgTable(
  "progress_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    date: date("date"),
    datePrecision: datePrecision("date_precision"),
    /** The slide's sub-heading the bullet sits under (「<①関係の成果>」). */
    groupJa: text("group_ja"),
    groupEn: text("group_en"),
    textJa: text("text_ja").notNull(),
    textEn: text("text_en"),
    kind: progressKind("kind").notNull().default("bullet"),
    sub: boolean("sub").notNull().default(false),
    sortOrder: integer("sort_order").notNull().default(0),
    ...versioned,
  },
  (t) => [
    index("progress_updates_project_idx").on(t.projectId, t.sortOrder),
    check("progress_updates_date_pair", sql`(${t.date} is null) = (${t.datePrecision} is null)`),
  ],
);

/** A photo of the report (▲ caption); the image file itself may come later. */
export const media = pgTable(
  "media",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    captionJa: text("caption_ja").notNull(),
    captionEn: text("caption_en"),
    filePath: text("file_path"),
    sortOrder: integer("sort_order").notNull().default(0),
    ...versioned,
  },
  (t) => [index("media_project_idx").on(t.projectId, t.sortOrder)],
);
