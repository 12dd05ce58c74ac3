import { sql } from "drizzle-orm";
import { check, customType, date, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { editionSource, editionStatus } from "./enums";
import { reportingRounds } from "./rounds";
import { users } from "./users";

/** A frozen report model at an as-of date; published content never changes. */
export const editions = pgTable(
  "editions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    period: text("period").notNull().unique(), // "2021-10"
    asOfDate: date("as_of_date").notNull(),
    titleJa: text("title_ja").notNull(),
    titleEn: text("title_en").notNull().default(""),
    status: editionStatus("status").notNull().default("draft"),
    source: editionSource("source").notNull().default("made_here"),
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
    /** The reporting round the draft was made from, if any. */
    roundId: uuid("round_id").references(() => reportingRounds.id),
    /** Why an admin made the draft though some of the round's projects were not approved. */
    overrideReason: text("override_reason"),
  },
  (t) => [
    check("editions_period_format", sql`${t.period} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
    check(
      "editions_published_has_content",
      sql`${t.status} = 'draft' or (${t.content} is not null and ${t.sha256} is not null and ${t.publishedAt} is not null)`,
    ),
  ],
);

const bytes = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * An edition's downloads (the CSV zip and the workbook), made once from its frozen content
 * and kept, so that every download of it is the same bytes with the same listed sha256. The
 * database computes the hash and size, and refuses to change a file (migration 0008).
 */
export const editionFiles = pgTable(
  "edition_files",
  {
    editionId: uuid("edition_id")
      .notNull()
      .references(() => editions.id, { onDelete: "cascade" }),
    format: text("format").notNull(),
    bytes: bytes("bytes").notNull(),
    sha256: text("sha256").notNull(),
    size: integer("size").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.editionId, t.format] }),
    check("edition_files_format", sql`${t.format} in ('csv', 'xlsx')`),
  ],
);
