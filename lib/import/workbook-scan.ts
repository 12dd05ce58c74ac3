import { columnsOf, TABLES, TABLE_BY_NAME } from "@/lib/export/tables";
import { tableNamed } from "./file-kind";
import { columnLetter } from "./header";
import { MAX_ROWS, type IssueList } from "./issues";
import { attribute, decodedLength, walkXml, XmlRefused } from "./xml-walk";
import type { ZipEntry } from "./zip-entries";

// A workbook's XML judged before exceljs builds it. exceljs turns every cell a part names
// into an object, and some parts name cells by the range: one merged range of A1:XFD1048576
// in a 1.6 KB file is 17 billion cells. The zip limits bound bytes, never cells, so every
// reference a sheet holds is held here against its table's own width and the row limit,
// and every text against Excel's own cell limit, before any reader sees the file.

/** Excel's own limits: a cell holds at most 32,767 characters; a sheet has 16,384 columns. */
export const MAX_CELL_TEXT = 32_767;
const EXCEL_COLUMNS = 16_384;
/** The export has one sheet per table; room for a few added by hand (reported, not read). */
export const MAX_SHEETS = 32;
/**
 * Columns a sheet may reach past its table's own: a few helper columns added by hand still
 * get the friendly "unknown column" message; nothing wider is ever read.
 */
const COLUMN_ROOM = 16;
const LAST_ROW = MAX_ROWS + 1;

/** The most columns a sheet or CSV file of that name may reach. */
export const sheetWidth = (sheetName: string) => {
  const table = tableNamed(sheetName);
  const columns = table
    ? columnsOf(TABLE_BY_NAME.get(table)!, "staff").length
    : Math.max(...TABLES.map((t) => columnsOf(t, "staff").length));
  return columns + COLUMN_ROOM;
};

/** Column and row of a reference's far corner: "B2" → [2, 2]; "A:A" → [1, 1048576]; "3:3" → [16384, 3]. */
function farCorner(ref: string): [number, number] | null {
  let column = 0;
  let row = 0;
  for (const part of ref.split(":")) {
    const match = /^\$?([A-Za-z]{0,3})\$?(\d{0,7})$/.exec(part.trim());
    if (!match || (!match[1] && !match[2])) return null;
    const letters = match[1]!.toUpperCase();
    let c = 0;
    for (const ch of letters) c = c * 26 + ch.charCodeAt(0) - 64;
    column = Math.max(column, letters ? c : EXCEL_COLUMNS);
    row = Math.max(row, match[2] ? Number(match[2]) : 1_048_576);
  }
  return [column, row];
}

/** The parts of a sheet that name cells by range, and the attribute each keeps it in. */
const RANGE_ATTRIBUTE: Record<string, string> = {
  mergeCell: "ref",
  dimension: "ref",
  hyperlink: "ref",
  autoFilter: "ref",
  dataValidation: "sqref",
  conditionalFormatting: "sqref",
  protectedRange: "sqref",
};

type SheetScan = { sheet: string; width: number };
type Refusal = { message: string; params: Record<string, string | number> };

class Refused extends Error {
  constructor(readonly refusal: Refusal) {
    super(refusal.message);
  }
}

const beyond = (scan: SheetScan, part: string, ref: string): never => {
  throw new Refused({
    message: "importFile.beyondTable",
    params: {
      sheet: scan.sheet,
      part,
      ref: ref.slice(0, 40),
      lastColumn: columnLetter(scan.width - 1),
      lastRow: LAST_ROW,
    },
  });
};

function scanSheet(xml: string, scan: SheetScan): void {
  let row = 0;
  let column = 0;
  let cell = "";
  let textLength = 0;
  let phonetic = false;
  const check = (part: string, ref: string) => {
    for (const one of ref.trim().split(/\s+/)) {
      const corner = farCorner(one);
      if (!corner || corner[0] > scan.width || corner[1] > LAST_ROW) beyond(scan, part, one);
    }
  };
  walkXml(xml, {
    open: (name, attributes) => {
      // Japanese Excel keeps a text's reading (furigana) beside it: not part of the cell.
      if (name === "rPh") phonetic = true;
      else if (name === "row") {
        const r = attribute(attributes, "r");
        row = r === null ? row + 1 : Number(r);
        column = 0;
        if (!Number.isInteger(row) || row < 1 || row > LAST_ROW) beyond(scan, "row", r ?? String(row));
      } else if (name === "c") {
        const r = attribute(attributes, "r");
        const corner = r === null ? [column + 1, Math.max(row, 1)] : farCorner(r);
        if (!corner || r?.includes(":") || corner[0]! > scan.width || corner[1]! > LAST_ROW)
          return beyond(scan, "c", r ?? columnLetter(column));
        column = corner[0]!;
        cell = r ?? `${columnLetter(column - 1)}${row}`;
        textLength = 0;
      } else if (name === "col") {
        // Whole-column formats (max="16384") are common and cheap; past Excel's sheet is not.
        const max = Number(attribute(attributes, "max") ?? 0);
        if (!(max <= EXCEL_COLUMNS)) beyond(scan, "col", String(max));
      } else if (name in RANGE_ATTRIBUTE) {
        const ref = attribute(attributes, RANGE_ATTRIBUTE[name]!);
        if (ref !== null) check(name, ref);
      }
    },
    text: (text, start, end) => {
      if (!cell || phonetic) return;
      textLength += decodedLength(text, start, end);
      if (textLength > MAX_CELL_TEXT)
        throw new Refused({
          message: "importFile.cellTooLong",
          params: { sheet: scan.sheet, cell, limit: MAX_CELL_TEXT },
        });
    },
    close: (name) => {
      if (name === "c") cell = "";
      if (name === "rPh") phonetic = false;
    },
  });
}

