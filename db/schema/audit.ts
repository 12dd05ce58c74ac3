import { bigserial, index, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export type FieldChange = { old: unknown; new: unknown };

/** Who changed what and when; written in the same transaction as the change. */
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    entityType: text("entity_type").notNull(),
    entityId: text("entity_id").notNull(),
    action: text("action").notNull(),
    changes: jsonb("changes").$type<Record<string, FieldChange>>().notNull().default({}),
    ip: text("ip"),
    /** The id of the request that made the change, as in the server's and the proxy's logs. */
    requestId: text("request_id"),
    /**
     * The project the change belongs to (a milestone's, an observation's…) and its area at
     * the time, so a project's history and the log's area filter need no joins through
     * records that may since have been deleted. No foreign key: history outlives records.
     */
    projectId: uuid("project_id"),
    areaNumber: smallint("area_number"),
    /** What the record was called then, so the log stays readable after a deletion. */
    label: text("label"),
  },
  (t) => [
    index("audit_events_project_idx").on(t.projectId, t.occurredAt),
    index("audit_events_area_idx").on(t.areaNumber, t.occurredAt),
    index("audit_events_entity_idx").on(t.entityType, t.entityId),
    index("audit_events_actor_idx").on(t.actorId, t.occurredAt),
    index("audit_events_time_idx").on(t.occurredAt),
  ],
);
