import type ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import type { TableName } from "@/lib/export/tables";
import { tableNamed } from "../file-kind";
import { readZipEntries } from "../zip-entries";
import type { CellValue } from "../types";

// Editing an exported file as a member of staff would in Excel: cells found by the column's
// key (the header ends in （key）) and by the value of another column, rows added at the end.

const columnIndex = (header: string[], key: string) => {
  const i = header.findIndex((h) => h.endsWith(`（${key}）`));
  if (i < 0) throw new Error(`no column ${key}`);
  return i;
};

/** The table's sheet, however the workbook names it (「節目（milestones）」 or 「milestones」). */
export function sheetOf(workbook: ExcelJS.Workbook, table: TableName): ExcelJS.Worksheet {
  const sheet = workbook.worksheets.find((ws) => tableNamed(ws.name) === table);
  if (!sheet) throw new Error(`no sheet ${table}`);
  return sheet;
}

export class SheetEdit {
  constructor(private readonly sheet: ExcelJS.Worksheet) {}

  static of(workbook: ExcelJS.Workbook, table: TableName) {
    return new SheetEdit(sheetOf(workbook, table));
  }

  private get header(): string[] {
    return (this.sheet.getRow(1).values as unknown[]).slice(1).map(String);
  }

  /** The 1-based column number of a key. */
  column(key: string) {
    return columnIndex(this.header, key) + 1;
  }

  /** The number of the first data row whose cell in `key` equals `value`. */
  rowWhere(key: string, value: CellValue): number {
    const col = this.column(key);
    for (let n = 2; n <= this.sheet.rowCount; n++) if (this.sheet.getRow(n).getCell(col).value === value) return n;
    throw new Error(`no row with ${key} = ${String(value)}`);
  }

  get(row: number, key: string): CellValue {
    return this.sheet.getRow(row).getCell(this.column(key)).value as CellValue;
  }

  set(row: number, key: string, value: CellValue) {
    this.sheet.getRow(row).getCell(this.column(key)).value = value;
  }

  /** Appends a row (a copy of another one's cells, changed by `values`); returns its number. */
  append(values: Record<string, CellValue>, copyOf?: number): number {
    const header = this.header;
    const source = copyOf ? (this.sheet.getRow(copyOf).values as CellValue[]).slice(1) : [];
    const cells = header.map((_, i) => source[i] ?? null);
    for (const [key, value] of Object.entries(values)) cells[columnIndex(header, key)] = value;
    return this.sheet.addRow(cells).number;
  }
}

/** One table's CSV file out of the exported zip. */
export async function csvOf(zip: Uint8Array, table: TableName): Promise<string> {
  const read = await readZipEntries(zip, (name) => name === `${table}.csv`);
  if (!read.ok) throw new Error(read.message);
  const entry = read.entries.find((e) => e.name === `${table}.csv`);
  return new TextDecoder().decode(entry!.bytes!);
}

/** A CSV file edited as rows of fields (header first), written back as the export writes it. */
export function editCsv(text: string, edit: (rows: string[][], column: (key: string) => number) => void): Uint8Array {
  const rows = parse(text, { bom: true }) as string[][];
  edit(rows, (key) => columnIndex(rows[0]!, key));
  return new TextEncoder().encode(stringify(rows, { bom: true, record_delimiter: "windows" }));
}
