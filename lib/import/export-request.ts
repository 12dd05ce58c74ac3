import { can, type Actor } from "@/lib/domain/permissions";
import type { ExportFormat } from "@/lib/export/live";

// The staff export's download (app/staff/import/export): who may have it, in which format,
// and under what name. Any staff member may read the live data (viewers included); the
// handler only streams what this allows.

export type ExportAnswer = { status: 400 | 401 | 403; body: { error: string } } | { format: ExportFormat };

const FORMATS: readonly string[] = ["xlsx", "csv"] satisfies ExportFormat[];

export function exportRequest(actor: Actor | null, format: string | null): ExportAnswer {
  if (!actor) return { status: 401, body: { error: "sign in required" } };
  if (!can(actor, "staff.view")) return { status: 403, body: { error: "forbidden" } };
  if (!format || !FORMATS.includes(format)) return { status: 400, body: { error: "format must be xlsx or csv" } };
  return { format: format as ExportFormat };
}

/** The download's headers: an attachment named after when it was taken (Japan time). */
export function exportHeaders(format: ExportFormat, takenAt: Date): Record<string, string> {
  const stamp = new Date(takenAt.getTime() + 9 * 3_600_000)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace("T", "-")
    .slice(0, 13);
  const name = `cooperation-plan-live-${stamp}.${format === "xlsx" ? "xlsx" : "zip"}`;
  return {
    "content-type":
      format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/zip",
    "content-disposition": `attachment; filename="${name}"`,
    "cache-control": "no-store",
  };
}
