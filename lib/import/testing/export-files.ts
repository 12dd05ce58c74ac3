import ExcelJS from "exceljs";
import type { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { openMemoryPglite } from "@/db/connection";
import { migrateDatabase } from "@/db/migrate";
import { loadReportRows } from "@/db/queries/report-rows";
import { seedPublishedReport } from "@/lib/seed/report";
import { csvStream, csvZipStream, type TableSource } from "@/lib/export/csv-zip";
import { editionRows } from "@/lib/export/edition-rows";
import { xlsxStream } from "@/lib/export/xlsx";
import { TABLES, type TableName, type TableRow } from "@/lib/export/tables";
import { buildReport, type RecordRefs } from "@/lib/report/build";
import { collect } from "@/lib/export/collect";
export { collect };

// Files for the import's tests, made by the real export writers from the seeded data (as
// staff download them), and the hand-made or hostile files staff or others might upload.

export type SourceRows = Record<TableName, TableRow[]>;

/** The seeded report's live tables, as the staff export reads them, held as arrays. */
export async function seededRows(): Promise<SourceRows> {
  const handle = await openMemoryPglite();
  try {
    await migrateDatabase(handle);
    await seedPublishedReport(handle.db);
    const refs: RecordRefs = new WeakMap();
    const source = editionRows(buildReport(await loadReportRows(handle.db), refs), refs);
    return Object.fromEntries(TABLES.map((t) => [t.name, [...source[t.name]()]])) as SourceRows;
  } finally {
    await handle.close();
  }
}

export const asSource = (rows: SourceRows): TableSource =>
  Object.fromEntries(TABLES.map((t) => [t.name, () => rows[t.name]])) as unknown as TableSource;

const EXPORTED = new Date("2025-04-01T00:00:00Z");

export const staffXlsx = (rows: SourceRows) => collect(xlsxStream(asSource(rows), "staff", EXPORTED));
export const staffCsvZip = (rows: SourceRows) => collect(csvZipStream(asSource(rows), "staff", EXPORTED, "readme"));
export const staffCsv = (rows: SourceRows, table: TableName) => collect(csvStream(table, rows[table], "staff"));

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
}

/** A workbook changed as a member of staff might change it in Excel. */
export async function editWorkbook(bytes: Uint8Array, edit: (workbook: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const workbook = await loadWorkbook(bytes);
  edit(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export type ZipItem = { name: string; data: Buffer | string; compress?: boolean };

/** A zip of the given entries, made with yazl as the export makes its own. */
export function makeZip(items: ZipItem[]): Promise<Uint8Array> {
  const zip = new ZipFile();
  for (const item of items)
    zip.addBuffer(Buffer.from(item.data), item.name, { compress: item.compress ?? true, mtime: EXPORTED });
  zip.end();
  return collect(zip.outputStream as Readable);
}

const CENTRAL_HEADER = 0x02014b50;

/**
 * The zip with one entry's uncompressed size rewritten in its central directory record
 * (what yauzl trusts), so that the header lies about what the entry inflates to.
 */
export function declareSize(zip: Uint8Array, entryName: string, size: number): Uint8Array {
  const out = Buffer.from(zip);
  for (let at = out.length - 22; at >= 0; at--) {
    if (out.readUInt32LE(at) !== CENTRAL_HEADER) continue;
    const nameLength = out.readUInt16LE(at + 28);
    if (out.toString("utf8", at + 46, at + 46 + nameLength) === entryName) {
      out.writeUInt32LE(size, at + 24);
      return new Uint8Array(out);
    }
  }
  throw new Error(`no central directory record for ${entryName}`);
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/**
 * The zip with its end record counting one entry fewer than it has, which hides the last one
 * from a reader that trusts the count (yauzl) but not from one that scans (JSZip, in exceljs).
 */
export function hideLastEntry(zip: Uint8Array): Uint8Array {
  const out = Buffer.from(zip);
  for (let at = out.length - 22; at >= 0; at--) {
    if (out.readUInt32LE(at) !== END_OF_CENTRAL_DIRECTORY) continue;
    out.writeUInt16LE(out.readUInt16LE(at + 8) - 1, at + 8);
    out.writeUInt16LE(out.readUInt16LE(at + 10) - 1, at + 10);
    return new Uint8Array(out);
  }
  throw new Error("no end of central directory record");
}

/** Every table empty: a start for hand-made sources of a few rows. */
export const emptyRows = (): SourceRows => Object.fromEntries(TABLES.map((t) => [t.name, []])) as unknown as SourceRows;

/** A milestone row as the staff export writes one. */
export const milestoneRow = (n: number, extra: TableRow = {}): TableRow => ({
  milestone_id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
  project_id: "00000000-0000-4000-8000-000000000001",
  project_code: "1-①",
  seq: n,
  title_ja: `節目${n}`,
  title_en: `Milestone ${n}`,
  status: "planned",
  planned_date: "2025-06-30",
  planned_precision: "month_end",
  actual_date: null,
  actual_precision: null,
  version: 1,
  ...extra,
});
