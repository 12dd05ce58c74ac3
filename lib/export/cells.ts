import type { Column } from "./tables";

// How a value is written into a cell, and read back from one on import. Blank stays blank
// (never 0), numbers stay numbers and dates stay dates.

// A text a spreadsheet would take for a formula (=, +, -, @, or a tab or carriage return
// first, as OWASP lists them). In a CSV such text is written after an apostrophe, which
// Excel and LibreOffice read as "text follows" (and hide); the import takes it off again,
// so a round trip gives the text back exactly. Any apostrophes already in front get one
// more, so that a text really starting with one survives too.
const FORMULA_LIKE = /^'*[=+\-@\t\r]/;

export const neutraliseText = (text: string) => (FORMULA_LIKE.test(text) ? `'${text}` : text);
export const restoreText = (text: string) => (/^'+[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

type Value = string | number | boolean | null | undefined;

/** A CSV field: booleans as true/false, dates ISO, text made inert. */
export function csvField(col: Column, value: Value): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "true" : "false";
  if (col.type === "text" || col.type === "code") return neutraliseText(String(value));
  return String(value);
}

const utcDate = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * An XLSX cell value: numbers as numbers, dates as dates, booleans as booleans. Text is
 * written as a string cell, which no spreadsheet evaluates (a formula is a cell of its own
 * type), so it needs no apostrophe there.
 */
export function xlsxValue(col: Column, value: Value): string | number | boolean | Date | null {
  if (value === null || value === undefined || value === "") return null;
  switch (col.type) {
    case "integer":
    case "decimal":
      return Number(value);
    case "date":
      return utcDate(String(value));
    case "datetime":
      return new Date(String(value));
    case "boolean":
      return Boolean(value);
    default:
      return String(value);
  }
}

/** Excel's number format for a column's cells: dates as ISO dates, per the rules; others as Excel's default. */
export function xlsxFormat(col: Column): string | undefined {
  if (col.type === "date") return "yyyy-mm-dd";
  if (col.type === "datetime") return "yyyy-mm-dd hh:mm:ss";
  return undefined;
}
