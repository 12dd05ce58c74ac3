import { precisionFieldOf } from "@/lib/domain/partial-date";
import type { Tx } from "../connection";
import { auditEvents, type FieldChange } from "../schema";

export type AuditEntry = {
  entityType: string;
  entityId: string;
  action: string;
  changes?: Record<string, FieldChange>;
  /** The project the record belongs to and its area, for the project history and the log's filters. */
  projectId?: string | null;
  areaNumber?: number | null;
  /** What the record is called ("1-② 人材育成: 研修開始"), readable after it is deleted. */
  label?: string | null;
};

export type AuditMeta = { actorId: string | null; ip: string | null; requestId?: string | null };

/** Written with the change, in the same transaction: no change without its record. */
export async function writeAudit(tx: Tx, meta: AuditMeta, entry: AuditEntry): Promise<void> {
  await tx.insert(auditEvents).values({
    actorId: meta.actorId,
    ip: meta.ip,
    requestId: meta.requestId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    changes: entry.changes ?? {},
    projectId: entry.projectId ?? null,
    areaNumber: entry.areaNumber ?? null,
    label: entry.label ?? null,
  });
}

/**
 * The fields whose values differ, as { field: { old, new } }. A date and its precision are
 * recorded together when either changes, so that the log can show the date as it was meant
 * (「2021年10月」, not 2021-10-01).
 */
export function changedFields<T extends Record<string, unknown>>(
  before: T,
  after: Partial<T>,
): Record<string, FieldChange> {
  const changes: Record<string, FieldChange> = {};
  const entry = (key: string) => ({ old: before[key] ?? null, new: after[key] ?? null });
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) changes[key] = entry(key);
  }
  for (const key of Object.keys(after)) {
    const precision = precisionFieldOf(key);
    if (!(precision in after)) continue;
    if (key in changes || precision in changes) {
      changes[key] ??= entry(key);
      changes[precision] ??= entry(precision);
    }
  }
  return changes;
}
