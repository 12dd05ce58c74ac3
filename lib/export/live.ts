import "server-only";
import type { Readable } from "node:stream";
import type { Db } from "@/db/connection";
import { loadReportSnapshot } from "@/db/queries/report-rows";
import { buildReport, type RecordRefs } from "@/lib/report/build";
import { csvZipStream } from "./csv-zip";
import { editionRows } from "./edition-rows";
import { xlsxStream } from "./xlsx";

// The staff export: the live data in the edition's tables, with each record's id and
// version, which is the one format the import accepts back.

export type ExportFormat = "xlsx" | "csv";

export const STAFF_README = [
  "協力プラン 進捗データ（職員用・現在のデータ）/ Cooperation plan progress data (staff export, live data)",
  "",
  "文字コード UTF-8（BOM付き）、改行 CRLF。/ UTF-8 with BOM, CRLF line ends.",
  "版数（version）列は取り込み時の競合確認に使います。変更しないでください。",
  "The version columns let the import detect changes made since this export: leave them as they are.",
  "",
].join("\r\n");

/**
 * The live data as a download, read from one consistent snapshot: every area, or only
 * `areas` (an editor's own; the plan's own figures and the reference tables come with them).
 */
export async function liveExport(
  db: Db,
  format: ExportFormat,
  areas: number[] | null = null,
): Promise<{ stream: Readable; takenAt: Date }> {
  const { rows } = await loadReportSnapshot(db);
  const refs: RecordRefs = new WeakMap();
  const model = buildReport(rows, refs);
  const shown = areas ? { ...model, areas: model.areas.filter((a) => areas.includes(a.number)) } : model;
  const source = editionRows(shown, refs);
  const takenAt = new Date();
  const stream =
    format === "xlsx" ? xlsxStream(source, "staff", takenAt) : csvZipStream(source, "staff", takenAt, STAFF_README);
  return { stream, takenAt };
}
