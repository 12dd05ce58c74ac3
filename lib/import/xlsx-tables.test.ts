import type ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { readImportFile, type ReadResult } from "./read-file";
import { editWorkbook, emptyRows, milestoneRow, staffXlsx } from "./testing/export-files";
import { sheetOf } from "./testing/sheets";

// The staff workbook after staff have been at it in Excel: sheets renamed, columns moved,
// added or deleted, formulas, links, rich text and error cells.

let exported: Uint8Array;
beforeAll(async () => {
  const rows = emptyRows();
  rows.milestones = [milestoneRow(1), milestoneRow(2), milestoneRow(3)];
  exported = await staffXlsx(rows);
});

const edited = async (edit: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void) =>
  readImportFile(
    "export.xlsx",
    await editWorkbook(exported, (workbook) => edit(sheetOf(workbook, "milestones"), workbook)),
  );
const milestones = (result: ReadResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.tables.find((t) => t.table === "milestones")!.rows;
};
const issuesOf = (result: ReadResult) => (result.ok ? [] : result.issues);
/** The 1-based column of a key in the exported sheet. */
function col(sheet: ExcelJS.Worksheet, key: string): number {
  let found = 0;
  sheet.getRow(1).eachCell((cell, n) => {
    if (cell.text.endsWith(`（${key}）`)) found = n;
  });
  return found;
}

describe("sheets", () => {
  it("reads the workbook saved again by a spreadsheet program (the control for the edits below)", async () => {
    const rows = milestones(await edited(() => {}));
    expect(rows.map((r) => [r.row, r.values.seq, r.values.title_ja])).toEqual([
      [2, 1, "節目1"],
      [3, 2, "節目2"],
      [4, 3, "節目3"],
    ]);
  });

  it("knows a renamed sheet by its columns; names a sheet that is no table and one with no header", async () => {
    const result = await edited((sheet, workbook) => {
      sheet.name = "Sheet1";
      workbook.addWorksheet("メモ").getCell("A1").value = "打合せのメモ";
      workbook.addWorksheet("captions (2)");
      workbook.removeWorksheet(sheetOf(workbook, "captions").id);
    });
    expect(issuesOf(result)).toEqual([
      { table: "メモ", row: null, column: null, message: "importFile.unknownTable", params: { name: "メモ" } },
      { table: "captions", row: 1, column: null, message: "importFile.noHeader", params: { name: "captions (2)" } },
    ]);
    const renamed = milestones(await edited((sheet) => (sheet.name = "Sheet1")));
    expect(renamed.map((r) => r.values.title_ja)).toEqual(["節目1", "節目2", "節目3"]);
  });
});

describe("columns", () => {
  it("names unknown, missing and duplicate columns", async () => {
    const result = await edited((sheet) => {
      sheet.spliceColumns(col(sheet, "status"), 1);
      sheet.getRow(1).getCell(20).value = "メモ";
      sheet.getRow(1).getCell(21).value = "title_en";
    });
    expect(issuesOf(result).map((i) => [i.message, i.params?.columns])).toEqual([
      ["importFile.unknownColumns", "メモ"],
      ["importFile.missingColumns", "状況（status）"],
      ["importFile.duplicateColumns", "title_en"],
    ]);
  });

  it("reads a column moved to the end and headed by its bare key", async () => {
    const rows = milestones(
      await edited((sheet) => {
        const at = col(sheet, "title_ja");
        const moved = sheet.getColumn(at).values;
        sheet.spliceColumns(at, 1);
        const end = sheet.getRow(1).cellCount + 1;
        moved.forEach((value, n) => {
          sheet.getRow(n).getCell(end).value = n === 1 ? "title_ja" : value;
        });
      }),
    );
    expect(rows.map((r) => [r.values.title_ja, r.values.title_en])).toEqual([
      ["節目1", "Milestone 1"],
      ["節目2", "Milestone 2"],
      ["節目3", "Milestone 3"],
    ]);
  });

  it("reports a value in a column with no header, by its letter", async () => {
    const result = await edited((sheet) => {
      sheet.getRow(3).getCell(15).value = "迷子";
    });
    expect(issuesOf(result)).toEqual([
      { table: "milestones", row: 3, column: "O", message: "importFile.valueWithoutHeader", params: { column: "O" } },
    ]);
  });
});

describe("cells", () => {
  it("reads rich text, links and formulas' saved results as values", async () => {
    const [row] = milestones(
      await edited((sheet) => {
        sheet.getRow(2).getCell(col(sheet, "title_ja")).value = {
          richText: [{ text: "太字", font: { bold: true } }, { text: "と普通" }],
        };
        sheet.getRow(2).getCell(col(sheet, "title_en")).value = { text: "MOFA", hyperlink: "https://www.mofa.go.jp/" };
        sheet.getRow(2).getCell(col(sheet, "seq")).value = { formula: "3+4", result: 7 };
        sheet.getRow(2).getCell(col(sheet, "status")).value = { formula: '"com"&"pleted"', result: "completed" };
      }),
    );
    expect(row!.values).toMatchObject({ title_ja: "太字と普通", title_en: "MOFA", seq: 7, status: "completed" });
  });

  it("reports error cells and formulas with no saved result, with their place", async () => {
    const result = await edited((sheet) => {
      sheet.getRow(3).getCell(col(sheet, "status")).value = { error: "#N/A" };
      sheet.getRow(4).getCell(col(sheet, "seq")).value = { formula: "A1*2" } as ExcelJS.CellFormulaValue;
    });
    expect(issuesOf(result)).toEqual([
      {
        table: "milestones",
        row: 3,
        column: "status",
        message: "importFile.cellError",
        params: { cell: "G3", error: "#N/A" },
      },
      { table: "milestones", row: 4, column: "seq", message: "importFile.formulaWithoutValue", params: { cell: "D4" } },
    ]);
  });

  it("keeps spreadsheet row numbers across blank rows, and skips the blank rows", async () => {
    const rows = milestones(await edited((sheet) => sheet.spliceRows(3, 0, [], [])));
    expect(rows.map((r) => [r.row, r.values.seq])).toEqual([
      [2, 1],
      [5, 2],
      [6, 3],
    ]);
  });

  it("keeps text as written, apostrophe and all (the workbook is never given one)", async () => {
    const [row] = milestones(
      await edited((sheet) => {
        sheet.getRow(2).getCell(col(sheet, "title_ja")).value = "'=1+2";
        sheet.getRow(2).getCell(col(sheet, "title_en")).value = "  ";
      }),
    );
    expect(row!.values).toMatchObject({ title_ja: "'=1+2", title_en: "  " });
  });
});
