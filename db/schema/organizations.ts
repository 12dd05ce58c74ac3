import { index, integer, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { organizationKind, side } from "./enums";
import { versioned } from "./columns";
import { projects } from "./plan";

export const organizations = pgTable("organizations", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  nameJa: text("name_ja").notNull(),
  nameEn: text("name_en").notNull().default(""),
  side: side("side").notNull(),
  kind: organizationKind("kind").notNull().default("other"),
  ...versioned,
});

export const projectOrganizations = pgTable(
  "project_organizations",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    organizationId: uuid("organization_id")
      .notNull()
      .references(() => organizations.id),
    roleJa: text("role_ja"),
    roleEn: text("role_en"),
    /** The name as this project's report writes it, where it differs from the canonical one. */
    labelJa: text("label_ja"),
    labelEn: text("label_en"),
    sortOrder: integer("sort_order").notNull().default(0),
    /** The role and label are edited like any record, so the link is versioned too. */
    ...versioned,
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.organizationId] }),
    index("project_organizations_org_idx").on(t.organizationId),
  ],
);
