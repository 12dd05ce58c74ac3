import "server-only";
import { asc, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../connection";
import { KINDS, type RecordKind } from "../records/kinds";
import { linkedProjectIds, orgLinkToInput, projectToInput } from "../records/project";
import { locations, organizations, projectLocations, projectOrganizations, projects, users } from "../schema";

// What the staff editor pages read: each record with its form values, id and version.

export async function getProjectHeader(db: Db, id: string) {
  const [row] = await db
    .select({
      id: projects.id,
      areaNumber: projects.areaNumber,
      number: projects.number,
      titleJa: projects.titleJa,
      titleEn: projects.titleEn,
      lifecycleStatus: projects.lifecycleStatus,
      deliveryConfidence: projects.deliveryConfidence,
      lastActivityAt: projects.lastActivityAt,
      lastActivityBy: users.name,
    })
    .from(projects)
    .leftJoin(users, eq(users.id, projects.lastActivityBy))
    .where(eq(projects.id, id));
  return row ?? null;
}

export async function getProjectDetails(db: Db, id: string) {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  if (!row) return null;
  const links = await linkedProjectIds(db, id);
  return { id: row.id, version: row.version, ...projectToInput(row, links) };
}

/** Every other project, for choosing cross-area links. */
export async function listLinkCandidates(db: Db, id: string) {
  return db
    .select({
      id: projects.id,
      areaNumber: projects.areaNumber,
      number: projects.number,
      titleJa: projects.titleJa,
      titleEn: projects.titleEn,
    })
    .from(projects)
    .where(ne(projects.id, id))
    .orderBy(asc(projects.areaNumber), asc(projects.number));
}

type Listed = { id: string; version: number; values: Record<string, unknown>; row: Record<string, unknown> };

/** The records of one kind under a parent, in order, as rows and as form values. */
export async function listRecords(db: Db, kind: RecordKind, parentIds: string[]): Promise<Map<string, Listed[]>> {
  const spec = KINDS[kind];
  const byParent = new Map<string, Listed[]>();
  if (parentIds.length === 0) return byParent;
  const rows = (await db
    .select()
    .from(spec.table)
    .where(inArray(spec.columns.parent, parentIds))
    .orderBy(asc(spec.columns.sortOrder), asc(spec.columns.id))) as Record<string, unknown>[];
  const parentKey = spec.parent === "project" ? "projectId" : "indicatorId";
  for (const row of rows) {
    const list = byParent.get(row[parentKey] as string) ?? [];
    list.push({ id: row.id as string, version: row.version as number, values: spec.toInput(row), row });
    byParent.set(row[parentKey] as string, list);
  }
  return byParent;
}

/** A project's indicators with their targets and observations. */
export async function listIndicatorsOf(db: Db, projectId: string) {
  const list = (await listRecords(db, "indicator", [projectId])).get(projectId) ?? [];
  const ids = list.map((i) => i.id);
  const [targets, observations] = await Promise.all([
    listRecords(db, "target", ids),
    listRecords(db, "observation", ids),
  ]);
  return list.map((i) => ({ ...i, targets: targets.get(i.id) ?? [], observations: observations.get(i.id) ?? [] }));
}

export async function listPartners(db: Db, projectId: string) {
  const [orgs, places, allOrgs, allPlaces] = await Promise.all([
    db
      .select({ link: projectOrganizations, org: organizations })
      .from(projectOrganizations)
      .innerJoin(organizations, eq(organizations.id, projectOrganizations.organizationId))
      .where(eq(projectOrganizations.projectId, projectId))
      .orderBy(asc(projectOrganizations.sortOrder)),
    db
      .select({ id: locations.id, nameJa: locations.nameJa, nameEn: locations.nameEn, kind: locations.kind })
      .from(projectLocations)
      .innerJoin(locations, eq(locations.id, projectLocations.locationId))
      .where(eq(projectLocations.projectId, projectId))
      .orderBy(asc(projectLocations.sortOrder)),
    db
      .select({
        id: organizations.id,
        nameJa: organizations.nameJa,
        nameEn: organizations.nameEn,
        side: organizations.side,
      })
      .from(organizations)
      .orderBy(asc(organizations.nameJa)),
    db
      .select({ id: locations.id, nameJa: locations.nameJa, nameEn: locations.nameEn })
      .from(locations)
      .orderBy(asc(locations.nameJa)),
  ]);
  return {
    organizations: orgs.map(({ link, org }) => ({
      organizationId: org.id,
      version: link.version,
      nameJa: org.nameJa,
      nameEn: org.nameEn,
      side: org.side,
      values: orgLinkToInput(link),
    })),
    places,
    organizationOptions: allOrgs.filter((o) => !orgs.some((l) => l.org.id === o.id)),
    placeOptions: allPlaces.filter((p) => !places.some((l) => l.id === p.id)),
  };
}
