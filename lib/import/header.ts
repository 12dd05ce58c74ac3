import { columnsOf, headerOf, type TableSpec } from "@/lib/export/tables";
import type { IssueList } from "./issues";
import type { CellValue, ImportedRow } from "./types";

// Row 1 of a sheet or CSV file, read against the staff columns of its table. A header cell
// names a column by the exported header ("名称・日本語（title_ja）") or by the bare key (for
// a file made by hand); the order is free, since staff may move columns about in Excel.

/**
 * The column key a heading names: the key in the brackets at its end, whatever the words
 * before it (this export's 「項目ID（project_id）」, an earlier one's 「事業ID（project_id）」,
 * 「Item ID (project_id)」 typed by hand), or the heading itself (a bare key).
 */
export function headingKey(text: string): string {
  const heading = text.trim();
  return /[（(]\s*([a-z][a-z0-9_]*)\s*[）)]$/.exec(heading)?.[1] ?? heading;
}

/** For each position in the file, the column key it holds; null for a blank or unknown header. */
export type HeaderColumns = { keys: (string | null)[]; blank: Set<number> };

export function readHeader(table: TableSpec, cells: string[], issues: IssueList): HeaderColumns {
  const columns = columnsOf(table, "staff");
  const known = new Set(columns.map((col) => col.key));
  const keys: (string | null)[] = [];
  const blank = new Set<number>();
  const unknown: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  cells.forEach((raw, i) => {
    const text = raw.trim();
    const named = headingKey(text);
    const key = known.has(named) ? named : null;
    if (text === "") blank.add(i);
    else if (!key) unknown.push(text);
    else if (seen.has(key)) duplicates.push(text);
    keys.push(key && !seen.has(key) ? key : null);
    if (key) seen.add(key);
  });
  const missing = columns.filter((col) => !seen.has(col.key)).map(headerOf);
  const table_ = table.name;
  if (unknown.length)
    issues.add({
      table: table_,
      row: 1,
      message: "importFile.unknownColumns",
      params: { columns: unknown.join(", ") },
    });
  if (missing.length)
    issues.add({
      table: table_,
      row: 1,
      message: "importFile.missingColumns",
      params: { columns: missing.join(", ") },
    });
  if (duplicates.length)
    issues.add({
      table: table_,
      row: 1,
      message: "importFile.duplicateColumns",
      params: { columns: duplicates.join(", ") },
    });
  return { keys, blank };
}

/** Excel's letter for a 0-based column position: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * A data row's values by column key, or null for a row with nothing in it. A value under a
 * blank header belongs to no column, and is reported rather than dropped unseen.
 */
export function rowValues(
  header: HeaderColumns,
  cells: CellValue[],
  row: number,
  table: string,
  issues: IssueList,
): ImportedRow | null {
  const values: Record<string, CellValue> = {};
  let filled = false;
  header.keys.forEach((key, i) => {
    if (key) values[key] = cells[i] ?? null;
  });
  cells.forEach((value, i) => {
    if (value === null) return;
    filled = true;
    if (i >= header.keys.length || header.blank.has(i)) {
      issues.add({
        table,
        row,
        column: columnLetter(i),
        message: "importFile.valueWithoutHeader",
        params: { column: columnLetter(i) },
      });
    }
  });
  return filled ? { row, values } : null;
}
