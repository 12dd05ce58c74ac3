import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export type FieldChange = { old: unknown; new: unknown };

/** Who changed what and when; written in the same transaction as the change. */
export const auditEvents = pgTable("audit_events", {
  id: bigserial("id", { mode: "number" }).primaryKey(),
  actorId: uuid("actor_id").references(() => users.id),
  occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
  entityType: text("entity_type").notNull(),
  entityId: text("entity_id").notNull(),
  action: text("action").notNull(),
  changes: jsonb("changes").$type<Record<string, FieldChange>>().notNull().default({}),
  ip: text("ip"),
}, (t) => [
  index("audit_events_entity_idx").on(t.entityType, t.entityId),
  index("audit_events_actor_idx").on(t.actorId, t.occurredAt),
  index("audit_events_time_idx").on(t.occurredAt),
]);
