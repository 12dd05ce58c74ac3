import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { role } from "./enums";

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: role("role").notNull(),
    /** Areas an editor may change, or a reviewer review; empty for admins and viewers. */
    areaScope: smallint("area_scope")
      .array()
      .notNull()
      .default(sql`'{}'::smallint[]`),
    disabled: boolean("disabled").notNull().default(false),
    /** The language of the mails the product sends them. */
    locale: text("locale").notNull().default("ja"),
    /** The daily digest of what is due (npm run reminders); each user may turn it off. */
    digestsEnabled: boolean("digests_enabled").notNull().default(true),
    /** Bumped on disable, role, area or password change: older sessions end on their next request. */
    sessionVersion: integer("session_version").notNull().default(1),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`),
    check("users_locale", sql`${t.locale} in ('ja', 'en')`),
  ],
);

/**
 * Failed sign-ins per account (keyed by the e-mail as typed, so unknown addresses behave
 * exactly like known ones) and per IP address. Kept in the database so that a restart or a
 * second app server does not reset it.
 */
export const loginThrottles = pgTable(
  "login_throttles",
  {
    scope: text("scope", { enum: ["account", "ip"] }).notNull(),
    key: text("key").notNull(),
    failures: integer("failures").notNull().default(0),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] })],
);

/**
 * Staff sessions, one row per sign-in. The cookie is a signed token naming its row; the row
 * decides whether it still counts: ended by signing out, too old (SESSION_MAX_HOURS after
 * sign-in) or idle too long (SESSION_IDLE_MINUTES since its last request). A stolen cookie
 * therefore stops working when the row does, whatever the token says.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    signedInAt: timestamp("signed_in_at", { withTimezone: true }).notNull(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    ip: text("ip"),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);
