import { and, asc, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import { DomainError } from "@/lib/domain/errors";
import type { Tx } from "../connection";
import { checkVersion, pick } from "../records/conflict";
import { touchProject, type Owner } from "../records/owner";
import type { LinkText } from "../records/project";
import { locations, organizations, projectLocations, projectOrganizations } from "../schema";
import { changedFields } from "./audit";
import type { Editing } from "./records";

// A project's partner organisations (with their role in it) and its places. An
// organisation or place can be chosen from those already known, or created on the spot.

type NewOrganization = {
  nameJa: string;
  nameEn: string;
  side: "jp" | "ru" | "joint" | "other";
  kind: (typeof organizations.$inferInsert)["kind"];
};
type NewLocation = {
  nameJa: string;
  nameEn: string;
  kind: (typeof locations.$inferInsert)["kind"];
  lat: string | null;
  lon: string | null;
};

const linkAudit = (owner: Owner, type: string, otherId: string, label: string) => ({
  entityType: type,
  entityId: `${owner.projectId}:${otherId}`,
  projectId: owner.projectId,
  areaNumber: owner.areaNumber,
  label: `${owner.code} ${label}`,
});

async function nextSort(tx: Tx, column: PgColumn, projectColumn: PgColumn, table: PgTable, projectId: string) {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${column}), -1)::int + 1` })
    .from(table)
    .where(eq(projectColumn, projectId));
  return row!.next;
}

export async function addOrganization(
  tx: Tx,
  input: LinkText & { projectId: string; organizationId: string; create: boolean; organization?: NewOrganization },
  { actor, audit, scope: owner }: Editing,
) {
  let orgId = input.organizationId;
  let name: string;
  if (input.create && input.organization) {
    const org = input.organization;
    const [created] = await tx
      .insert(organizations)
      .values({ ...org, key: `staff-${randomUUID()}`, updatedBy: actor.id })
      .returning({ id: organizations.id });
    orgId = created!.id;
    name = org.nameJa;
    await audit({
      entityType: "organization",
      entityId: orgId,
      action: "create",
      changes: changedFields({}, org),
      label: org.nameJa,
    });
  } else {
    const [org] = await tx
      .select({ nameJa: organizations.nameJa })
      .from(organizations)
      .where(eq(organizations.id, orgId));
    if (!org) throw DomainError.field("organizationId", "validation.unknownRecord");
    const [linked] = await tx
      .select({ id: projectOrganizations.organizationId })
      .from(projectOrganizations)
      .where(and(eq(projectOrganizations.projectId, input.projectId), eq(projectOrganizations.organizationId, orgId)));
    if (linked) throw DomainError.field("organizationId", "validation.alreadyLinked");
    name = org.nameJa;
  }
  const text = { roleJa: input.roleJa, roleEn: input.roleEn, labelJa: input.labelJa, labelEn: input.labelEn };
  const sortOrder = await nextSort(
    tx,
    projectOrganizations.sortOrder,
    projectOrganizations.projectId,
    projectOrganizations,
    input.projectId,
  );
  await tx
    .insert(projectOrganizations)
    .values({ projectId: input.projectId, organizationId: orgId, ...text, sortOrder, updatedBy: actor.id });
  await touchProject(tx, owner, actor.id);
  await audit({
    ...linkAudit(owner, "organizationLink", orgId, name),
    action: "create",
    changes: changedFields({}, text),
  });
  return { organizationId: orgId };
}

const orgLink = (projectId: string, organizationId: string) =>
  and(eq(projectOrganizations.projectId, projectId), eq(projectOrganizations.organizationId, organizationId));

async function lockOrgLink(tx: Tx, projectId: string, organizationId: string) {
  const [row] = await tx
    .select({ link: projectOrganizations, nameJa: organizations.nameJa })
    .from(projectOrganizations)
    .innerJoin(organizations, eq(organizations.id, projectOrganizations.organizationId))
    .where(orgLink(projectId, organizationId))
    .for("update", { of: projectOrganizations });
  return row ? { ...row.link, nameJa: row.nameJa } : undefined;
}

export async function saveOrganizationLink(
  tx: Tx,
  input: LinkText & { projectId: string; organizationId: string; version: number },
  { actor, audit, unchanged, scope: owner }: Editing,
) {
  const current = await checkVersion(tx, await lockOrgLink(tx, input.projectId, input.organizationId), input.version);
  const text = { roleJa: input.roleJa, roleEn: input.roleEn, labelJa: input.labelJa, labelEn: input.labelEn };
  const changes = changedFields(pick(current, Object.keys(text)), text);
  if (Object.keys(changes).length === 0) {
    unchanged();
    return { version: current.version };
  }
  await tx
    .update(projectOrganizations)
    .set({ ...text, version: current.version + 1, updatedAt: new Date(), updatedBy: actor.id })
    .where(orgLink(input.projectId, input.organizationId));
  await touchProject(tx, owner, actor.id);
  await audit({
    ...linkAudit(owner, "organizationLink", input.organizationId, current.nameJa),
    action: "update",
    changes,
  });
  return { version: current.version + 1 };
}

export async function removeOrganization(
  tx: Tx,
  input: { projectId: string; organizationId: string; version: number },
  { actor, audit, scope: owner }: Editing,
) {
  const current = await checkVersion(tx, await lockOrgLink(tx, input.projectId, input.organizationId), input.version);
  await tx.delete(projectOrganizations).where(orgLink(input.projectId, input.organizationId));
  await touchProject(tx, owner, actor.id);
  const old: Record<string, unknown> = {
    organization: current.nameJa,
    ...pick(current, ["roleJa", "roleEn", "labelJa", "labelEn"]),
  };
  await audit({
    ...linkAudit(owner, "organizationLink", input.organizationId, current.nameJa),
    action: "delete",
    changes: changedFields(old, { organization: null, roleJa: null, roleEn: null, labelJa: null, labelEn: null }),
  });
  return { organizationId: input.organizationId };
}

export async function addLocation(
  tx: Tx,
  input: { projectId: string; locationId: string; create: boolean; location?: NewLocation },
  { actor, audit, scope: owner }: Editing,
) {
  let locId = input.locationId;
  let name: string;
  if (input.create && input.location) {
    const [created] = await tx
      .insert(locations)
      .values({ ...input.location, key: `staff-${randomUUID()}`, updatedBy: actor.id })
      .returning({ id: locations.id });
    locId = created!.id;
    name = input.location.nameJa;
    await audit({
      entityType: "location",
      entityId: locId,
      action: "create",
      changes: changedFields({}, input.location),
      label: name,
    });
  } else {
    const [loc] = await tx.select({ nameJa: locations.nameJa }).from(locations).where(eq(locations.id, locId));
    if (!loc) throw DomainError.field("locationId", "validation.unknownRecord");
    const [linked] = await tx
      .select({ id: projectLocations.locationId })
      .from(projectLocations)
      .where(and(eq(projectLocations.projectId, input.projectId), eq(projectLocations.locationId, locId)));
    if (linked) throw DomainError.field("locationId", "validation.alreadyLinked");
    name = loc.nameJa;
  }
  const sortOrder = await nextSort(
    tx,
    projectLocations.sortOrder,
    projectLocations.projectId,
    projectLocations,
    input.projectId,
  );
  await tx.insert(projectLocations).values({ projectId: input.projectId, locationId: locId, sortOrder });
  await touchProject(tx, owner, actor.id);
  await audit({
    ...linkAudit(owner, "locationLink", locId, name),
    action: "create",
    changes: { location: { old: null, new: name } },
  });
  return { locationId: locId };
}

export async function removeLocation(
  tx: Tx,
  input: { projectId: string; locationId: string },
  { actor, audit, scope: owner }: Editing,
) {
  const [row] = await tx
    .select({ nameJa: locations.nameJa })
    .from(projectLocations)
    .innerJoin(locations, eq(locations.id, projectLocations.locationId))
    .where(and(eq(projectLocations.projectId, input.projectId), eq(projectLocations.locationId, input.locationId)));
  // Someone removed it already: the outcome the user wanted, reported as a conflict all the same.
  if (!row)
    throw DomainError.conflict({ updatedBy: null, updatedAt: new Date().toISOString(), version: 0, current: null });
  await tx
    .delete(projectLocations)
    .where(and(eq(projectLocations.projectId, input.projectId), eq(projectLocations.locationId, input.locationId)));
  await touchProject(tx, owner, actor.id);
  await audit({
    ...linkAudit(owner, "locationLink", input.locationId, row.nameJa),
    action: "delete",
    changes: { location: { old: row.nameJa, new: null } },
  });
  return { locationId: input.locationId };
}

/** Moves an organisation or a place one step up or down the project's list. */
export async function moveLink(
  tx: Tx,
  kind: "organization" | "location",
  input: { projectId: string; targetId: string; direction: "up" | "down" },
  { actor, audit, unchanged, scope: owner }: Editing,
) {
  const t =
    kind === "organization"
      ? {
          table: projectOrganizations,
          project: projectOrganizations.projectId,
          target: projectOrganizations.organizationId,
          sort: projectOrganizations.sortOrder,
        }
      : {
          table: projectLocations,
          project: projectLocations.projectId,
          target: projectLocations.locationId,
          sort: projectLocations.sortOrder,
        };
  const rows = await tx
    .select({ id: t.target, sortOrder: t.sort })
    .from(t.table)
    .where(eq(t.project, input.projectId))
    .orderBy(asc(t.sort), asc(t.target))
    .for("update");
  const from = rows.findIndex((r) => r.id === input.targetId);
  if (from < 0) throw new DomainError("validation.unknownRecord");
  const to = input.direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= rows.length) {
    unchanged();
    return { position: from + 1 };
  }
  [rows[from], rows[to]] = [rows[to]!, rows[from]!];
  for (const [i, r] of rows.entries()) {
    if (r.sortOrder !== i)
      await tx
        .update(t.table)
        .set({ sortOrder: i })
        .where(and(eq(t.project, input.projectId), eq(t.target, r.id)));
  }
  await touchProject(tx, owner, actor.id);
  await audit({
    ...linkAudit(owner, `${kind}Link`, input.targetId, ""),
    action: "reorder",
    changes: { position: { old: from + 1, new: to + 1 } },
  });
  return { position: to + 1 };
}
