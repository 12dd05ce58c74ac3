import { sql } from "drizzle-orm";
import {
  bigserial,
  check,
  date,
  index,
  integer,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { notificationKind, roundReportState, roundStatus } from "./enums";
import { projects } from "./plan";
import { users } from "./users";

/**
 * A reporting round: every project of the areas in scope is asked for its update for a
 * period by a deadline. One round per period; a closed round takes no more submissions.
 */
export const reportingRounds = pgTable(
  "reporting_rounds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    period: text("period").notNull().unique(), // "2022-04"
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull().default(""),
    deadline: date("deadline").notNull(),
    instructionsJa: text("instructions_ja"),
    instructionsEn: text("instructions_en"),
    /** The areas asked; every project in them has a report row from the round's opening. */
    areaScope: smallint("area_scope").array().notNull(),
    status: roundStatus("status").notNull().default("open"),
    openedBy: uuid("opened_by").references(() => users.id),
    openedAt: timestamp("opened_at", { withTimezone: true }).notNull().defaultNow(),
    closedBy: uuid("closed_by").references(() => users.id),
    closedAt: timestamp("closed_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check("reporting_rounds_period_format", sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check("reporting_rounds_scope", sql`cardinality(${t.areaScope}) > 0`),
    check("reporting_rounds_closed", sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
  ],
);

/**
 * One project's report in a round: its state, who submitted and reviewed it and when, the
 * editor's note and the reviewer's comment. An approval records the project's last activity
 * as it stood, so that any later edit shows the report as changed since approval.
 */
export const roundReports = pgTable(
  "round_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => reportingRounds.id, { onDelete: "cascade" }),
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    /** The project's area when the round opened, so counts per area need no join. */
    areaNumber: smallint("area_number").notNull(),
    state: roundReportState("state").notNull().default("not_started"),
    note: text("note"),
    submittedBy: uuid("submitted_by").references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewComment: text("review_comment"),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    approvedActivityAt: timestamp("approved_activity_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("round_reports_round_project_idx").on(t.roundId, t.projectId),
    index("round_reports_round_state_idx").on(t.roundId, t.areaNumber, t.state),
    index("round_reports_project_idx").on(t.projectId),
    check("round_reports_approved", sql`(${t.state} = 'approved') = (${t.approvedActivityAt} is not null)`),
    check("round_reports_returned_comment", sql`${t.state} <> 'returned' or coalesce(${t.reviewComment}, '') <> ''`),
  ],
);

/**
 * Every mail the product wrote: sent through SMTP, or kept in the outbox when no SMTP server
 * is configured (the demo). A digest is at most one per person per day (the unique index),
 * however often the reminders run.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: notificationKind("kind").notNull(),
    roundId: uuid("round_id").references(() => reportingRounds.id, { onDelete: "set null" }),
    /** The day (Japan time) a digest is for; null for notices. */
    digestDay: date("digest_day"),
    toAddress: text("to_address").notNull(),
    subject: text("subject").notNull(),
    bodyText: text("body_text").notNull(),
    bodyHtml: text("body_html").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /** When the SMTP server accepted it; null while it waits in the outbox (or failed). */
    sentAt: timestamp("sent_at", { withTimezone: true }),
    /** "smtp" or "outbox": where it went. */
    transport: text("transport").notNull(),
    /** The last refusal, and how many times sending was tried: a mail refused too often is given up on. */
    error: text("error"),
    attempts: integer("attempts").notNull().default(0),
  },
  (t) => [
    uniqueIndex("notifications_digest_once_idx")
      .on(t.userId, t.digestDay)
      .where(sql`${t.kind} = 'digest'`),
    index("notifications_created_idx").on(t.createdAt),
    // What waits for SMTP, read by every delivery: a small index of the few unsent rows.
    index("notifications_pending_idx")
      .on(t.id)
      .where(sql`${t.transport} = 'smtp' and ${t.sentAt} is null`),
    check("notifications_digest_day", sql`(${t.kind} = 'digest') = (${t.digestDay} is not null)`),
    check("notifications_transport", sql`${t.transport} in ('smtp', 'outbox')`),
  ],
);
