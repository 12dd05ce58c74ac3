import { sql } from "drizzle-orm";
import { boolean, integer, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { role } from "./enums";

export const users = pgTable("users", {
  id: uuid("id").primaryKey().defaultRandom(),
  email: text("email").notNull(),
  name: text("name").notNull(),
  passwordHash: text("password_hash").notNull(),
  role: role("role").notNull(),
  /** Areas an editor may change; empty for admins and viewers. */
  areaScope: smallint("area_scope").array().notNull().default(sql`'{}'::smallint[]`),
  disabled: boolean("disabled").notNull().default(false),
  /** Bumped on disable, role, area or password change: older sessions end on their next request. */
  sessionVersion: integer("session_version").notNull().default(1),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
}, (t) => [uniqueIndex("users_email_lower_idx").on(sql`lower(${t.email})`)]);

/**
 * Failed sign-ins per account (keyed by the e-mail as typed, so unknown addresses behave
 * exactly like known ones) and per IP address. Kept in the database so that a restart or a
 * second app server does not reset it.
 */
export const loginThrottles = pgTable("login_throttles", {
  scope: text("scope", { enum: ["account", "ip"] }).notNull(),
  key: text("key").notNull(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
}, (t) => [primaryKey({ columns: [t.scope, t.key] })]);

/**
 * Sessions ended by signing out. A session cookie is a signed token; a request still in
 * flight when the user signs out can hand it back to the browser, so the token's id is
 * refused here until the token would have expired anyway.
 */
export const revokedSessions = pgTable("revoked_sessions", {
  sessionId: text("session_id").primaryKey(),
  expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
});
