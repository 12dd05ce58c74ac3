import { sql } from "drizzle-orm";
import { check, date, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { editionStatus } from "./enums";
import { users } from "./users";

/** A frozen report model at an as-of date; published content never changes. */
export const editions = pgTable("editions", {
  id: uuid("id").primaryKey().defaultRandom(),
  period: text("period").notNull().unique(), // "2021-10"
  asOfDate: date("as_of_date").notNull(),
  titleJa: text("title_ja").notNull(),
  titleEn: text("title_en").notNull().default(""),
  status: editionStatus("status").notNull().default("draft"),
  // The exact JSON text the application serialised: its sha256 is the hash of these bytes,
  // and storing text avoids re-parsing tens of megabytes as jsonb on every edition.
  content: text("content"),
  sha256: text("sha256"),
  schemaVersion: integer("schema_version").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  createdBy: uuid("created_by").references(() => users.id),
  publishedAt: timestamp("published_at", { withTimezone: true }),
  publishedBy: uuid("published_by").references(() => users.id),
  withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
  withdrawnBy: uuid("withdrawn_by").references(() => users.id),
  withdrawnReasonJa: text("withdrawn_reason_ja"),
  withdrawnReasonEn: text("withdrawn_reason_en"),
  version: integer("version").notNull().default(1),
}, (t) => [
  check("editions_period_format", sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  check("editions_published_has_content", sql`${t.status} = 'draft' or (${t.content} is not null and ${t.sha256} is not null and ${t.publishedAt} is not null)`),
]);