/** Shared strings (the text of every cell, kept once): each within a cell's limit. */
function scanSharedStrings(xml: string): void {
  let length = 0;
  let phonetic = false;
  walkXml(xml, {
    open: (name) => {
      if (name === "si") length = 0;
      if (name === "rPh") phonetic = true;
    },
    close: (name) => {
      if (name === "rPh") phonetic = false;
    },
    text: (text, start, end) => {
      if (phonetic) return;
      length += decodedLength(text, start, end);
      if (length > MAX_CELL_TEXT)
        throw new Refused({ message: "importFile.textTooLong", params: { limit: MAX_CELL_TEXT } });
    },
  });
}

const xmlText = (entry: ZipEntry): string => {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(entry.bytes!);
  } catch {
    // UTF-16 XML is legal but no Excel writes it, and the checks below read UTF-8 only.
    throw new Refused({ message: "importFile.corrupt", params: {} });
  }
};

/** Worksheet part → sheet name, from the workbook and its relationships. */
function sheetNames(entries: Map<string, ZipEntry>): Map<string, string> {
  const targets = new Map<string, string>();
  const rels = entries.get("xl/_rels/workbook.xml.rels");
  if (rels?.bytes) {
    walkXml(xmlText(rels), {
      open: (name, attributes) => {
        const id = attribute(attributes, "Id");
        const target = attribute(attributes, "Target");
        if (name === "Relationship" && id && target)
          targets.set(id, target.startsWith("/") ? target.slice(1) : `xl/${target}`);
      },
    });
  }
  const names = new Map<string, string>();
  let sheets = 0;
  walkXml(xmlText(entries.get("xl/workbook.xml")!), {
    open: (name, attributes) => {
      if (name !== "sheet") return;
      if (++sheets > MAX_SHEETS)
        throw new Refused({ message: "importFile.tooManySheets", params: { limit: MAX_SHEETS } });
      const target = targets.get(attribute(attributes, "id") ?? "");
      if (target) names.set(target, attribute(attributes, "name") ?? target);
    },
  });
  return names;
}

function scanPart(name: string, xml: string, sheet: string): void {
  try {
    if (WORKSHEET.test(name)) scanSheet(xml, { sheet, width: sheetWidth(sheet) });
    else if (name === "xl/sharedStrings.xml") scanSharedStrings(xml);
    else walkXml(xml, {});
  } catch (e) {
    if (!(e instanceof XmlRefused) || e.problem === "malformed") throw e;
    throw new Refused({
      message: e.problem === "declarations" ? "importFile.xmlDeclarations" : "importFile.xmlTooDeep",
      params: { part: sheet },
    });
  }
}

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const XML_PART = /\.(xml|rels|vml)$/i;

/**
 * Checks every XML part of a workbook (its zip already within the size limits). Adds the
 * first problem found to `issues`; true when the workbook may be read.
 */
export function scanWorkbook(entries: ZipEntry[], issues: IssueList): boolean {
  const byName = new Map(entries.filter((e) => !e.directory && e.bytes).map((e) => [e.name, e]));
  try {
    if ([...byName.keys()].filter((name) => WORKSHEET.test(name)).length > MAX_SHEETS)
      throw new Refused({ message: "importFile.tooManySheets", params: { limit: MAX_SHEETS } });
    const names = sheetNames(byName);
    for (const [name, entry] of byName) {
      if (XML_PART.test(name)) scanPart(name, xmlText(entry), names.get(name) ?? name);
    }
    return true;
  } catch (e) {
    if (e instanceof Refused) issues.add({ message: e.refusal.message, params: e.refusal.params });
    else if (e instanceof XmlRefused) issues.add({ message: "importFile.corrupt" });
    else throw e;
    return false;
  }
}

/** The widest any sheet may be (one not named for a table), for the reader: it never looks past it. */
export const MAX_SHEET_WIDTH = sheetWidth("");
