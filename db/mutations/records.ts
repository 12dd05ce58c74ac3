import { eq, sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { randomUUID } from "node:crypto";
import { DomainError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/permissions";
import type { Tx } from "../connection";
import { RECORD_CHECKS } from "../records/checks";
import { checkVersion, pick } from "../records/conflict";
import type { KindSpec, RecordKind, RecordValues } from "../records/kinds";
import { touchProject, type Owner } from "../records/owner";
import { selectRecords } from "../records/rows";
import { changedFields, type AuditEntry } from "./audit";

// Create, save, delete and move for every kind of listed record (db/records/kinds.ts),
// given the columns the form writes (the action maps its values to them). Each runs inside
// the action's transaction; a stale version (StaleRecord) or a broken rule (DomainError)
// throws and the transaction keeps nothing. Writes go to the kind's table as a plain
// PgTable (see selectRecords): the values are typed per kind before they get here.

/** The action's context; `scope` is the record's project, found when the action was authorized. */
export type Editing = {
  actor: Actor;
  audit: (entry: AuditEntry) => Promise<void>;
  unchanged: () => void;
  scope: Owner;
};

const lock = async <K extends RecordKind>(tx: Tx, spec: KindSpec<K>, id: string) =>
  (await selectRecords(tx, spec, eq(spec.table.id, id), "for update"))[0];

const auditFor = <K extends RecordKind>(spec: KindSpec<K>, owner: Owner, id: string, row: RecordValues<K>) => ({
  entityType: spec.kind,
  entityId: id,
  projectId: owner.projectId,
  areaNumber: owner.areaNumber,
  label: [owner.code, spec.label(row)].filter(Boolean).join(" "),
});

/** A record's kind may add columns only a new row needs (an indicator's key). */
const insertExtras = (kind: RecordKind) => (kind === "indicator" ? { key: `staff-${randomUUID()}` } : {});

const parentKey = <K extends RecordKind>(spec: KindSpec<K>) =>
  spec.parent === "project" ? "projectId" : "indicatorId";

export async function createRecord<K extends RecordKind>(
  tx: Tx,
  spec: KindSpec<K>,
  parentId: string,
  row: RecordValues<K>,
  { actor, audit, scope: owner }: Editing,
) {
  await RECORD_CHECKS[spec.kind]?.(tx, parentId, row);
  // New records go to the end of their list.
  const table: PgTable = spec.table;
  const [{ next }] = (await tx
    .select({ next: sql<number>`coalesce(max(${spec.table.sortOrder}), -1)::int + 1` })
    .from(table)
    .where(eq(spec.parentColumn, parentId))) as [{ next: number }];
  const [created] = await tx
    .insert(table)
    .values({ ...row, ...insertExtras(spec.kind), [parentKey(spec)]: parentId, sortOrder: next, updatedBy: actor.id })
    .returning({ id: spec.table.id });
  await touchProject(tx, owner, actor.id);
  await audit({
    ...auditFor(spec, owner, created!.id, row),
    action: "create",
    changes: changedFields<Record<string, unknown>>({}, row),
  });
  return { id: created!.id, version: 1 };
}

export async function saveRecord<K extends RecordKind>(
  tx: Tx,
  spec: KindSpec<K>,
  input: { id: string; version: number },
  row: RecordValues<K>,
  { actor, audit, unchanged, scope: owner }: Editing,
) {
  const current = await checkVersion(tx, await lock(tx, spec, input.id), input.version);
  const table: PgTable = spec.table;
  const changes = changedFields(pick(current, spec.written), row);
  if (Object.keys(changes).length === 0) {
    unchanged();
    return { id: input.id, version: current.version };
  }
  await RECORD_CHECKS[spec.kind]?.(tx, spec.parentIdOf(current)!, row);
  await tx
    .update(table)
    .set({ ...row, version: current.version + 1, updatedAt: new Date(), updatedBy: actor.id })
    .where(eq(spec.table.id, input.id));
  await touchProject(tx, owner, actor.id);
  await audit({ ...auditFor(spec, owner, input.id, { ...current, ...row }), action: "update", changes });
  return { id: input.id, version: current.version + 1 };
}

export async function deleteRecord<K extends RecordKind>(
  tx: Tx,
  spec: KindSpec<K>,
  input: { id: string; version: number },
  { actor, audit, scope: owner }: Editing,
) {
  const current = await checkVersion(tx, await lock(tx, spec, input.id), input.version);
  const old = pick(current, spec.written);
  const table: PgTable = spec.table;
  await tx.delete(table).where(eq(spec.table.id, input.id));
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
export async function moveRecord<K extends RecordKind>(
  tx: Tx,
  spec: KindSpec<K>,
  input: { id: string; direction: "up" | "down" },
  { actor, audit, unchanged, scope: owner }: Editing,
) {
  const current = await lock(tx, spec, input.id);
  if (!current) throw new DomainError("validation.unknownRecord");
  const siblings = await selectRecords(tx, spec, eq(spec.parentColumn, spec.parentIdOf(current)!), "for update");
  const from = siblings.findIndex((s) => s.id === input.id);
  const to = input.direction === "up" ? from - 1 : from + 1;
  if (to < 0 || to >= siblings.length) {
    unchanged();
    return { id: input.id, position: from + 1 };
  }
  [siblings[from], siblings[to]] = [siblings[to]!, siblings[from]!];
  const table: PgTable = spec.table;
  for (const [i, s] of siblings.entries()) {
    if (s.sortOrder !== i) await tx.update(table).set({ sortOrder: i }).where(eq(spec.table.id, s.id));
  }
  await touchProject(tx, owner, actor.id);
  await audit({
    ...auditFor(spec, owner, input.id, current),
    action: "reorder",
    changes: { position: { old: from + 1, new: to + 1 } },
  });
  return { id: input.id, position: to + 1 };
}
