import { MAX_ROWS } from "./issues";
import { MAX_CELL_TEXT } from "./workbook-scan";

// A CSV file judged before it is parsed, in one pass over its text: how many records, how
// many fields in the widest, how long the longest field. csv-parse builds an array per
// record and a string per field, so a single line of nine million commas is nine million
// strings; this pass builds nothing. Quotes are read as RFC 4180 and csv-parse read them.

export type CsvShape = { records: number; widest: number; widestAt: number; longest: number; longestAt: number };

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * The shape of `text`, or the first limit it breaks (the scan stops there): more than
 * `maxFields` fields in a record, a field over Excel's cell limit, too many records.
 */
export function scanCsv(
  text: string,
  delimiter: string,
  maxFields: number,
): { ok: true; shape: CsvShape } | { ok: false; problem: "tooManyRows" | "tooWide" | "cellTooLong"; record: number } {
  const sep = delimiter.charCodeAt(0);
  const shape: CsvShape = { records: 0, widest: 0, widestAt: 0, longest: 0, longestAt: 0 };
  let fields = 1;
  let field = 0;
  let quoted = false;
  let atFieldStart = true;
  const endField = () => {
    if (field > shape.longest) [shape.longest, shape.longestAt] = [field, shape.records + 1];
    field = 0;
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else quoted = false;
      }
      if (++field > MAX_CELL_TEXT) return { ok: false, problem: "cellTooLong", record: shape.records + 1 };
      continue;
    }
    if (c === QUOTE && atFieldStart) {
      quoted = true;
      atFieldStart = false;
    } else if (c === sep) {
      endField();
      if (++fields > maxFields) return { ok: false, problem: "tooWide", record: shape.records + 1 };
    } else if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) i++;
      endField();
      if (fields > shape.widest) [shape.widest, shape.widestAt] = [fields, shape.records + 1];
      fields = 1;
      // The header comes on top of the rows.
      if (++shape.records > MAX_ROWS + 1) return { ok: false, problem: "tooManyRows", record: shape.records };
    } else {
      atFieldStart = false;
      if (++field > MAX_CELL_TEXT) return { ok: false, problem: "cellTooLong", record: shape.records + 1 };
    }
  }
  endField();
  if (fields > shape.widest) [shape.widest, shape.widestAt] = [fields, shape.records + 1];
  shape.records++;
  return shape.records > MAX_ROWS + 2
    ? { ok: false, problem: "tooManyRows", record: shape.records }
    : { ok: true, shape };
}
