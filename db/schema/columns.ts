import { integer, timestamp, uuid } from "drizzle-orm/pg-core";

// Shared column groups. Every editable row carries a version for optimistic locking
// and who/when it last changed, so a conflicting save can name the other editor.
export const versioned = {
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  updatedBy: uuid("updated_by"),
};
