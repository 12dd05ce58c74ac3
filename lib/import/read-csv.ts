import { restoreText } from "@/lib/export/cells";
import { TABLE_BY_NAME, type TableName } from "@/lib/export/tables";
import { readHeader, rowValues } from "./header";
import { scanCsv } from "./csv-scan";
import { MAX_ROWS, type IssueList } from "./issues";
import { parseInWorker } from "./parse-in-worker";
import { MAX_CELL_TEXT, sheetWidth } from "./workbook-scan";
import type { CellValue, ImportedTable } from "./types";

// One table's CSV file, as the export writes it (UTF-8 with a BOM, CRLF, RFC 4180 quoting)
// and as Excel saves it back ("CSV UTF-8", or plain "CSV" in Shift_JIS). Every value is
// text; the planner reads each as its column's type. Text the export wrote after an
// apostrophe (text a spreadsheet would take for a formula) gets back exactly what was
// exported. Its size is judged (csv-scan.ts) before csv-parse splits it, in the worker.

type Decoded = { text: string; delimiter: string };

function decodeAs(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * The file as text: UTF-8 (the export, and Excel's "CSV UTF-8"), Shift_JIS (Excel's plain
 * "CSV" in Japan) or UTF-16 with its byte order mark (Excel's "Unicode text", which is
 * separated by tabs); null when it is none of them.
 */
function decode(bytes: Uint8Array): Decoded | null {
  const utf16 =
    bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : null;
  const text = utf16 ? decodeAs(utf16, bytes) : (decodeAs("utf-8", bytes) ?? decodeAs("shift_jis", bytes));
  if (text === null) return null;
  const firstLine = text.slice(0, text.search(/\r|\n|$/));
  return { text, delimiter: utf16 && firstLine.includes("\t") && !firstLine.includes(",") ? "\t" : "," };
}

/**
 * The cells of a CSV file's first row, for telling its table when its name does not
 * (file-kind.ts): read from the first 64 KB at most, quotes honoured.
 */
export function csvHeaderCells(bytes: Uint8Array): string[] {
  const decoded = decode(bytes.subarray(0, 65_536));
  if (!decoded) return [];
  const line = decoded.text.replace(/^\uFEFF/, "");
  const cells: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === decoded.delimiter) {
      cells.push(cell);
      cell = "";
    } else if (ch === "\r" || ch === "\n") break;
    else cell += ch;
  }
  cells.push(cell);
  return cells;
}

async function records(
  decoded: Decoded,
  maxFields: number,
  table: string,
  issues: IssueList,
): Promise<string[][] | null> {
  // Field counts are checked below rather than by the parser, which would stop at the
  // first short row; staff get every such row at once, and blank lines pass as blank rows.
  // The scan has bounded the records and fields already; the parser's own limits are a
  // second guard should it read quotes differently.
  const parsed = await parseInWorker<{ ok: true; records: string[][] } | { ok: false; message: string; line: number }>({
    kind: "csv",
    text: decoded.text,
    options: {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      delimiter: decoded.delimiter,
      max_record_size: maxFields * (MAX_CELL_TEXT + 3),
      to_line: MAX_ROWS + 2,
    },
  });
  if (parsed.ok) return parsed.records;
  issues.add({ table, message: parsed.message, params: "line" in parsed ? { line: parsed.line } : parsed.params });
  return null;
}

const SCAN_MESSAGES = {
  tooManyRows: "importFile.tooManyRows",
  tooWide: "importFile.csvTooWide",
  cellTooLong: "importFile.csvCellTooLong",
} as const;

export async function readCsvTable(
  name: TableName,
  file: string,
  bytes: Uint8Array,
  issues: IssueList,
): Promise<ImportedTable | null> {
  const decoded = decode(bytes);
  if (decoded === null) {
    issues.add({ table: name, message: "importFile.notUtf8", params: { file } });
    return null;
  }
  const maxFields = sheetWidth(name);
  const scan = scanCsv(decoded.text, decoded.delimiter, maxFields);
  if (!scan.ok) {
    issues.add({
      table: name,
      message: SCAN_MESSAGES[scan.problem],
      params: {
        name,
        file,
        row: scan.record,
        limit: scan.problem === "tooManyRows" ? MAX_ROWS : scan.problem === "tooWide" ? maxFields : MAX_CELL_TEXT,
      },
    });
    return null;
  }
  const all = await records(decoded, maxFields, name, issues);
  if (!all) return null;
  const spec = TABLE_BY_NAME.get(name)!;
  const [headerCells, ...data] = all;
  if (!headerCells || headerCells.every((cell) => cell.trim() === "")) {
    issues.add({ table: name, row: 1, message: "importFile.noHeader", params: { name } });
    return null;
  }
  const header = readHeader(spec, headerCells, issues);
  const restores = new Set(
    spec.columns.filter((col) => col.type === "text" || col.type === "code").map((col) => col.key),
  );
  const rows: ImportedTable["rows"] = [];
  data.forEach((fields, i) => {
    const row = i + 2;
    if (fields.every((field) => field === "")) return;
    if (fields.length !== headerCells.length) {
      issues.add({
        table: name,
        row,
        message: "importFile.csvRowLength",
        params: { row, found: fields.length, expected: headerCells.length },
      });
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
