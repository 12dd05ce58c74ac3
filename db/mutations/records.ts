import { asc, eq, sql } from "drizzle-orm";
import { randomUUID } from "node:crypto";
import { DomainError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/permissions";
import type { Tx } from "../connection";
import { RECORD_CHECKS } from "../records/checks";
import { checkVersion, pick } from "../records/conflict";
import type { KindSpec } from "../records/kinds";
import { touchProject, type Owner } from "../records/owner";
import { changedFields, type AuditEntry } from "./audit";

// Create, save, delete and move for every kind of listed record (db/records/kinds.ts).
// Each runs inside the action's transaction; a stale version or a broken rule throws an
// DomainError and the transaction keeps nothing.

/** The action's context; `scope` is the record's project, found when the action was authorized. */
export type Editing = {
  actor: Actor;
  audit: (entry: AuditEntry) => Promise<void>;
  unchanged: () => void;
  scope: Owner;
};
type Row = Record<string, unknown>;

const lock = async (tx: Tx, spec: KindSpec, id: string) =>
  (await tx.select().from(spec.table).where(eq(spec.columns.id, id)).for("update"))[0] as
    (Row & { version: number; updatedAt: Date; updatedBy: string | null }) | undefined;

const auditFor = (spec: KindSpec, owner: Owner, id: string, row: Row) => ({
  entityType: spec.kind,
  entityId: id,
  projectId: owner.projectId,
  areaNumber: owner.areaNumber,
  label: [owner.code, spec.label(row)].filter(Boolean).join(" "),
});

/** A record's kind may add columns only a new row needs (an indicator's key). */
const INSERT_EXTRAS: Partial<Record<KindSpec["kind"], () => Row>> = {
  indicator: () => ({ key: `staff-${randomUUID()}` }),
};

export async function createRecord(
  tx: Tx,
  spec: KindSpec,
  parentId: string,
  values: Row,
  { actor, audit, scope: owner }: Editing,
) {
  const row = spec.toRow(values);
  await RECORD_CHECKS[spec.kind]?.(tx, parentId, row);
  // New records go to the end of their list.
  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${spec.columns.sortOrder}), -1)::int + 1` })
    .from(spec.table)
    .where(eq(spec.columns.parent, parentId))) as [{ next: number }];
  const [created] = (await tx
    .insert(spec.table)
    .values({
      ...row,
      ...INSERT_EXTRAS[spec.kind]?.(),
      [parentKey(spec)]: parentId,
      sortOrder: next,
      updatedBy: actor.id,
    } as never)
    .returning({ id: spec.columns.id })) as [{ id: string }];
  await touchProject(tx, owner, actor.id);
  await audit({ ...auditFor(spec, owner, created.id, row), action: "create", changes: changedFields({}, row) });
  return { id: created.id, version: 1 };
}

export async function saveRecord(
  tx: Tx,
  spec: KindSpec,
  input: { id: string; version: number },
  values: Row,
  { actor, audit, unchanged, scope: owner }: Editing,
) {
  const current = await checkVersion(tx, await lock(tx, spec, input.id), input.version, spec.toInput);
  const parentId = current[parentKey(spec)] as string;
  const row = spec.toRow(values);
  const changes = changedFields(pick(current, Object.keys(row)), row);
  if (Object.keys(changes).length === 0) {
    unchanged();
    return { id: input.id, version: current.version };
  }
  await RECORD_CHECKS[spec.kind]?.(tx, parentId, row);
  await tx
    .update(spec.table)
    .set({ ...row, version: current.version + 1, updatedAt: new Date(), updatedBy: actor.id } as never)
    .where(eq(spec.columns.id, input.id));
  await touchProject(tx, owner, actor.id);
  await audit({ ...auditFor(spec, owner, input.id, { ...current, ...row }), action: "update", changes });
  return { id: input.id, version: current.version + 1 };
}

export async function deleteRecord(
  tx: Tx,
  spec: KindSpec,
  input: { id: string; version: number },
  { actor, audit, scope: owner }: Editing,
) {
  const current = await checkVersion(tx, await lock(tx, spec, input.id), input.version, spec.toInput);
  const old = pick(current, writtenColumns(spec));
  await tx.delete(spec.table).where(eq(spec.columns.id, input.id));
  await touchProject(tx, owner, actor.id);
  // The whole record goes into the log, so a deletion can be read (and undone by hand).
  await audit({
    ...auditFor(spec, owner, input.id, current),
    action: "delete",
    changes: changedFields(old, Object.fromEntries(Object.keys(old).map((k) => [k, null]))),
  });
  return { id: input.id };
}

/** Swaps a record with its neighbour; positions are renumbered 0…n-1 on the way. */
export async function moveRecord(
  tx: Tx,
  spec: KindSpec,
  input: { id: string; direction: "up" | "down" },
  { actor, audit, unchanged, scope: owner }: Editing,
) {
  const current = await lock(tx, spec, input.id);
  if (!current) throw new DomainError("validation.unknownRecord");
  const parentId = current[parentKey(spec)] as string;
  const siblings = (await tx
    .select({ id: spec.columns.id, sortOrder: spec.columns.sortOrder })
    .from(spec.table)
    .where(eq(spec.columns.parent, parentId))
    .orderBy(asc(spec.columns.sortOrder), asc(spec.columns.id))
    .for("update")) as { id: string; sortOrder: number }[];
  const from = siblings.findIndex((s) => s.id === input.id);
  const to = input.direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= siblings.length) {
    unchanged();
    return { id: input.id, position: from + 1 };
  }
  [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
  for (const [i, s] of siblings.entries()) {
    if (s.sortOrder !== i)
      await tx
        .update(spec.table)
        .set({ sortOrder: i } as never)
        .where(eq(spec.columns.id, s.id));
  }
  await touchProject(tx, owner, actor.id);
  await audit({
    ...auditFor(spec, owner, input.id, current),
    action: "reorder",
    changes: { position: { old: from + 1, new: to + 1 } },
  });
  return { id: input.id, position: to + 1 };
}

const parentKey = (spec: KindSpec) => (spec.parent === "project" ? "projectId" : "indicatorId");

/** The columns a kind writes (its mapping of empty values names them all). */
const writtenColumns = (spec: KindSpec) => Object.keys(spec.toRow({}));
