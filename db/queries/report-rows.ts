import { asc } from "drizzle-orm";
import type { Db } from "../connection";
import * as t from "../schema";

/** Every row the report model is built from, each table in its display order. */
export async function loadReportRows(db: Db) {
  const [plan] = await db.select().from(t.plans).limit(1);
  const [areas, projects, links, organizations, projectOrganizations, locations, projectLocations] = await Promise.all([
    db.select().from(t.areas).orderBy(asc(t.areas.number)),
    db.select().from(t.projects).orderBy(asc(t.projects.areaNumber), asc(t.projects.number)),
    db.select().from(t.projectLinks),
    db.select().from(t.organizations),
    db.select().from(t.projectOrganizations).orderBy(asc(t.projectOrganizations.sortOrder)),
    db.select().from(t.locations),
    db.select().from(t.projectLocations).orderBy(asc(t.projectLocations.sortOrder)),
  ]);
  const [milestones, indicators, targets, observations, progress, media] = await Promise.all([
    db.select().from(t.milestones).orderBy(asc(t.milestones.sortOrder)),
    db.select().from(t.indicators).orderBy(asc(t.indicators.sortOrder)),
    db.select().from(t.indicatorTargets).orderBy(asc(t.indicatorTargets.sortOrder)),
    db.select().from(t.indicatorObservations).orderBy(asc(t.indicatorObservations.sortOrder)),
    db.select().from(t.progressUpdates).orderBy(asc(t.progressUpdates.sortOrder)),
    db.select().from(t.media).orderBy(asc(t.media.sortOrder)),
  ]);
  return {
    plan: plan ?? null, areas, projects, links, organizations, projectOrganizations, locations, projectLocations,
    milestones, indicators, targets, observations, progress, media,
  };
}

export type ReportRows = Awaited<ReturnType<typeof loadReportRows>>;
