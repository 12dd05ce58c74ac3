import { beforeAll, describe, expect, it } from "vitest";
import { staffXlsxValue } from "@/lib/export/xlsx";
import { columnsOf, TABLES, type Column, type TableName } from "@/lib/export/tables";
import { readImportFile, type CellValue, type ImportedTable, type ReadResult } from "./read-file";
import { milestoneRow, seededRows, staffCsv, staffCsvZip, staffXlsx, type SourceRows } from "./testing/export-files";

// The staff export, written by the real writers from the seeded data, read back: every
// table, every row and every cell as the export wrote it.

// Text a spreadsheet would take for a formula, which must come back exactly.
const FORMULA_LIKE = [
  "=1+2",
  "+81 3-1234-5678",
  "-5 days",
  "@SUM(A1)",
  "'=already quoted",
  "''=twice",
  "\tTabbed",
  "'plain apostrophe",
];

let rows: SourceRows;
beforeAll(async () => {
  rows = await seededRows();
  FORMULA_LIKE.forEach((text, i) =>
    rows.milestones.push(milestoneRow(900 + i, { title_ja: text, title_en: `x${text}`, status: text })),
  );
});

const tablesOf = (result: ReadResult): ImportedTable[] => {
  if (!result.ok) throw new Error(`not read: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.tables;
};
const tableOf = (result: ReadResult, name: TableName) => tablesOf(result).find((t) => t.table === name)!;

// What each writer puts in a cell, as the reader should give it back.
const csvExpected = (_col: Column, v: unknown): CellValue =>
  v === null || v === undefined || v === "" ? null : String(v);
const xlsxExpected = (col: Column, v: unknown): CellValue => staffXlsxValue(col, v as string | number | boolean | null);

function expectSameTables(result: ReadResult, expected: (col: Column, v: unknown) => CellValue) {
  const read = tablesOf(result);
  expect(read.map((t) => t.table)).toEqual(TABLES.map((t) => t.name));
  for (const table of TABLES) {
    const columns = columnsOf(table, "staff");
    const want = rows[table.name].map((row, i) => ({
      row: i + 2,
      values: Object.fromEntries(columns.map((col) => [col.key, expected(col, row[col.key])])),
    }));
    expect(read.find((t) => t.table === table.name)!.rows, table.name).toEqual(want);
  }
}

describe("the staff workbook (.xlsx)", () => {
  it("reads back every table, row and cell as written", async () => {
    const result = await readImportFile("協力プラン_職員用.xlsx", await staffXlsx(rows));
    expect(result.ok && result.format).toBe("xlsx");
    expectSameTables(result, xlsxExpected);
  });

  it("keeps Excel's types: Japanese text, numbers, dates, true/false", async () => {
    const result = await readImportFile("export.xlsx", await staffXlsx(rows));
    const project = tableOf(result, "projects").rows[0]!.values;
    expect(project).toMatchObject({
      title_ja: "小児科分野",
      area_number: 1,
      project_number: 1,
      organizations_etc: false,
      version: 1,
    });
    expect(project.updated_at).toEqual(new Date("2021-10-01T00:00:00.000Z"));
    const dated = rows.milestones.findIndex((m) => m.planned_date !== null);
    const milestone = tableOf(result, "milestones").rows[dated]!.values;
    expect(milestone.planned_date).toBeInstanceOf(Date);
    expect((milestone.planned_date as Date).toISOString().slice(0, 10)).toBe(rows.milestones[dated]!.planned_date);
  });

  it("gives formula-like text back exactly, with no apostrophe added or taken", async () => {
    const read = tableOf(await readImportFile("export.xlsx", await staffXlsx(rows)), "milestones").rows.slice(
      -FORMULA_LIKE.length,
    );
    expect(read.map((r) => r.values.title_ja)).toEqual(FORMULA_LIKE);
    expect(read.map((r) => r.values.status)).toEqual(FORMULA_LIKE);
  });
});

describe("the staff CSV files (.zip)", () => {
  it("reads back every table, row and cell as written, all as text", async () => {
    const result = await readImportFile("協力プラン_職員用.zip", await staffCsvZip(rows));
    expect(result.ok && result.format).toBe("zip");
    expectSameTables(result, csvExpected);
  });

  it("takes off the apostrophe the export put before formula-like text, and only that", async () => {
    const bytes = await staffCsv(rows, "milestones");
    const text = new TextDecoder().decode(bytes);
    // The file does hold the apostrophes (or this test would prove nothing).
    expect(text).toContain(",'=1+2,");
    expect(text).toContain(",'''=twice,");
    const read = tableOf(await readImportFile("milestones.csv", bytes), "milestones").rows.slice(-FORMULA_LIKE.length);
    expect(read.map((r) => r.values.title_ja)).toEqual(FORMULA_LIKE);
    expect(read.map((r) => r.values.title_en)).toEqual(FORMULA_LIKE.map((t) => `x${t}`));
    expect(read.map((r) => r.values.status)).toEqual(FORMULA_LIKE);
  });
});

describe("one CSV file (.csv)", () => {
  it("is the table its file name says, with a browser's copy number taken off", async () => {
    const result = await readImportFile("milestones (1).csv", await staffCsv(rows, "milestones"));
    expect(result.ok && result.format).toBe("csv");
    const [table] = tablesOf(result);
    expect(table).toMatchObject({ table: "milestones", file: "milestones (1).csv" });
    expect(table!.rows).toHaveLength(rows.milestones.length);
    expect(table!.rows[0]!.values.seq).toBe("1");
  });
});
