import { describe, expect, it } from "vitest";
import { columnsOf, headerOf, TABLE_BY_NAME } from "@/lib/export/tables";
import { readImportFile, type ReadResult } from "./read-file";

// A CSV file's header and rows, as staff leave them after editing in Excel or by hand.

const columns = columnsOf(TABLE_BY_NAME.get("milestones")!, "staff");
const headers = columns.map(headerOf);
const values = (n: number, over: Record<string, string> = {}) =>
  columns.map((col) => over[col.key] ?? (col.key === "seq" ? String(n) : col.key === "title_ja" ? `節目${n}` : ""));
const line = (fields: string[]) => fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(",");
const file = (lines: string[]) => new TextEncoder().encode(`\uFEFF${lines.join("\r\n")}\r\n`);
const read = (lines: string[]) => readImportFile("milestones.csv", file(lines));

const rowsOf = (result: ReadResult) => {
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.tables[0]!.rows;
};
const issuesOf = (result: ReadResult) => (result.ok ? [] : result.issues);

describe("the header row", () => {
  it("takes bare keys and columns in any order, keying values by column", async () => {
    const keys = columns.map((col) => col.key).reverse();
    const rows = rowsOf(await read([line(keys), line(values(1).reverse())]));
    expect(rows).toEqual([
      {
        row: 2,
        values: Object.fromEntries(
          columns.map((col) => [col.key, col.key === "seq" ? "1" : col.key === "title_ja" ? "節目1" : null]),
        ),
      },
    ]);
  });

  it("knows a column by the key in its heading's brackets, whatever the words before it", async () => {
    // An earlier export's words (「マイルストーンID」), English words, and half-width brackets.
    const earlier = columns.map((col, i) =>
      i === 0 ? `マイルストーンID（${col.key}）` : i === 1 ? `Item ID (${col.key})` : headerOf(col),
    );
    expect(rowsOf(await read([line(earlier), line(values(1))]))).toHaveLength(1);
  });

  it("ignores blank header cells Excel leaves at the end", async () => {
    expect(rowsOf(await read([line([...headers, "", ""]), line([...values(1), "", ""])]))).toHaveLength(1);
  });

  it("names unknown, missing and duplicate columns, all at once", async () => {
    const status = headers.indexOf("状況（status）");
    const edited = headers.filter((_, i) => i !== status);
    const result = await read([line([...edited, "メモ", "title_ja", " 備考 "])]);
    expect(issuesOf(result)).toEqual([
      {
        table: "milestones",
        row: 1,
        column: null,
        message: "importFile.unknownColumns",
        params: { columns: "メモ, 備考" },
      },
      {
        table: "milestones",
        row: 1,
        column: null,
        message: "importFile.missingColumns",
        params: { columns: "状況（status）" },
      },
      {
        table: "milestones",
        row: 1,
        column: null,
        message: "importFile.duplicateColumns",
        params: { columns: "title_ja" },
      },
    ]);
  });

  it("quotes at most 100 characters of a header it does not know", async () => {
    const added = "メモ".repeat(1000);
    expect(issuesOf(await read([line([...headers, added])]))).toEqual([
      {
        table: "milestones",
        row: 1,
        column: null,
        message: "importFile.unknownColumns",
        params: { columns: `${added.slice(0, 100)}…` },
      },
    ]);
  });

  it("asks for the header when row 1 is blank", async () => {
    expect(issuesOf(await read(["", line(values(1))])).map((i) => i.message)).toEqual(["importFile.noHeader"]);
  });
});

describe("the rows", () => {
  it("numbers rows as the spreadsheet does, skipping blank ones and counting records, not lines", async () => {
    const rows = rowsOf(
      await read([
        line(headers),
        line(values(1, { title_en: "two\r\nlines" })),
        "",
        line(values(3)),
        line(headers.map(() => "")),
      ]),
    );
    expect(rows.map((r) => [r.row, r.values.seq])).toEqual([
      [2, "1"],
      [4, "3"],
    ]);
    expect(rows[0]!.values.title_en).toBe("two\r\nlines");
  });

  it("keeps a cell of spaces as text, and an empty one as null", async () => {
    const [row] = rowsOf(await read([line(headers), line(values(1, { title_en: "  " }))]));
    expect(row!.values).toMatchObject({ title_en: "  ", status: null });
  });

  it("takes the export's apostrophe off text columns only", async () => {
    const [row] = rowsOf(
      await read([
        line(headers),
        line(values(1, { title_ja: "'=SUM(A1)", status: "'-x", milestone_id: "'=id", version: "'+1" })),
      ]),
    );
    expect(row!.values).toMatchObject({ title_ja: "=SUM(A1)", status: "-x", milestone_id: "'=id", version: "'+1" });
  });

  it("reports every row of the wrong length with its number", async () => {
    const short = values(3).slice(1);
    const long = [...values(5), "extra"];
    const result = await read([line(headers), line(values(2)), line(short), line(values(4)), line(long)]);
    expect(issuesOf(result)).toEqual([
      {
        table: "milestones",
        row: 3,
        column: null,
        message: "importFile.csvRowLength",
        params: { row: 3, found: headers.length - 1, expected: headers.length },
      },
      {
        table: "milestones",
        row: 5,
        column: null,
        message: "importFile.csvRowLength",
        params: { row: 5, found: headers.length + 1, expected: headers.length },
      },
    ]);
  });

  it("reports a value under a blank header", async () => {
    const result = await read([line([...headers, ""]), line([...values(1), "迷子"])]);
    expect(issuesOf(result)).toMatchObject([
      { row: 2, message: "importFile.valueWithoutHeader", params: { column: "M" } },
    ]);
  });

  it("reports a malformed file with its line", async () => {
    const result = await read([line(headers), line(values(1)), `${line(values(2)).replace("節目2", '"節目2')}`]);
    expect(issuesOf(result)).toMatchObject([
      { table: "milestones", message: "importFile.csvMalformed", params: { line: 4 } },
    ]);
  });

  it("stops at 200 problems and says there were more", async () => {
    const result = await read([line(headers), ...Array.from({ length: 500 }, (_, i) => line(values(i).slice(2)))]);
    const issues = issuesOf(result);
    expect(issues).toHaveLength(200);
    expect(issues[0]).toMatchObject({ row: 2, message: "importFile.csvRowLength" });
    expect(issues[199]).toEqual({
      table: null,
      row: null,
      column: null,
      message: "importFile.tooManyIssues",
      params: { limit: 200 },
    });
  });
});
