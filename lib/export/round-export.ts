import ExcelJS from "exceljs";
import type { RoundReportRow } from "@/db/queries/round-reports";
import type { RoundCounts } from "@/db/queries/rounds";
import { projectCode } from "@/lib/domain/circled";
import { can, type Actor } from "@/lib/domain/permissions";
import { neutraliseText } from "./cells";
import { headedCsv, headingOf, type CsvCell, type CsvColumn } from "./headed-csv";

// A round's dashboard as downloads: the counts per area, and every report of the round, each
// one table with its headings in row 1 (Japanese, with the key), one value per cell, codes
// as codes and no total row, as the government's rules for machine-readable data ask. CSV
// is UTF-8 with a BOM and CRLF, as Excel in Japan opens it; the workbook holds both tables.

export const ROUND_TABLES = ["areas", "reports"] as const;
export type RoundTable = (typeof ROUND_TABLES)[number];

export type RoundExportAnswer =
  { status: 400 | 401 | 403; body: { error: string } } | { format: "csv" | "xlsx"; table: RoundTable };

export function roundExportRequest(
  actor: Actor | null,
  format: string | null,
  table: string | null,
): RoundExportAnswer {
  if (!actor) return { status: 401, body: { error: "sign in required" } };
  if (!can(actor, "rounds.view")) return { status: 403, body: { error: "forbidden" } };
  if (format !== "csv" && format !== "xlsx") return { status: 400, body: { error: "format must be csv or xlsx" } };
  const chosen = table ?? "areas";
  if (!(ROUND_TABLES as readonly string[]).includes(chosen))
    return { status: 400, body: { error: "table must be areas or reports" } };
  return { format, table: chosen as RoundTable };
}

type Table = { sheet: string; columns: CsvColumn[]; rows: CsvCell[][] };

export function areaTable(counts: (RoundCounts & { areaNumber: number })[]): Table {
  return {
    sheet: "分野別（areas）",
    columns: [
      ["area_number", "分野"],
      ["in_scope", "対象（件）"],
      ["not_started", "未着手（件）"],
      ["submitted", "提出済み（件）"],
      ["returned", "差戻し（件）"],
      ["approved", "承認済み（件）"],
      ["changed_since_approval", "承認後に変更（件）"],
      ["overdue", "期限超過（件）"],
    ],
    rows: counts.map((c) => [
      c.areaNumber,
      c.inScope,
      c.notStarted,
      c.submitted,
      c.returned,
      c.approved,
      c.changed,
      c.overdue,
    ]),
  };
}

export function reportTable(reports: RoundReportRow[]): Table {
  return {
    sheet: "項目別（reports）",
    columns: [
      ["area_number", "分野"],
      ["item_number", "項目番号"],
      ["item_code", "項目"],
      ["title_ja", "項目名"],
      ["state", "状態コード"],
      ["changed_since_approval", "承認後に変更"],
      ["overdue", "期限超過"],
      ["submitted_at", "提出日時"],
      ["submitted_by", "提出者"],
      ["reviewed_at", "確認日時"],
      ["reviewed_by", "確認者"],
    ],
    rows: reports.map((r) => [
      r.areaNumber,
      r.number,
      projectCode(r.areaNumber, r.number),
      r.titleJa,
      r.state,
      r.changedSinceApproval,
      r.overdue,
      r.submittedAt,
      r.submittedBy,
      r.reviewedAt,
      r.reviewedBy,
    ]),
  };
}

export const tableCsv = (table: Table) => headedCsv(table.columns, table.rows);

export async function tablesXlsx(tables: Table[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const table of tables) {
    const sheet = book.addWorksheet(table.sheet);
    sheet.addRow(table.columns.map(headingOf)).font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => (typeof v === "string" ? neutraliseText(v) : v)));
    sheet.columns.forEach((c) => (c.width = 16));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
