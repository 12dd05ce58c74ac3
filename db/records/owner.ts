import { eq, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain/errors";
import { can, type Actor } from "@/lib/domain/permissions";
import { circled } from "@/lib/domain/circled";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../connection";
import { indicators, projects } from "../schema";
import type { KindSpec, RecordKind } from "./kinds";

/** The project a record belongs to: what an editor's areas are checked against. */
export type Owner = { projectId: string | null; areaNumber: number | null; code: string };

const PLAN_LEVEL: Owner = { projectId: null, areaNumber: null, code: "" };

export async function ownerOfProject(tx: Tx, projectId: string): Promise<Owner | null> {
  const [p] = await tx
    .select({ areaNumber: projects.areaNumber, number: projects.number })
    .from(projects)
    .where(eq(projects.id, projectId));
  return p ? { projectId, areaNumber: p.areaNumber, code: `${p.areaNumber}-${circled(p.number)}` } : null;
}

async function ownerOfIndicator(tx: Tx, indicatorId: string): Promise<Owner | null> {
  const [i] = await tx
    .select({ projectId: indicators.projectId })
    .from(indicators)
    .where(eq(indicators.id, indicatorId));
  if (!i) return null;
  // Plan-level figures (200件超, 約6割) belong to no project: only admins change them.
  return i.projectId ? ownerOfProject(tx, i.projectId) : PLAN_LEVEL;
}

export const ownerOfParent = <K extends RecordKind>(tx: Tx, spec: KindSpec<K>, parentId: string) =>
  spec.parent === "project" ? ownerOfProject(tx, parentId) : ownerOfIndicator(tx, parentId);

export async function parentOf<K extends RecordKind>(tx: Tx, spec: KindSpec<K>, id: string): Promise<string | null> {
  const table: PgTable = spec.table; // see selectRecords (rows.ts)
  const [r] = await tx.select({ parent: spec.parentColumn }).from(table).where(eq(spec.table.id, id));
  return r?.parent ?? null;
}

export async function ownerOfRecord<K extends RecordKind>(
  tx: Tx,
  spec: KindSpec<K>,
  id: string,
): Promise<Owner | null> {
  const parent = await parentOf(tx, spec, id);
  return parent ? ownerOfParent(tx, spec, parent) : null;
}

/**
 * Unknown ids are refused as unknown (not as forbidden), and an editor may only change
 * the projects of their own areas: the same answer whatever the page offered.
 */
export function authorizeOwner(owner: Owner | null, actor: Actor): Owner | false {
  if (!owner) throw new DomainError("validation.unknownRecord");
  const allowed =
    owner.areaNumber === null ? actor.role === "admin" : can(actor, "projects.edit", { areaNumber: owner.areaNumber });
  return allowed ? owner : false;
}

/** Saving anything in a project moves its "last update" without touching its version. */
export async function touchProject(tx: Tx, owner: Owner, actorId: string) {
  if (!owner.projectId) return;
  await tx
    .update(projects)
    .set({ lastActivityAt: sql`now()`, lastActivityBy: actorId })
    .where(eq(projects.id, owner.projectId));
}
