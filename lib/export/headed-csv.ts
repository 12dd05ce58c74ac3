import { stringify } from "csv-stringify/sync";
import { neutraliseText } from "./cells";

// The staff's own downloads as CSV (the audit log, a round's dashboard): one table, UTF-8 with
// a BOM and CRLF, as Excel in Japan opens it; each heading in Japanese with its key.

export type CsvCell = string | number | boolean | Date | null;
export type CsvColumn = readonly [key: string, ja: string];

/** 「日時（occurred_at）」: what a reader understands, and the key a program matches. */
export const headingOf = ([key, ja]: CsvColumn) => `${ja}（${key}）`;

/** Blank for null, ISO for dates, true/false; a text a spreadsheet would run as a formula is made inert. */
export function headedCsv(columns: readonly CsvColumn[], rows: CsvCell[][]): string {
  const cell = (v: CsvCell) =>
    v === null ? "" : v instanceof Date ? v.toISOString() : typeof v === "boolean" ? (v ? "true" : "false") : v;
  return stringify(
    rows.map((r) => r.map(cell)),
    {
      bom: true,
      header: true,
      columns: columns.map(headingOf),
      record_delimiter: "windows",
      cast: { string: neutraliseText },
    },
  );
}
