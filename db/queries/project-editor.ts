import "server-only";
import { asc, eq, inArray, ne } from "drizzle-orm";
import type { Db } from "../connection";
import { KINDS, type RecordKind, type StoredRecord } from "../records/kinds";
import { linkedProjectIds } from "../records/project";
import { selectRecords } from "../records/rows";
import { locations, organizations, projectLocations, projectOrganizations, projects, users } from "../schema";

// What the staff editor pages read: the stored rows, which the pages show in their forms'
// terms (lib/records).

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
  return { ...row, linkedProjectIds: await linkedProjectIds(db, id) };
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

/** The records of one kind under each of `parentIds`, in list order. */
export async function listRecords<K extends RecordKind>(
  db: Db,
  kind: K,
  parentIds: string[],
): Promise<Map<string, StoredRecord<K>[]>> {
  const spec = KINDS[kind];
  const byParent = new Map<string, StoredRecord<K>[]>();
  if (parentIds.length === 0) return byParent;
  for (const row of await selectRecords(db, spec, inArray(spec.parentColumn, parentIds))) {
    const parentId = spec.parentIdOf(row)!;
    byParent.set(parentId, [...(byParent.get(parentId) ?? []), row]);
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
      link,
    })),
    places,
    organizationOptions: allOrgs.filter((o) => !orgs.some((l) => l.org.id === o.id)),
    placeOptions: allPlaces.filter((p) => !places.some((l) => l.id === p.id)),
  };
}
