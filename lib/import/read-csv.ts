import { CsvError, parse } from "csv-parse/sync";
import { restoreText } from "@/lib/export/cells";
import { TABLE_BY_NAME, type TableName } from "@/lib/export/tables";
import { readHeader, rowValues } from "./header";
import { MAX_ROWS, type IssueList } from "./issues";
import type { CellValue, ImportedTable } from "./types";

// One table's CSV file, as the export writes it (UTF-8 with a BOM, CRLF, RFC 4180 quoting)
// and as Excel saves it back with "CSV UTF-8". Every value is text; the planner reads each
// as its column's type. Text the export wrote after an apostrophe (text a spreadsheet would
// take for a formula) gets back exactly what was exported.

/** The file as text, or null when it is not UTF-8 (Excel's plain "CSV" saves Shift_JIS). */
function decode(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

function records(text: string, table: string, issues: IssueList): string[][] | null {
  try {
    // Field counts are checked below rather than by the parser, which would stop at the
    // first short row; staff get every such row at once, and blank lines pass as blank rows.
    return parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  } catch (e) {
    if (!(e instanceof CsvError)) throw e;
    issues.add({ table, message: "importFile.csvMalformed", params: { line: Number(e.lines) || 0 } });
    return null;
  }
}

/** Lines in the text, counted before parsing: a flood of them is refused unparsed. */
function lineCount(text: string): number {
  let lines = 1;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

export function readCsvTable(name: TableName, file: string, bytes: Uint8Array, issues: IssueList): ImportedTable | null {
  const text = decode(bytes);
  if (text === null) {
    issues.add({ table: name, message: "importFile.notUtf8", params: { file } });
    return null;
  }
  // The header and a last line break come on top of the rows.
  if (lineCount(text) > MAX_ROWS + 2) {
    issues.add({ table: name, message: "importFile.tooManyRows", params: { name, limit: MAX_ROWS } });
    return null;
  }
  const all = records(text, name, issues);
  if (!all) return null;
  const spec = TABLE_BY_NAME.get(name)!;
  const [headerCells, ...data] = all;
  if (!headerCells || headerCells.every((cell) => cell.trim() === "")) {
    issues.add({ table: name, row: 1, message: "importFile.noHeader", params: { name } });
    return null;
  }
  const header = readHeader(spec, headerCells, issues);
  const restores = new Set(spec.columns.filter((col) => col.type === "text" || col.type === "code").map((col) => col.key));
  const rows: ImportedTable["rows"] = [];
  data.forEach((fields, i) => {
    const row = i + 2;
    if (fields.every((field) => field === "")) return;
    if (fields.length !== headerCells.length) {
      issues.add({ table: name, row, message: "importFile.csvRowLength", params: { row, found: fields.length, expected: headerCells.length } });
      return;
    }
    const cells: CellValue[] = fields.map((field, j) => {
      if (field === "") return null;
      const key = header.keys[j];
      return key && restores.has(key) ? restoreText(field) : field;
    });
    const read = rowValues(header, cells, row, name, issues);
    if (read) rows.push(read);
  });
  return { table: name, file, rows };
}
