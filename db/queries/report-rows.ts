import { asc, eq } from "drizzle-orm";
import type { Db, Tx } from "../connection";
import * as t from "../schema";

/** The report's revision: it moves with every change to the report's tables. */
export async function getReportRevision(db: Db | Tx): Promise<number> {
  const [row] = await db
    .select({ revision: t.reportRevision.revision })
    .from(t.reportRevision)
    .where(eq(t.reportRevision.id, 1));
  return row?.revision ?? 0;
}

/** All report rows and their revision, read from one consistent snapshot. */
export async function loadReportSnapshot(db: Db) {
  return db.transaction(async (tx) => ({ revision: await getReportRevision(tx), rows: await loadReportRows(tx) }), {
    isolationLevel: "repeatable read",
    accessMode: "read only",
  });
}

/** Every row the report model is built from, each table in its display order. */
export async function loadReportRows(db: Db | Tx) {
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
    plan: plan ?? null,
    areas,
    projects,
    links,
    organizations,
    projectOrganizations,
    locations,
    projectLocations,
    milestones,
    indicators,
    targets,
    observations,
    progress,
    media,
  };
}

export type ReportRows = Awaited<ReturnType<typeof loadReportRows>>;
