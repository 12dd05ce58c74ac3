import { inArray, isNull } from "drizzle-orm";
import type { Tx } from "../connection";
import {
  areas,
  indicatorObservations,
  indicators,
  indicatorTargets,
  milestones,
  organizations,
  progressUpdates,
  projectLinks,
  projectOrganizations,
  projects,
  users,
} from "../schema";

// What a spreadsheet import compares its rows with: the stored rows its ids name, and
// what their references resolve to (areas, indicators by key, organisations by key).
// Read in a few queries per table, the ids taken from the file in chunks, so that an
// import of a large plan stays a handful of round trips and within parameter limits.

const CHUNK = 1000;

async function inChunks<T>(values: string[], load: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  const unique = [...new Set(values)];
  const out: T[] = [];
  for (let i = 0; i < unique.length; i += CHUNK) out.push(...(await load(unique.slice(i, i + CHUNK))));
  return out;
}

/** The ids and keys a file names, table by table. */
export type ImportReferences = {
  projects: string[];
  milestones: string[];
  progress: string[];
  targets: string[];
  observations: string[];
  organizationKeys: string[];
};

export async function loadImportState(tx: Tx, refs: ImportReferences) {
  const projectRows = await inChunks(refs.projects, (c) => tx.select().from(projects).where(inArray(projects.id, c)));
  const projectIds = projectRows.map((p) => p.id);
  const [milestoneRows, progressRows, targetRows, observationRows] = await Promise.all([
    inChunks(refs.milestones, (c) => tx.select().from(milestones).where(inArray(milestones.id, c))),
    inChunks(refs.progress, (c) => tx.select().from(progressUpdates).where(inArray(progressUpdates.id, c))),
    inChunks(refs.targets, (c) => tx.select().from(indicatorTargets).where(inArray(indicatorTargets.id, c))),
    inChunks(refs.observations, (c) =>
      tx.select().from(indicatorObservations).where(inArray(indicatorObservations.id, c)),
    ),
  ]);
  const indicatorColumns = { id: indicators.id, projectId: indicators.projectId, key: indicators.key };
  const [projectIndicators, planIndicators, links, linked, orgs, areaRows] = await Promise.all([
    inChunks(projectIds, (c) => tx.select(indicatorColumns).from(indicators).where(inArray(indicators.projectId, c))),
    tx.select(indicatorColumns).from(indicators).where(isNull(indicators.projectId)),
    inChunks(projectIds, (c) =>
      tx.select().from(projectOrganizations).where(inArray(projectOrganizations.projectId, c)),
    ),
    inChunks(projectIds, (c) => tx.select().from(projectLinks).where(inArray(projectLinks.projectId, c))),
    inChunks(refs.organizationKeys, (c) =>
      tx
        .select({ id: organizations.id, key: organizations.key, nameJa: organizations.nameJa })
        .from(organizations)
        .where(inArray(organizations.key, c)),
    ),
    tx.select({ number: areas.number }).from(areas),
  ]);
  return {
    projects: projectRows,
    milestones: milestoneRows,
    progress: progressRows,
    targets: targetRows,
    observations: observationRows,
    indicators: [...planIndicators, ...projectIndicators],
    organizationLinks: links,
    projectLinks: linked,
    organizations: orgs,
    areaNumbers: areaRows.map((a) => a.number),
  };
}

export type ImportState = Awaited<ReturnType<typeof loadImportState>>;

/** Names of the people who last saved rows, for a conflict's "changed by … at …". */
export async function userNamesOf(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const rows = await inChunks(ids, (c) =>
    tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, c)),
  );
  return new Map(rows.map((r) => [r.id, r.name]));
}
