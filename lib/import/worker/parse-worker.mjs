// @ts-check
// The heavy part of reading an upload, run in a worker thread with its own memory limit
// (lib/import/parse-in-worker.ts): exceljs building a workbook, or csv-parse splitting a
// CSV file, into plain arrays of cell values. Plain JavaScript, importing only packages, so
// that Node runs it as it is both under `next start` and under vitest. Every check of what
// the values mean stays with the TypeScript readers on the main thread; by the time a file
// gets here, the workbook scan (workbook-scan.ts) or the CSV scan (csv-scan.ts) has bounded
// its rows, columns and texts.
import { parentPort, workerData } from "node:worker_threads";

/** @param {{ bytes: Uint8Array; maxColumn: number }} task */
async function readXlsx({ bytes, maxColumn }) {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(/** @type {any} */ (Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)));
  } catch {
    return { ok: false, message: "importFile.corrupt" };
  }
  const sheets = workbook.worksheets.map((sheet) => {
    /** @type {{ number: number; cells: unknown[] }[]} */
    const rows = [];
    sheet.eachRow({ includeEmpty: false }, (row, number) => {
      /** @type {unknown[]} */
      const cells = [];
      // eachCell visits the cells the sheet holds and creates none (getCell would).
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (column <= maxColumn) cells[column - 1] = cell.value;
      });
      for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
      rows.push({ number, cells });
    });
    return { name: sheet.name, rows };
  });
  return { ok: true, sheets };
}

/** @param {{ text: string; options: Record<string, unknown> }} task */
async function readCsv({ text, options }) {
  const { parse } = await import("csv-parse/sync");
  try {
    return { ok: true, records: parse(text, options) };
  } catch (e) {
    const line = e && typeof e === "object" && "lines" in e ? Number(e.lines) || 0 : 0;
    const code = e && typeof e === "object" && "code" in e ? String(e.code) : "";
    return {
      ok: false,
      message: code === "CSV_MAX_RECORD_SIZE" ? "importFile.csvLineTooLong" : "importFile.csvMalformed",
      line,
    };
  }
}

const task = workerData;
// Each worker loads only its own parser: a zip of CSV files starts one worker per table,
// and exceljs alone takes most of a second to load.
const result = task.kind === "xlsx" ? await readXlsx(task) : await readCsv(task);
parentPort?.postMessage(result);
