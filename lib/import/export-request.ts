import { can, ownAreasOf, type Actor } from "@/lib/domain/permissions";
import type { ExportFormat } from "@/lib/export/live";

// The staff export's download (app/staff/import/export): who may have it, in which format,
// and under what name. Any staff member may read the live data (viewers included); the
// handler only streams what this allows.

export type ExportAnswer =
  { status: 400 | 401 | 403; body: { error: string } } | { format: ExportFormat; areas: number[] | null };

const FORMATS: readonly string[] = ["xlsx", "csv"] satisfies ExportFormat[];

/**
 * Which areas the download holds: an editor's own (or one of them, `area`), since those are
 * all they may change; an admin's or a viewer's choice of one area, or every area (null).
 */
export function exportRequest(actor: Actor | null, format: string | null, area: string | null = null): ExportAnswer {
  if (!actor) return { status: 401, body: { error: "sign in required" } };
  if (!can(actor, "staff.view")) return { status: 403, body: { error: "forbidden" } };
  if (!format || !FORMATS.includes(format)) return { status: 400, body: { error: "format must be xlsx or csv" } };
  const chosen = area === null || area === "" ? null : /^\d{1,2}$/.test(area) ? Number(area) : NaN;
  if (Number.isNaN(chosen) || chosen === 0) return { status: 400, body: { error: "area must be an area number" } };
  const own = ownAreasOf(actor);
  if (own && chosen !== null && !own.includes(chosen))
    return { status: 403, body: { error: "that area is not one of yours" } };
  return { format: format as ExportFormat, areas: chosen !== null ? [chosen] : own };
}

/** A download's time for its file name: 20261206-1630, Japan time. */
export const tokyoFileStamp = (at: Date) =>
  new Date(at.getTime() + 9 * 3_600_000).toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 13);

/** The download's headers: an attachment named after when it was taken (Japan time). */
export function exportHeaders(
  format: ExportFormat,
  takenAt: Date,
  areas: number[] | null = null,
): Record<string, string> {
  const stamp = tokyoFileStamp(takenAt);
  const scope = areas ? `area${areas.join("-")}-` : "";
  const name = `cooperation-plan-live-${scope}${stamp}.${format === "xlsx" ? "xlsx" : "zip"}`;
  return {
    "content-type":
      format === "xlsx" ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "application/zip",
    "content-disposition": `attachment; filename="${name}"`,
    "cache-control": "no-store",
  };
}
