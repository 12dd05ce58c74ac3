import { sql } from "drizzle-orm";
import { check, date, index, integer, pgTable, text, uuid } from "drizzle-orm/pg-core";
import { datePrecision, milestoneStatus } from "./enums";
import { versioned } from "./columns";
import { projects } from "./plan";

export const milestones = pgTable(
  "milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull().default(""),
    status: milestoneStatus("status").notNull().default("planned"),
    plannedDate: date("planned_date"),
    plannedPrecision: datePrecision("planned_precision"),
    actualDate: date("actual_date"),
    actualPrecision: datePrecision("actual_precision"),
    sortOrder: integer("sort_order").notNull().default(0),
    /**
     * The last day the planned date allows (2021年度 → 2022-03-31, 年内 → 12-31): a
     * milestone is overdue once this has passed and it is neither completed nor cancelled.
     */
    plannedDue: date("planned_due").generatedAlwaysAs(sql`case planned_precision
    when 'day' then planned_date
    when 'month_end' then planned_date
    when 'month' then (date_trunc('month', planned_date::timestamp) + interval '1 month' - interval '1 day')::date
    when 'month_late' then (date_trunc('month', planned_date::timestamp) + interval '1 month' - interval '1 day')::date
    when 'fiscal_year' then make_date(extract(year from planned_date)::int + 1, 3, 31)
    when 'year' then make_date(extract(year from planned_date)::int, 12, 31)
    when 'year_end' then make_date(extract(year from planned_date)::int, 12, 31)
    when 'within_year' then make_date(extract(year from planned_date)::int, 12, 31)
  end`),
    ...versioned,
  },
  (t) => [
    index("milestones_project_idx").on(t.projectId, t.sortOrder),
    // Open milestones by due date: which projects have an overdue one (the list's filter)…
    index("milestones_open_due_idx")
      .on(t.plannedDue, t.projectId)
      .where(sql`status in ('planned', 'in_progress', 'delayed')`),
    // …and how many a given project has (the count on each row of the list).
    index("milestones_open_project_due_idx")
      .on(t.projectId, t.plannedDue)
      .where(sql`status in ('planned', 'in_progress', 'delayed')`),
    // A date never comes without its precision, nor a precision without a date.
    check("milestones_planned_pair", sql`(${t.plannedDate} is null) = (${t.plannedPrecision} is null)`),
    check("milestones_actual_pair", sql`(${t.actualDate} is null) = (${t.actualPrecision} is null)`),
    // Only what is done happened on a date: the start of work still going on is a milestone
    // of its own, or its planned period, never an unfinished milestone's actual date.
    check("milestones_actual_only_completed", sql`${t.actualDate} is null or ${t.status} = 'completed'`),
  ],
);
