import { and, eq, inArray, or, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain/errors";
import { can, type Actor } from "@/lib/domain/permissions";
import { circled } from "@/lib/domain/circled";
import type { Tx } from "../connection";
import { linkedProjectIds } from "../records/project";
import { checkVersion, pick } from "../records/conflict";
import { ownerOfProject, touchProject } from "../records/owner";
import { areas, projectLinks, projects } from "../schema";
import { changedFields } from "./audit";
import type { Editing } from "./records";

export type ProjectDetails = {
  id: string;
  version: number;
  areaNumber: number;
  titleJa: string;
  titleEn: string;
  subtitleJa: string | null;
  subtitleEn: string | null;
  summaryJa: string | null;
  summaryEn: string | null;
  lifecycleStatus: (typeof projects.$inferSelect)["lifecycleStatus"];
  deliveryConfidence: (typeof projects.$inferSelect)["deliveryConfidence"];
  confidenceNarrativeJa: string | null;
  confidenceNarrativeEn: string | null;
  organizationsEtc: boolean;
  linkedProjectIds: string[];
};

async function codesOf(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ areaNumber: projects.areaNumber, number: projects.number })
    .from(projects)
    .where(inArray(projects.id, ids));
  return rows.map((p) => `${p.areaNumber}-${circled(p.number)}`).sort();
}

/** Links are stored both ways, so linking changes the other project too: both must be the editor's. */
async function checkLinkTargets(tx: Tx, ids: string[], actor: Actor) {
  if (ids.length === 0) return;
  const found = await tx
    .select({ id: projects.id, areaNumber: projects.areaNumber })
    .from(projects)
    .where(inArray(projects.id, ids));
  if (found.length !== ids.length) throw DomainError.field("linkedProjectIds", "validation.unknownRecord");
  if (found.some((p) => !can(actor, "projects.edit", { areaNumber: p.areaNumber })))
    throw DomainError.field("linkedProjectIds", "validation.linkOutsideAreas");
}

export async function saveProjectDetails(tx: Tx, input: ProjectDetails, { actor, audit, unchanged }: Editing) {
  const [locked] = await tx.select().from(projects).where(eq(projects.id, input.id)).for("update");
  const oldLinks = await linkedProjectIds(tx, input.id);
  // A stale form sees the project as it stands, links included.
  const current = await checkVersion(tx, locked && { ...locked, linkedProjectIds: oldLinks }, input.version);
  // Ids arrive lower-cased, de-duplicated and sorted, a link to itself already refused (the schema).
  const { id, version, linkedProjectIds: newLinks, ...fields } = input;

  let number = current.number;
  if (fields.areaNumber !== current.areaNumber) {
    // Moving to another area needs rights in both, and takes the next number there.
    if (!can(actor, "projects.edit", { areaNumber: fields.areaNumber }))
      throw DomainError.field("areaNumber", "validation.areaOutsideScope");
    const [area] = await tx.select({ n: areas.number }).from(areas).where(eq(areas.number, fields.areaNumber));
    if (!area) throw DomainError.field("areaNumber", "validation.unknownArea");
    const [row] = await tx
      .select({ next: sql<number>`coalesce(max(${projects.number}), 0)::int + 1` })
      .from(projects)
      .where(eq(projects.areaNumber, fields.areaNumber));
    number = row!.next;
  }

  const added = newLinks.filter((l) => !oldLinks.includes(l));
  const removed = oldLinks.filter((l) => !newLinks.includes(l));
  await checkLinkTargets(tx, [...added, ...removed], actor);

  const changes = changedFields(pick(current, [...Object.keys(fields), "number"]), { ...fields, number });
  // The log names linked projects by their codes (6-⑦), which stay readable.
  if (added.length || removed.length)
    changes.linkedProjectIds = { old: await codesOf(tx, oldLinks), new: await codesOf(tx, newLinks) };
  if (Object.keys(changes).length === 0) {
    unchanged();
    return { id, version: current.version };
  }
  await tx
    .update(projects)
    .set({
      ...fields,
      number,
      version: current.version + 1,
      updatedAt: new Date(),
      updatedBy: actor.id,
      lastActivityAt: sql`now()`,
      lastActivityBy: actor.id,
    })
    .where(eq(projects.id, id));
  if (removed.length) {
    await tx
      .delete(projectLinks)
      .where(
        or(
          and(eq(projectLinks.projectId, id), inArray(projectLinks.linkedProjectId, removed)),
          and(inArray(projectLinks.projectId, removed), eq(projectLinks.linkedProjectId, id)),
        ),
      );
  }
  if (added.length) {
    await tx
      .insert(projectLinks)
      .values(
        added.flatMap((other) => [
          { projectId: id, linkedProjectId: other },
          { projectId: other, linkedProjectId: id },
        ]),
      )
      .onConflictDoNothing();
  }
  const owner = (await ownerOfProject(tx, id))!;
  for (const other of [...added, ...removed]) await touchProject(tx, { ...owner, projectId: other }, actor.id);
  await audit({
    entityType: "project",
    entityId: id,
    action: "update",
    changes,
    projectId: id,
    areaNumber: owner.areaNumber,
    label: `${owner.code} ${fields.titleJa}`,
  });
  return { id, version: current.version + 1 };
}
