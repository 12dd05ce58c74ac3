import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { accumulation, datePrecision, direction, measure } from "./enums";
import { versioned } from "./columns";
import { projects } from "./plan";

/** A measure of a project, or of the whole plan when project_id is null. */
export const indicators = pgTable(
  "indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id").references(() => projects.id, { onDelete: "cascade" }),
    key: text("key").notNull(),
    nameJa: text("name_ja").notNull(),
    nameEn: text("name_en").notNull().default(""),
    measure: measure("measure").notNull().default("count"),
    unitJa: text("unit_ja").notNull().default(""),
    unitEn: text("unit_en").notNull().default(""),
    direction: direction("direction").notNull().default("increase"),
    accumulation: accumulation("accumulation").notNull(),
    decimals: smallint("decimals").notNull().default(0),
    sortOrder: integer("sort_order").notNull().default(0),
    ...versioned,
  },
  (t) => [
    uniqueIndex("indicators_project_key_idx").on(
      sql`coalesce(${t.projectId}, '00000000-0000-0000-0000-000000000000'::uuid)`,
      t.key,
    ),
    index("indicators_project_idx").on(t.projectId, t.sortOrder),
    check("indicators_decimals_range", sql`${t.decimals} between 0 and 6`),
  ],
);

export const indicatorTargets = pgTable(
  "indicator_targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    value: numeric("value").notNull(),
    dueDate: date("due_date"),
    duePrecision: datePrecision("due_precision"),
    lowerBound: boolean("lower_bound").notNull().default(false),
    breakdownJa: text("breakdown_ja"),
    breakdownEn: text("breakdown_en"),
    noteJa: text("note_ja"),
    noteEn: text("note_en"),
    sortOrder: integer("sort_order").notNull().default(0),
    ...versioned,
  },
  (t) => [
    index("indicator_targets_indicator_idx").on(t.indicatorId),
    check("indicator_targets_due_pair", sql`(${t.dueDate} is null) = (${t.duePrecision} is null)`),
  ],
);

/** One value at a date or over a period; a breakdown label splits a total (受入れ / 派遣). */
export const indicatorObservations = pgTable(
  "indicator_observations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => indicators.id, { onDelete: "cascade" }),
    value: numeric("value").notNull(),
    periodStart: date("period_start"),
    periodStartPrecision: datePrecision("period_start_precision"),
    periodEnd: date("period_end"),
    periodEndPrecision: datePrecision("period_end_precision"),
    asOf: date("as_of"),
    asOfPrecision: datePrecision("as_of_precision"),
    approximate: boolean("approximate").notNull().default(false),
    lowerBound: boolean("lower_bound").notNull().default(false),
    provisional: boolean("provisional").notNull().default(false),
    isBaseline: boolean("is_baseline").notNull().default(false),
    breakdownJa: text("breakdown_ja"),
    breakdownEn: text("breakdown_en"),
    source: text("source"),
    noteJa: text("note_ja"),
    noteEn: text("note_en"),
    sortOrder: integer("sort_order").notNull().default(0),
    ...versioned,
  },
  (t) => [
    index("indicator_observations_indicator_idx").on(t.indicatorId, t.sortOrder),
    check(
      "indicator_observations_period_start_pair",
      sql`(${t.periodStart} is null) = (${t.periodStartPrecision} is null)`,
    ),
    check("indicator_observations_period_end_pair", sql`(${t.periodEnd} is null) = (${t.periodEndPrecision} is null)`),
    check("indicator_observations_as_of_pair", sql`(${t.asOf} is null) = (${t.asOfPrecision} is null)`),
    check(
      "indicator_observations_period_order",
      sql`${t.periodEnd} is null or ${t.periodStart} is null or ${t.periodStart} <= ${t.periodEnd}`,
    ),
  ],
);
