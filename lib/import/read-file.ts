import { MAX_UPLOAD_BYTES } from "@/lib/validation/import";
import { baseName, fileKind, tableNamed, tableOfHeader } from "./file-kind";
import { fileIssue, IssueList } from "./issues";
import { csvHeaderCells, readCsvTable } from "./read-csv";
import { readWorkbook } from "./read-xlsx";
import type { ImportedTable, ReadResult } from "./types";
import { scanWorkbook } from "./workbook-scan";
import { readZipEntries, rezip, type ZipEntry } from "./zip-entries";

export type { CellValue, ImportedRow, ImportedTable, ImportIssue, ReadResult } from "./types";

// The first step of the staff spreadsheet import: an uploaded file (the staff export's
// workbook, its zip of CSV files, or one of those CSV files alone) read into rows of values
// by column key, or every problem found in it. Nothing here knows the database; whether the
// values make sense is the planner's question.

// One limit for the page's form (which stops a larger file before sending it) and for here.
export const MAX_IMPORT_BYTES = MAX_UPLOAD_BYTES;

const README = /^readme\.txt$/i;
// What macOS and Windows leave in a zip made by hand: resource forks, folder settings.
const SYSTEM_ENTRY = /(^|\/)(__MACOSX\/|\.[^/]*$|Thumbs\.db$|desktop\.ini$)/i;

/** A CSV file's table: by its name, or else by the columns its first row names. */
const csvTable = (name: string, bytes: Uint8Array) => tableNamed(name) ?? tableOfHeader(csvHeaderCells(bytes));

async function readZipOfCsv(bytes: Uint8Array, issues: IssueList): Promise<ImportedTable[]> {
  const zip = await readZipEntries(bytes, (name) => /\.csv$/i.test(name));
  if (!zip.ok) {
    issues.add({ message: zip.message, params: zip.params });
    return [];
  }
  const tables: ImportedTable[] = [];
  for (const entry of zip.entries) {
    if (entry.directory || SYSTEM_ENTRY.test(entry.name) || README.test(baseName(entry.name))) continue;
    const name = /\.csv$/i.test(entry.name) ? csvTable(entry.name, entry.bytes!) : null;
    if (!name) {
      issues.add({ table: entry.name, message: "importFile.unknownTable", params: { name: entry.name } });
      continue;
    }
    const table = await readCsvTable(name, entry.name, entry.bytes!, issues);
    if (table) tables.push(table);
  }
  return tables;
}

// A sheet's drop-down lists (the staff workbook has one on each code column) say nothing the
// import needs, and exceljs's reader makes an object for every cell a list covers, however
// far a hand-made one reaches: they are taken out of the sheets before it reads them.
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const VALIDATIONS = /<dataValidations\b[\s\S]*?<\/dataValidations>|<dataValidations\b[^>]*\/>/g;

function withoutValidations(entry: ZipEntry): ZipEntry {
  if (!entry.bytes || !SHEET.test(entry.name)) return entry;
  const xml = Buffer.from(entry.bytes).toString("utf8");
  if (!xml.includes("<dataValidations")) return entry;
  return { ...entry, bytes: new Uint8Array(Buffer.from(xml.replace(VALIDATIONS, ""), "utf8")) };
}

async function readXlsx(bytes: Uint8Array, issues: IssueList): Promise<ImportedTable[]> {
  const zip = await readZipEntries(bytes, () => true);
  if (!zip.ok) {
    issues.add({ message: zip.message, params: zip.params });
    return [];
  }
  // A zip renamed .xlsx (the CSV download, say) has no workbook in it.
  if (!zip.entries.some((entry) => entry.name === "xl/workbook.xml")) {
    issues.add({ message: "importFile.wrongType" });
    return [];
  }
  // Judged before any reader builds it: refs past the table, over-long texts, DTDs.
  if (!scanWorkbook(zip.entries, issues)) return [];
  return (await readWorkbook(await rezip(zip.entries.map(withoutValidations)), issues)) ?? [];
}

/** Two files or sheets for one table cannot both be meant: the staff say which. */
function checkOnePerTable(tables: ImportedTable[], issues: IssueList): void {
  const seen = new Set<string>();
  for (const table of tables) {
    if (seen.has(table.table))
      issues.add({ table: table.table, message: "importFile.duplicateTable", params: { name: table.table } });
    seen.add(table.table);
  }
}

export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.byteLength === 0) return { ok: false, issues: fileIssue("importFile.empty") };
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    return { ok: false, issues: fileIssue("importFile.tooLarge", { limitMb: MAX_IMPORT_BYTES / 1024 / 1024 }) };
  const kind = fileKind(fileName, bytes);
  if (!kind.ok) return { ok: false, issues: fileIssue(kind.message) };

  const issues = new IssueList();
  let tables: ImportedTable[] = [];
  if (kind.kind === "csv") {
    const name = csvTable(fileName, bytes);
    if (!name) return { ok: false, issues: fileIssue("importFile.unknownTable", { name: baseName(fileName) }) };
    const table = await readCsvTable(name, baseName(fileName), bytes, issues);
    if (table) tables = [table];
  } else {
    tables = kind.kind === "zip" ? await readZipOfCsv(bytes, issues) : await readXlsx(bytes, issues);
    checkOnePerTable(tables, issues);
    if (tables.length === 0 && issues.items.every((issue) => issue.message === "importFile.unknownTable"))
      issues.add({ message: "importFile.noTables" });
  }
  return issues.empty ? { ok: true, format: kind.kind, tables } : { ok: false, issues: issues.items };
}
