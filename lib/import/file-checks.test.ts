import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { columnsOf, headerOf, TABLE_BY_NAME } from "@/lib/export/tables";
import { tableNamed } from "./file-kind";
import { MAX_ROWS } from "./issues";
import { MAX_IMPORT_BYTES, readImportFile, type ReadResult } from "./read-file";
import { unzip } from "@/lib/export/testing/read-back";
import {
  declareSize,
  emptyRows,
  hideLastEntry,
  makeZip,
  milestoneRow,
  staffCsvZip,
  staffXlsx,
} from "./testing/export-files";
import { ZIP_LIMITS } from "./zip-entries";

// What is refused before any table is read: the wrong kind of file, too big a file, and a
// zip (a workbook is one too) that would inflate to far more than its size.

const MB = 1024 * 1024;
const header = columnsOf(TABLE_BY_NAME.get("milestones")!, "staff").map(headerOf).join(",");
const csv = `\uFEFF${header}\r\n`;
const utf8 = (text: string) => new TextEncoder().encode(text);

const messages = (result: ReadResult) => (result.ok ? [] : result.issues.map((i) => i.message));
const onlyIssue = (result: ReadResult) => {
  expect(result.ok).toBe(false);
  if (result.ok) return undefined;
  expect(result.issues).toHaveLength(1);
  return result.issues[0];
};

describe("the kind of file", () => {
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);

  it("accepts a CSV file of a table (the control for the refusals below)", async () => {
    expect(await readImportFile("milestones.csv", utf8(csv))).toEqual({
      ok: true,
      format: "csv",
      tables: [{ table: "milestones", file: "milestones.csv", rows: [] }],
    });
  });

  it.each([
    ["an image named as a workbook", "export.xlsx", PNG],
    ["an image named as a CSV file", "milestones.csv", PNG],
    ["a text file", "milestones.txt", utf8(csv)],
    ["text named as a workbook", "export.xlsx", utf8(csv)],
    ["text named as a zip", "export.zip", utf8(csv)],
    ["a file with no extension", "milestones", utf8(csv)],
  ])("refuses %s", async (_what, name, bytes) => {
    expect(onlyIssue(await readImportFile(name, bytes))?.message).toBe("importFile.wrongType");
  });

  it("refuses a zip named as a CSV file, and the CSV zip named as a workbook", async () => {
    const zip = await staffCsvZip(emptyRows());
    expect(messages(await readImportFile("milestones.csv", zip))).toEqual(["importFile.wrongType"]);
    expect(messages(await readImportFile("export.xlsx", zip))).toEqual(["importFile.wrongType"]);
  });

  it("tells a password-protected or old-format workbook apart", async () => {
    const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(onlyIssue(await readImportFile("export.xlsx", ole2))?.message).toBe("importFile.protectedOrOld");
    expect(onlyIssue(await readImportFile("export.xls", ole2))?.message).toBe("importFile.protectedOrOld");
  });

  it("reads a CSV file saved as Shift_JIS or UTF-16, and names one in an encoding it cannot read", async () => {
    // The bare keys, then 「事業」 in Shift_JIS (what Excel's plain "CSV" saves in Japan): read
    // as one field, where the header has twelve.
    const keys = columnsOf(TABLE_BY_NAME.get("milestones")!, "staff")
      .map((col) => col.key)
      .join(",");
    const shiftJis = new Uint8Array([...utf8(`${keys}\r\n`), 0x8e, 0x96, 0x8b, 0xc6, 0x0d, 0x0a]);
    expect(onlyIssue(await readImportFile("milestones.csv", shiftJis))).toMatchObject({
      message: "importFile.csvRowLength",
      row: 2,
    });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(header, "utf16le")]);
    expect(await readImportFile("milestones.csv", utf16)).toMatchObject({
      ok: true,
      tables: [{ table: "milestones", rows: [] }],
    });
    const utf16be = new Uint8Array([0xfe, 0xff, ...Buffer.from(header, "utf16le").swap16()]);
    expect(await readImportFile("milestones.csv", utf16be)).toMatchObject({
      ok: true,
      tables: [{ table: "milestones", rows: [] }],
    });
    const neither = new Uint8Array([...utf8(`${header}\r\n`), 0x80, 0xfd, 0x0d, 0x0a]);
    expect(onlyIssue(await readImportFile("milestones.csv", neither))).toMatchObject({
      message: "importFile.notUtf8",
      params: { file: "milestones.csv" },
    });
  });

  it("refuses an empty file and one over the limit, saying the limit", async () => {
    expect(onlyIssue(await readImportFile("export.xlsx", new Uint8Array()))?.message).toBe("importFile.empty");
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x41);
    expect(onlyIssue(await readImportFile("milestones.csv", big))).toMatchObject({
      message: "importFile.tooLarge",
      params: { limitMb: 10 },
    });
  });

  it("names a CSV file that is no table, by its name or its columns", async () => {
    expect(onlyIssue(await readImportFile("memo.csv", utf8("\uFEFFa,b\r\n1,2\r\n")))).toMatchObject({
      message: "importFile.unknownTable",
      params: { name: "memo.csv" },
    });
  });

  it("knows a table or sheet by its key, its Japanese name with or without the key, or a copy's name", () => {
    expect(
      ["milestones", "Milestones.CSV", "節目（milestones）", "節目(milestones)", "節目", "milestones (1).csv"].map(
        tableNamed,
      ),
    ).toEqual(Array(6).fill("milestones"));
    expect(tableNamed("項目の関係機関（project_organizations）")).toBe("project_organizations");
    expect(tableNamed("項目")).toBe("projects");
    expect(["メモ", "節目のメモ", "（milestones）メモ"].map(tableNamed)).toEqual([null, null, null]);
  });

  it("knows a renamed table by the columns of its first row", async () => {
    for (const name of ["マイルストーン.csv", "export (2).csv", "memo.csv"]) {
      const result = await readImportFile(name, utf8(csv));
      expect(result.ok && result.tables.map((t) => t.table), name).toEqual(["milestones"]);
    }
    // Quoted header cells too, as Excel may save them.
    const quoted = utf8(`"${header.split(",").join('","')}"\r\n`);
    expect((await readImportFile("x.csv", quoted)).ok).toBe(true);
  });
});

