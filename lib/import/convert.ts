import { codeLabels } from "@/lib/export/row-parts";
import { CODE_LISTS, type CodeListName, type Column } from "@/lib/export/tables";
import { asTyped, withoutGrouping } from "@/lib/validation/typed";
import type { CellValue, ImportIssue } from "./read-file";

// One cell of an imported sheet as a value of its column's type. A spreadsheet gives
// numbers, booleans and dates as such (XLSX) or everything as text (CSV); both end up the
// same here, so that an export read back compares equal to the data it came from. A cell
// that cannot be read is an issue on that very cell, never a guess.

/** A cell's value once read: text, a whole number, a decimal as a string, an ISO date, a flag. */
export type Converted = string | number | boolean | null;

type Result = { ok: true; value: Converted } | { ok: false; issue: Omit<ImportIssue, "table" | "row"> };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DECIMAL = /^-?\d+(\.\d+)?$/;
const TRUE = new Set(["true", "1"]);
const FALSE = new Set(["false", "0"]);

const fail = (column: string, message: string, params?: Record<string, string | number>): Result => ({
  ok: false,
  issue: { column, message, params },
});
const ok = (value: Converted): Result => ({ ok: true, value });

const isBlank = (cell: CellValue) => cell === null || (typeof cell === "string" && cell.trim() === "");

// Excel in Japan shows an ISO date as a date and saves a CSV back with slashes and without
// leading zeros (2021/10/1): the same day, so it is read as one; so is 2021年10月1日.
const SAVED_DATE = /^(\d{4})[-/年](\d{1,2})[-/月](\d{1,2})日?$/;

/** A real calendar day (no 31 April) as ISO, as the database would take it; null otherwise. */
function isoDay(text: string): string | null {
  const m = SAVED_DATE.exec(text);
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso ? iso : null;
}

/** A decimal written without exponent, as the editor's number fields take it. */
function decimalText(n: number): string | null {
  if (!Number.isFinite(n)) return null;
  const text = String(n);
  return DECIMAL.test(text) ? text : null;
}

const labelled = (list: CodeListName, text: string): string | null => {
  for (const lang of ["ja", "en"] as const) {
    const hit = Object.entries(codeLabels(list, lang)).find(([, label]) => label === text);
    if (hit) return hit[0];
  }
  return null;
};

export function convertCell(col: Column, cell: CellValue): Result {
  if (isBlank(cell)) return ok(col.type === "text" ? "" : null);
  const written =
    cell instanceof Date ? (Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10)) : String(cell).trim();
  // Numbers, dates, flags and codes as a Japanese input method types them (full-width digits
  // and signs), as the forms take them (lib/validation/typed.ts); text as it was written.
  // A refusal quotes the cell as it was written.
  const text = col.type === "text" ? written : asTyped(written);
  switch (col.type) {
    case "text":
      // The reader has already taken off the apostrophe a CSV writes before formula-like text.
      return ok(text);
    case "integer":
      if (typeof cell === "number")
        return Number.isInteger(cell) ? ok(cell) : fail(col.key, "import.issues.brokenNumber", { value: String(cell) });
      return /^-?\d{1,9}$/.test(text)
        ? ok(Number(text))
        : fail(col.key, "import.issues.brokenNumber", { value: written });
    case "decimal": {
      const plain = withoutGrouping(text);
      const value = typeof cell === "number" ? decimalText(cell) : DECIMAL.test(plain) ? plain : null;
      return value === null ? fail(col.key, "import.issues.brokenNumber", { value: written }) : ok(value);
    }
    case "date":
      // Excel keeps a date as a day at midnight UTC (lib/export/cells.ts writes it so).
      if (cell instanceof Date) return text ? ok(text) : fail(col.key, "import.issues.brokenDate", { value: "" });
      if (typeof cell !== "string") return fail(col.key, "import.issues.brokenDate", { value: text });
      {
        const iso = isoDay(text);
        return iso ? ok(iso) : fail(col.key, "import.issues.brokenDate", { value: written });
      }
    case "boolean":
      if (typeof cell === "boolean") return ok(cell);
      if (TRUE.has(text.toLowerCase())) return ok(true);
      if (FALSE.has(text.toLowerCase())) return ok(false);
      return fail(col.key, "import.issues.brokenBoolean", { value: written });
    case "code": {
      const codes = CODE_LISTS[col.codes!].codes as readonly string[];
      // A code, or its label in either language, as the staff workbook writes it (「完了」).
      const code = codes.includes(text) ? text : labelled(col.codes!, text);
      return code
        ? ok(code)
        : fail(col.key, "import.issues.unknownCode", { value: written, allowed: codes.join(", ") });
    }
    case "uuid":
      return UUID.test(text) ? ok(text.toLowerCase()) : fail(col.key, "import.issues.brokenId", { value: written });
    case "datetime":
      // Written for reading only (updated_at): never imported.
      return ok(null);
  }
}

/** A row's cells by column key, or the issues of the cells that could not be read. */
export function convertRow(columns: Column[], values: Record<string, CellValue>) {
  const cells: Record<string, Converted> = {};
  const issues: Omit<ImportIssue, "table" | "row">[] = [];
  for (const col of columns) {
    const result = convertCell(col, values[col.key] ?? null);
    if (result.ok) cells[col.key] = result.value;
    else issues.push(result.issue);
  }
  return { cells, issues };
}

/** The same decimal however it is written: 5400, "5400.0" and "05400" are one value. */
export function canonicalDecimal(value: unknown): unknown {
  if (typeof value !== "string" && typeof value !== "number") return value;
  const text = String(value);
  if (!DECIMAL.test(text)) return value;
  const [int, frac = ""] = text.replace(/^-/, "").split(".");
  const digits = int!.replace(/^0+(?=\d)/, "");
  const decimals = frac.replace(/0+$/, "");
  const body = decimals ? `${digits}.${decimals}` : digits;
  return text.startsWith("-") && body !== "0" ? `-${body}` : body;
}
