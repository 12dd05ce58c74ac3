import { and, asc, count, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../connection";
import { auditEvents, users } from "../schema";
import { isUuid } from "./uuid";

/** The kinds of record the log knows by name; the filter accepts others too. */
export const AUDIT_ENTITY_TYPES = [
  "project",
  "milestone",
  "indicator",
  "target",
  "observation",
  "progress",
  "media",
  "organizationLink",
  "locationLink",
  "organization",
  "location",
  "user",
  "edition",
] as const;

export type AuditFilters = {
  actorId?: string;
  areaNumber?: number;
  entityType?: string;
  /** A record's id; a project's id also finds everything recorded under that project. */
  entityId?: string;
  /** Whole days, yyyy-mm-dd, in Japan time; both ends included. */
  from?: string;
  to?: string;
};

export type Paging = { page: number; pageSize: number };

export const MAX_PAGE_SIZE = 200;

// Japan has kept +09:00 all year since 1951, so a day there is a fixed span of UTC.
const tokyoMidnight = (isoDate: string, addDays = 0) => {
  const start = new Date(`${isoDate}T00:00:00+09:00`);
  start.setUTCDate(start.getUTCDate() + addDays);
  return start;
};

// The person a user event is about, so a row stays readable where the event has no label.
const subject = alias(users, "audit_subject");

const eventColumns = {
  id: auditEvents.id,
  occurredAt: auditEvents.occurredAt,
  actorId: auditEvents.actorId,
  actorName: users.name,
  actorEmail: users.email,
  entityType: auditEvents.entityType,
  entityId: auditEvents.entityId,
  action: auditEvents.action,
  changes: auditEvents.changes,
  projectId: auditEvents.projectId,
  areaNumber: auditEvents.areaNumber,
  label: sql<string | null>`coalesce(${auditEvents.label}, ${subject.name})`,
};

export type AuditEventRow = {
  id: number;
  occurredAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorEmail: string | null;
  entityType: string;
  entityId: string;
  action: string;
  changes: Record<string, { old: unknown; new: unknown }>;
  projectId: string | null;
  areaNumber: number | null;
  label: string | null;
};

export type AuditPage = { rows: AuditEventRow[]; total: number };

function pageBounds({ page, pageSize }: Paging) {
  const size = Math.min(Math.max(Math.trunc(pageSize) || 1, 1), MAX_PAGE_SIZE);
  const current = Math.max(Math.trunc(page) || 1, 1);
  return { limit: size, offset: (current - 1) * size };
}

/** One page of events matching `where`, newest first, and how many match in all. */
async function pageOfEvents(db: Db, where: SQL | undefined, paging: Paging): Promise<AuditPage> {
  const { limit, offset } = pageBounds(paging);
  const [rows, [counted]] = await Promise.all([
    db
      .select(eventColumns)
      .from(auditEvents)
      .leftJoin(users, eq(users.id, auditEvents.actorId))
      .leftJoin(subject, sql`${auditEvents.entityType} = 'user' and ${subject.id}::text = ${auditEvents.entityId}`)
      .where(where)
      .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(auditEvents).where(where),
  ]);
  return { rows: rows as AuditEventRow[], total: counted?.n ?? 0 };
}

function filterConditions(filters: AuditFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.actorId) {
    // An id that is not a uuid matches nobody rather than failing the cast.
    conditions.push(isUuid(filters.actorId) ? eq(auditEvents.actorId, filters.actorId) : sql`false`);
  }
  if (filters.areaNumber !== undefined) conditions.push(eq(auditEvents.areaNumber, filters.areaNumber));
  if (filters.entityType) conditions.push(eq(auditEvents.entityType, filters.entityType));
  if (filters.entityId) {
    const id = filters.entityId;
    conditions.push(
      isUuid(id) ? or(eq(auditEvents.entityId, id), eq(auditEvents.projectId, id)) : eq(auditEvents.entityId, id),
    );
  }
  if (filters.from) conditions.push(gte(auditEvents.occurredAt, tokyoMidnight(filters.from)));
  if (filters.to) conditions.push(lt(auditEvents.occurredAt, tokyoMidnight(filters.to, 1)));
  return and(...conditions);
}

/** An event as the log's CSV download holds it: the row as recorded, with its address and request id. */
export type AuditExportRow = AuditEventRow & { ip: string | null; requestId: string | null };

/** The newest `limit` events matching the filter, for the CSV download. */
export async function listAuditExport(db: Db, filters: AuditFilters, limit: number): Promise<AuditExportRow[]> {
  const rows = await db
    .select({ ...eventColumns, ip: auditEvents.ip, requestId: auditEvents.requestId })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .leftJoin(subject, sql`${auditEvents.entityType} = 'user' and ${subject.id}::text = ${auditEvents.entityId}`)
    .where(filterConditions(filters))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(limit);
  return rows as AuditExportRow[];
}

/** The audit log, filtered, newest first, one page at a time. */
export async function listAuditEvents(db: Db, filters: AuditFilters, paging: Paging): Promise<AuditPage> {
  return pageOfEvents(db, filterConditions(filters), paging);
}

/** Everything recorded about a project: the project itself and the records under it. */
export async function listProjectHistory(db: Db, projectId: string, paging: Paging): Promise<AuditPage> {
  if (!isUuid(projectId)) return { rows: [], total: 0 };
  const where = or(
    eq(auditEvents.projectId, projectId),
    and(eq(auditEvents.entityType, "project"), eq(auditEvents.entityId, projectId)),
  );
  return pageOfEvents(db, where, paging);
}

/** The people the log can be filtered by: every account, disabled ones too. */
export async function listAuditActors(db: Db) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .orderBy(asc(users.name), asc(users.email));
}