describe("zip safety", () => {
  const zeros = (mb: number) => Buffer.alloc(mb * MB);

  it("refuses a zip bomb by its declared size, as a zip and as a workbook", async () => {
    const bomb = await makeZip([{ name: "milestones.csv", data: zeros(50) }]);
    expect(bomb.length).toBeLessThan(100 * 1024);
    for (const name of ["export.zip", "export.xlsx"]) {
      const started = performance.now();
      expect(onlyIssue(await readImportFile(name, bomb))?.message).toBe("importFile.zipBomb");
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it("decides on the declared size before inflating anything", async () => {
    // A tiny entry that claims 50 MB: inflating it would end in a size mismatch instead.
    const liar = declareSize(await makeZip([{ name: "milestones.csv", data: csv }]), "milestones.csv", 50 * MB);
    expect(onlyIssue(await readImportFile("export.zip", liar))?.message).toBe("importFile.zipBomb");
  });

  it("refuses an entry that compresses too well, and accepts a large ordinary one", async () => {
    const squeezed = await makeZip([{ name: "milestones.csv", data: zeros(5) }]);
    expect(onlyIssue(await readImportFile("export.zip", squeezed))?.message).toBe("importFile.zipBomb");
    const body = Array.from({ length: 12_000 }, (_, i) =>
      [...Object.values(milestoneRow(i, { title_ja: randomBytes(60).toString("base64") }))]
        .map((v) => v ?? "")
        .join(","),
    ).join("\r\n");
    const ordinary = await makeZip([{ name: "milestones.csv", data: `${csv}${body}\r\n` }]);
    const result = await readImportFile("export.zip", ordinary);
    expect(messages(result)).toEqual([]);
    expect(result.ok && result.tables[0]!.rows).toHaveLength(12_000);
  });

  it("refuses an entry declared over the entry limit, though it compresses no more than ordinary data", async () => {
    const zip = declareSize(
      await makeZip([{ name: "milestones.csv", data: randomBytes(300 * 1024) }]),
      "milestones.csv",
      ZIP_LIMITS.entryBytes + MB,
    );
    expect(onlyIssue(await readImportFile("export.zip", zip))?.message).toBe("importFile.zipBomb");
  });

  it("refuses more than the total limit in all, though each entry is within the limits", async () => {
    // Random bytes hardly compress, so 15 MB declared for each is a ratio of about 50:1.
    const names = ["a.csv", "b.csv", "c.csv", "d.csv"];
    let zip = await makeZip(names.map((name) => ({ name, data: randomBytes(300 * 1024) })));
    for (const name of names) zip = declareSize(zip, name, 15 * MB);
    expect(4 * 15 * MB).toBeGreaterThan(ZIP_LIMITS.totalBytes);
    expect(15 * MB).toBeLessThan(ZIP_LIMITS.entryBytes);
    expect(onlyIssue(await readImportFile("export.zip", zip))?.message).toBe("importFile.zipBomb");
  });

  it("stops an entry that inflates to more than its header says", async () => {
    const liar = declareSize(await makeZip([{ name: "milestones.csv", data: zeros(5) }]), "milestones.csv", 1000);
    expect(onlyIssue(await readImportFile("export.zip", liar))?.message).toBe("importFile.zipBomb");
    expect(onlyIssue(await readImportFile("export.xlsx", liar))?.message).toBe("importFile.zipBomb");
  });

  it("never lets the workbook reader inflate an entry the checks did not see", async () => {
    // A workbook with 200 MB of zeros hidden past the end record's count: exceljs would
    // find and inflate it in the uploaded bytes, so it is given only the entries read here.
    const workbook = await unzip(Buffer.from(await staffXlsx(emptyRows())));
    const hidden = hideLastEntry(
      await makeZip([
        ...[...workbook].map(([name, data]) => ({ name, data })),
        { name: "xl/worksheets/sheet99.xml", data: zeros(200) },
      ]),
    );
    const before = process.memoryUsage().rss;
    const result = await readImportFile("export.xlsx", hidden);
    expect(messages(result)).toEqual([]);
    expect(result.ok && result.tables.map((t) => t.table)).toContain("milestones");
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * MB);
  });

  it("refuses more than 200 entries", async () => {
    const many = await makeZip(Array.from({ length: 201 }, (_, i) => ({ name: `f${i}.txt`, data: "x" })));
    expect(onlyIssue(await readImportFile("export.zip", many))).toMatchObject({
      message: "importFile.tooManyEntries",
      params: { limit: 200 },
    });
  });

  it("calls a damaged zip or workbook corrupt", async () => {
    const garbage = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...randomBytes(2000)]);
    expect(onlyIssue(await readImportFile("export.zip", garbage))?.message).toBe("importFile.corrupt");
    const workbook = await staffXlsx(emptyRows());
    expect(onlyIssue(await readImportFile("export.xlsx", workbook.slice(0, workbook.length - 100)))?.message).toBe(
      "importFile.corrupt",
    );
  });
});

