import type ExcelJS from "exceljs";
import { TABLE_BY_NAME } from "@/lib/export/tables";
import { tableNamed, tableOfHeader } from "./file-kind";
import { columnLetter, readHeader, rowValues } from "./header";
import { MAX_ROWS, type IssueList } from "./issues";
import { parseInWorker } from "./parse-in-worker";
import { MAX_SHEET_WIDTH } from "./workbook-scan";
import type { CellValue, ImportedTable } from "./types";

// The workbook, one sheet per table. Cells keep the types Excel gave them (numbers, dates,
// true/false, text), which the planner checks against each column's type. Text is taken
// as written: the export writes formula-like text as plain text cells, never with an
// apostrophe, so there is nothing to take off. A formula counts as the value Excel last
// saved for it: staff see that value, and the import never evaluates anything. exceljs
// itself runs only in the parse worker (parse-in-worker.ts): its values arrive here plain.

type CellRead = { value: CellValue } | { issue: string; params?: Record<string, string> };

const plainText = (value: unknown): string => {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value)
    return (value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join("");
  return value === null || value === undefined ? "" : String(value);
};

function cellRead(value: ExcelJS.CellValue): CellRead {
  if (value === null || value === undefined) return { value: null };
  if (typeof value === "string") return { value: value === "" ? null : value };
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date) return { value };
  if ("error" in value) return { issue: "importFile.cellError", params: { error: value.error } };
  if ("richText" in value) return cellRead(plainText(value));
  if ("hyperlink" in value) return cellRead(plainText(value.text));
  if ("formula" in value || "sharedFormula" in value) {
    const { result } = value as ExcelJS.CellFormulaValue;
    return result === undefined || result === null ? { issue: "importFile.formulaWithoutValue" } : cellRead(result);
  }
  return { value: plainText(value) || null };
}

/** One row as the worker read it: its number and its cells' values from column A on. */
type SheetRow = { number: number; cells: ExcelJS.CellValue[] };
export type ParsedSheet = { name: string; rows: SheetRow[] };
type Parsed = { ok: true; sheets: ParsedSheet[] } | { ok: false; message: string; params?: Record<string, number> };

/** The row's cells as far as the header reaches (the scan bounded the row to its table's width). */
function cellsOf(
  row: SheetRow,
  width: number,
  columnName: (index: number) => string,
  table: string,
  issues: IssueList,
): CellValue[] {
  const cells: CellValue[] = [];
  for (let i = 0; i < Math.max(width, row.cells.length); i++) {
    const read = cellRead(row.cells[i] ?? null);
    if ("issue" in read) {
      issues.add({
        table,
        row: row.number,
        column: columnName(i),
        message: read.issue,
        params: { cell: `${columnLetter(i)}${row.number}`, ...read.params },
      });
      cells.push(null);
    } else cells.push(read.value);
  }
  return cells;
}

const headerText = (value: ExcelJS.CellValue): string => {
  const read = cellRead(value);
  if ("issue" in read || read.value === null) return "";
  return read.value instanceof Date ? read.value.toISOString() : String(read.value);
};

function readSheet(sheet: ParsedSheet, issues: IssueList): ImportedTable | null {
  const first = sheet.rows[0]?.number === 1 ? sheet.rows[0] : null;
  const headerCells = (first?.cells ?? []).map(headerText);
  while (headerCells.length && headerCells.at(-1)?.trim() === "") headerCells.pop();
  // A sheet is known by its name or, renamed (「Sheet1」, 「コピー」), by the columns its first row names.
  const name = tableNamed(sheet.name) ?? tableOfHeader(headerCells);
  if (!name) {
    issues.add({ table: sheet.name, message: "importFile.unknownTable", params: { name: sheet.name } });
    return null;
  }
  if (sheet.rows.length > MAX_ROWS + 1) {
    issues.add({ table: name, message: "importFile.tooManyRows", params: { name, limit: MAX_ROWS } });
    return null;
  }
  if (!headerCells.length) {
    issues.add({ table: name, row: 1, message: "importFile.noHeader", params: { name: sheet.name } });
    return null;
  }
  const header = readHeader(TABLE_BY_NAME.get(name)!, headerCells, issues);
  const columnName = (i: number) => header.keys[i] ?? (headerCells[i]?.trim() || columnLetter(i));
  const rows: ImportedTable["rows"] = [];
  for (const row of sheet.rows) {
    if (row.number === 1) continue;
    if (issues.full) break;
    const read = rowValues(
      header,
      cellsOf(row, headerCells.length, columnName, name, issues),
      row.number,
      name,
      issues,
    );
    if (read) rows.push(read);
  }
  return { table: name, file: sheet.name, rows };
}

/**
 * Every sheet of a workbook whose zip has passed the size checks and whose XML has passed
 * the scan (workbook-scan.ts); exceljs reads it in a worker thread (parse-in-worker.ts).
 */
export async function readWorkbook(bytes: Uint8Array, issues: IssueList): Promise<ImportedTable[] | null> {
  const parsed = await parseInWorker<Parsed>({ kind: "xlsx", bytes, maxColumn: MAX_SHEET_WIDTH });
  if (!parsed.ok) {
    issues.add({ message: parsed.message, params: parsed.params });
    return null;
  }
  const tables: ImportedTable[] = [];
  for (const sheet of parsed.sheets) {
    const table = readSheet(sheet, issues);
    if (table) tables.push(table);
  }
  return tables;
}
