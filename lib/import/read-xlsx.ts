import ExcelJS from "exceljs";
import { TABLE_BY_NAME } from "@/lib/export/tables";
import { tableNamed } from "./file-kind";
import { columnLetter, readHeader, rowValues } from "./header";
import { MAX_ROWS, type IssueList } from "./issues";
import type { CellValue, ImportedTable } from "./types";

// The workbook, one sheet per table. Cells keep the types Excel gave them (numbers, dates,
// true/false, text), which the planner checks against each column's type. Text is taken
// as written: the export writes formula-like text as plain text cells, never with an
// apostrophe, so there is nothing to take off. A formula counts as the value Excel last
// saved for it: staff see that value, and the import never evaluates anything.

type CellRead = { value: CellValue } | { issue: string; params?: Record<string, string> };

const plainText = (value: unknown): string => {
  if (typeof value === "string") return value;
  if (value && typeof value === "object" && "richText" in value) return (value as ExcelJS.CellRichTextValue).richText.map((part) => part.text).join("");
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

/** The row's cells from column A on, as far as the row or the header reaches. */
function cellsOf(row: ExcelJS.Row, width: number, columnName: (index: number) => string, table: string, issues: IssueList): CellValue[] {
  const cells: CellValue[] = [];
  for (let i = 0; i < Math.max(width, row.cellCount); i++) {
    const cell = row.getCell(i + 1);
    const read = cellRead(cell.value);
    if ("issue" in read) {
      issues.add({ table, row: row.number, column: columnName(i), message: read.issue, params: { cell: cell.address, ...read.params } });
      cells.push(null);
    } else cells.push(read.value);
  }
  return cells;
}

function readSheet(sheet: ExcelJS.Worksheet, issues: IssueList): ImportedTable | null {
  const name = tableNamed(sheet.name);
  if (!name) {
    issues.add({ table: sheet.name, message: "importFile.unknownTable", params: { name: sheet.name } });
    return null;
  }
  if (sheet.actualRowCount > MAX_ROWS + 1) {
    issues.add({ table: name, message: "importFile.tooManyRows", params: { name, limit: MAX_ROWS } });
    return null;
  }
  const headerRow = sheet.getRow(1);
  const headerCells: string[] = [];
  for (let i = 1; i <= headerRow.cellCount; i++) headerCells.push(headerRow.getCell(i).text);
  while (headerCells.length && headerCells.at(-1)?.trim() === "") headerCells.pop();
  if (!headerCells.length) {
    issues.add({ table: name, row: 1, message: "importFile.noHeader", params: { name: sheet.name } });
    return null;
  }
  const header = readHeader(TABLE_BY_NAME.get(name)!, headerCells, issues);
  const columnName = (i: number) => header.keys[i] ?? (headerCells[i]?.trim() || columnLetter(i));
  const rows: ImportedTable["rows"] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1 || issues.full) return;
    const read = rowValues(header, cellsOf(row, headerCells.length, columnName, name, issues), number, name, issues);
    if (read) rows.push(read);
  });
  return { table: name, file: sheet.name, rows };
}

/** Every sheet of a workbook whose zip has already passed the size checks. */
export async function readWorkbook(bytes: Uint8Array, issues: IssueList): Promise<ImportedTable[] | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    issues.add({ message: "importFile.corrupt" });
    return null;
  }
  const tables: ImportedTable[] = [];
  for (const sheet of workbook.worksheets) {
    const table = readSheet(sheet, issues);
    if (table) tables.push(table);
  }
  return tables;
}