describe("the files in a zip", () => {
  it("skips the README, folders and what an operating system adds, and reads a CSV in a folder", async () => {
    const zip = await makeZip([
      { name: "README.txt", data: "readme" },
      { name: "export/milestones.csv", data: csv },
      { name: "__MACOSX/export/._milestones.csv", data: "\0\0" },
      { name: "export/.DS_Store", data: "\0" },
    ]);
    expect(await readImportFile("export.zip", zip)).toEqual({
      ok: true,
      format: "zip",
      tables: [{ table: "milestones", file: "export/milestones.csv", rows: [] }],
    });
  });

  it("names files that are no table, and says when none is", async () => {
    const stray = await makeZip([
      { name: "milestones.csv", data: csv },
      { name: "notes.docx", data: "x" },
      { name: "memo.csv", data: "a\r\n" },
    ]);
    const result = await readImportFile("export.zip", stray);
    expect(result.ok ? [] : result.issues.map((i) => [i.message, i.params?.name])).toEqual([
      ["importFile.unknownTable", "notes.docx"],
      ["importFile.unknownTable", "memo.csv"],
    ]);
    const none = await makeZip([{ name: "README.txt", data: "readme" }]);
    expect(messages(await readImportFile("export.zip", none))).toEqual(["importFile.noTables"]);
  });

  it("refuses two files for one table", async () => {
    const twice = await makeZip([
      { name: "milestones.csv", data: csv },
      { name: "milestones (1).csv", data: csv },
    ]);
    expect(onlyIssue(await readImportFile("export.zip", twice))).toMatchObject({
      message: "importFile.duplicateTable",
      params: { name: "milestones" },
    });
  });
});

describe("the number of rows", () => {
  // A workbook of that many rows is already over the zip limits; its sheets are counted too.
  it("refuses a CSV file of more lines than a table may have, before parsing it", async () => {
    const blank = utf8(`${csv}${"\r\n".repeat(MAX_ROWS + 5)}`);
    const started = performance.now();
    expect(onlyIssue(await readImportFile("milestones.csv", blank))).toMatchObject({
      message: "importFile.tooManyRows",
      params: { limit: MAX_ROWS },
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
