import type { AuditExportRow } from "@/db/queries/audit";
import { can, type Actor } from "@/lib/domain/permissions";
import { headedCsv } from "./headed-csv";

// The audit log as a CSV download (/staff/audit/export): the rows as recorded, codes and
// field names included, for whoever needs them exactly (an auditor, a spreadsheet). UTF-8
// with a BOM and CRLF, as Excel in Japan opens it; Japanese headings with the key.

/** At most this many events, the newest: the filter narrows a larger log. */
export const AUDIT_EXPORT_LIMIT = 20_000;

export type AuditExportAnswer = { status: 401 | 403; body: { error: string } } | { ok: true };

export function auditExportRequest(actor: Actor | null): AuditExportAnswer {
  if (!actor) return { status: 401, body: { error: "sign in required" } };
  return can(actor, "audit.view") ? { ok: true } : { status: 403, body: { error: "forbidden" } };
}

const COLUMNS = [
  ["occurred_at", "日時"],
  ["actor_name", "担当者"],
  ["actor_email", "メールアドレス"],
  ["entity_type", "記録の種類"],
  ["entity_id", "記録ID"],
  ["label", "名称"],
  ["action", "操作"],
  ["area_number", "分野"],
  ["project_id", "項目ID"],
  ["changes", "変更内容（記録どおり）"],
  ["ip", "IPアドレス"],
  ["request_id", "要求ID"],
] as const;

export function auditCsv(rows: AuditExportRow[]): string {
  return headedCsv(
    COLUMNS,
    rows.map((r) => [
      r.occurredAt,
      r.actorName,
      r.actorEmail,
      r.entityType,
      r.entityId,
      r.label,
      r.action,
      r.areaNumber,
      r.projectId,
      JSON.stringify(r.changes ?? {}),
      r.ip,
      r.requestId,
    ]),
  );
}
