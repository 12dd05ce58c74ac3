import ExcelJS from "exceljs";
import { PassThrough, type Readable } from "node:stream";
import { xlsxFormat, xlsxValue } from "./cells";
import type { TableSource } from "./csv-zip";
import { codeLabels } from "./row-parts";
import {
  CODE_LISTS,
  columnsOf,
  headerOf,
  sheetNameOf,
  TABLES,
  type Column,
  type Flavour,
  type TableName,
  type TableRow,
} from "./tables";

// The Excel download: one sheet per table, the header in row 1 (Japanese name and the
// stable key), data from row 2, the header row frozen and filters on, numbers as numbers and
// dates as dates. Written with exceljs's streaming writer, a row at a time, so that an
// edition of 10,000 projects never sits in memory as a workbook.

const WIDTH = { uuid: 38, text: 28, integer: 10, decimal: 14, date: 12, datetime: 20, boolean: 10, code: 16 } as const;

type ZipAppend = (source: unknown, data: Record<string, unknown>) => unknown;
type WriterInternals = {
  created: Date;
  zip: { append: ZipAppend; __stamped?: boolean };
  addThemes(): Promise<void>;
  addOfficeRels(): Promise<void>;
};
const BaseWriter = ExcelJS.stream.xlsx.WorkbookWriter as unknown as new (
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamWriterOptions> & { created?: Date; modified?: Date },
) => WriterInternals;

/**
 * exceljs dates every part of the workbook's zip with the time of writing, so the same
 * edition would give different bytes (and a different sha256) each time it is written. Its
 * zip (an archiver instance) takes a date per part: each gets the workbook's `created`.
 * The first parts are added inside exceljs's constructor, hence the two methods it calls
 * there are where the zip is stamped.
 */
function stamp(writer: WriterInternals) {
  if (writer.zip.__stamped) return;
  const append = writer.zip.append.bind(writer.zip);
  writer.zip.append = (source, data) => append(source, { ...data, date: writer.created });
  writer.zip.__stamped = true;
}

class DatedWorkbookWriter extends BaseWriter {
  addThemes() {
    stamp(this);
    return super.addThemes();
  }
  addOfficeRels() {
    stamp(this);
    return super.addOfficeRels();
  }
}

// exceljs does not wait for its zip to take what it writes: a sheet written in one go sits
// whole in memory (measured: +490 MB for the live data of 10,000 projects). Every so many
// rows the writer lets the compressor and the reader catch up.
const YIELD_EVERY = 500;
const HIGH_WATER = 4 * 1024 * 1024;

async function drained(out: PassThrough) {
  await new Promise((resolve) => setImmediate(resolve));
  while (out.readableLength > HIGH_WATER && !out.destroyed) await new Promise((resolve) => setTimeout(resolve, 5));
}

// The staff workbook guards what the import relies on: a record's own id and version are
// locked and shaded (sheet protection without a password: Excel asks before anyone changes
// them, and anyone may lift it), every other cell stays open, rows may be added, and code
// columns hold their codes' Japanese labels, offered as a drop-down list (the import maps a
// label back to its code). An edition's workbook is left plain.
// At most as far down as the import reads (lib/import/issues.ts: 100,000 rows after the header).
const LAST_ROW = 100_001;
const SPARE_ROWS = 1000;
type SheetWithValidations = { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } };
const LOCKED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE6E6E6" } };
// A record's own id: staff-only where the edition has none; these two are published too.
const OWN_ID: Partial<Record<TableName, string>> = { projects: "project_id", milestones: "milestone_id" };
const isLocked = (table: TableName, col: Column) => col.staffOnly || OWN_ID[table] === col.key;
const cellGuard = (table: TableName, col: Column): Partial<ExcelJS.Style> =>
  isLocked(table, col) ? { protection: { locked: true }, fill: LOCKED_FILL } : { protection: { locked: false } };

function guardStaffSheet(sheet: ExcelJS.Worksheet, table: TableName, columns: Column[], rows: number) {
  // The lists reach a thousand rows past the data, for the rows staff add: a list to the
  // sheet's last row would have exceljs (which the tests and many tools read it with) make
  // an object for each of its cells.
  const lastRow = Math.min(rows + 1 + SPARE_ROWS, LAST_ROW);
  columns.forEach((col, i) => {
    const column = sheet.getColumn(i + 1);
    column.style = { ...column.style, ...cellGuard(table, col) };
    if (col.type !== "code") return;
    const letter = column.letter;
    const labels = codeLabels(col.codes!, "ja");
    (sheet as unknown as SheetWithValidations).dataValidations.add(`${letter}2:${letter}${lastRow}`, {
      type: "list",
      allowBlank: true,
      formulae: [`"${CODE_LISTS[col.codes!].codes.map((code) => labels[code] ?? code).join(",")}"`],
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "コード / Code",
      error:
        "一覧から選んでください（codes シートに一覧があります）。/ Choose from the list (the codes sheet lists them).",
    });
  });
  void sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    insertRows: true,
    deleteRows: true,
    sort: true,
    autoFilter: true,
  });
}

/** A cell of the staff workbook: a code as its Japanese label (「完了」), which the import maps back. */
export function staffXlsxValue(col: Column, value: TableRow[string] | undefined) {
  return col.type === "code" && typeof value === "string"
    ? (codeLabels(col.codes!, "ja")[value] ?? value)
    : xlsxValue(col, value ?? null);
}

export function xlsxStream(source: TableSource, flavour: Flavour, created: Date): Readable {
  const out = new PassThrough();
  const write = async () => {
    // A fixed date (the edition's) rather than now: the workbook says when its data is from.
    const workbook = new DatedWorkbookWriter({
      stream: out,
      useStyles: true,
      useSharedStrings: false,
      created,
      modified: created,
    }) as unknown as ExcelJS.stream.xlsx.WorkbookWriter;
    workbook.creator = "8項目の「協力プラン」進捗";
    for (const table of TABLES) {
      const columns = columnsOf(table, flavour);
      const sheet = workbook.addWorksheet(sheetNameOf(table, flavour), { views: [{ state: "frozen", ySplit: 1 }] });
      // Only date columns carry a style: exceljs looks a cell's style up for every cell that
      // has one, which for the rest would be work for nothing.
      sheet.columns = columns.map((col) => {
        const numFmt = xlsxFormat(col);
        return {
          header: headerOf(col),
          key: col.key,
          width: WIDTH[col.type],
          ...(numFmt ? { style: { numFmt } } : {}),
        };
      });
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
      sheet.getRow(1).font = { bold: true };
      // exceljs gives each cell a style object of its own and works out its style anew for
      // each; one shared object per column lets it find the style it already worked out
      // (measured: a third of the workbook's time at 10,000 projects).
      const styles = columns.map((col) => {
        const numFmt = xlsxFormat(col);
        return { ...(numFmt ? { numFmt } : {}), ...(flavour === "staff" ? cellGuard(table.name, col) : {}) };
      });
      const cellValue = flavour === "staff" ? staffXlsxValue : xlsxValue;
      let written = 0;
      for (const row of source[table.name]()) {
        const added = sheet.addRow(columns.map((col) => cellValue(col, row[col.key])));
        added.eachCell((cell, n) => {
          cell.style = styles[n - 1]!;
        });
        added.commit();
        if (++written % YIELD_EVERY === 0) await drained(out);
      }
      if (flavour === "staff") guardStaffSheet(sheet, table.name, columns, written);
      sheet.commit();
    }
    await workbook.commit();
  };
  write().catch((e) => out.destroy(e as Error));
  return out;
}
