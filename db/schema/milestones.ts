import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { datePrecision, milestoneStatus } from "./enums";
import { versioned } from "./columns";
import { projects } from "./plan";

export const milestones = pgTable("milestones", {
  id: uuid("id").primaryKey().defaultRandom(),
  projectId: uuid("project_id").notNull().references(() => projects.id, { onDelete: "cascade" }),
  titleJa: text("title_ja").notNull(),
  titleEn: text("title_en").notNull().default(""),
  status: milestoneStatus("status").notNull().default("planned"),
  plannedDate: date("planned_date"),
  plannedPrecision: datePrecision("planned_precision"),
  actualDate: date("actual_date"),
  actualPrecision: datePrecision("actual_precision"),
  sortOrder: integer("sort_order").notNull().default(0),
  ...versioned,
}, (t) => [
  index("milestones_project_idx").on(t.projectId, t.sortOrder),
  // A date never comes without its precision, nor a precision without a date.
  check("milestones_planned_pair", sql`(${t.plannedDate} is null) = (${t.plannedPrecision} is null)`),
  check("milestones_actual_pair", sql`(${t.actualDate} is null) = (${t.actualPrecision} is null)`),
]);
