import { index, integer, numeric, pgTable, primaryKey, text, uuid } from "drizzle-orm/pg-core";
import { locationKind } from "./enums";
import { versioned } from "./columns";
import { projects } from "./plan";

export const locations = pgTable("locations", {
  id: uuid("id").primaryKey().defaultRandom(),
  key: text("key").notNull().unique(),
  nameJa: text("name_ja").notNull(),
  nameEn: text("name_en").notNull().default(""),
  kind: locationKind("kind").notNull(),
  lat: numeric("lat", { precision: 9, scale: 6 }),
  lon: numeric("lon", { precision: 9, scale: 6 }),
  ...versioned,
});

export const projectLocations = pgTable(
  "project_locations",
  {
    projectId: uuid("project_id")
      .notNull()
      .references(() => projects.id, { onDelete: "cascade" }),
    locationId: uuid("location_id")
      .notNull()
      .references(() => locations.id),
    sortOrder: integer("sort_order").notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.locationId] }),
    index("project_locations_location_idx").on(t.locationId),
  ],
);
