import { describe, expect, it } from "vitest";
import { scanCsv } from "./csv-scan";
import { IssueList } from "./issues";
import { scanWorkbook } from "./workbook-scan";
import { attribute, decodedLength, walkXml, XmlRefused } from "./xml-walk";
import { sheetXml, textCell, workbookOf } from "./testing/workbook-parts";
import { readZipEntries } from "./zip-entries";

// The scans that judge a file before any parser builds it, on their edges: XML that hides a
// reference where a careless tokenizer would not look, and CSV quoting.

const tags = (xml: string) => {
  const seen: string[] = [];
  walkXml(xml, { open: (name, attributes) => seen.push(`${name}${attributes}`) });
  return seen;
};
const refusal = (xml: string) => {
  try {
    walkXml(xml, {});
    return null;
  } catch (e) {
    return e instanceof XmlRefused ? e.problem : "other";
  }
};

describe("the XML walk", () => {
  it("reads a tag whose quoted attribute holds a '>', and skips comments, CDATA and prefixes", () => {
    expect(tags('<x:c a=">" r="XFD1"/><!-- <c r="A1"/> --><![CDATA[<c r="B1"/>]]><row>')).toEqual([
      'c a=">" r="XFD1"',
      "row",
    ]);
    expect(attribute(' a=">" r="XFD1"', "r")).toBe("XFD1");
    expect(attribute(' sheetId="3" r:id="rId3"', "id")).toBe("rId3");
  });

  it("refuses declarations, nesting past the limit, and tags that never end", () => {
    expect(refusal('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x/>')).toBe("declarations");
    expect(refusal("<a>".repeat(65))).toBe("tooDeep");
    expect(refusal("<a>".repeat(64))).toBeNull();
    expect(refusal('<c r="A1>')).toBe("malformed");
    expect(refusal("<!-- never closed")).toBe("malformed");
  });

  it("counts an entity as one character, in time linear in the text", () => {
    expect(decodedLength("a&amp;b&#12354;c", 0, 16)).toBe(5);
    const ampersands = "&".repeat(5_000_000);
    const started = performance.now();
    expect(decodedLength(ampersands, 0, ampersands.length)).toBe(5_000_000);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

const scan = async (sheet: string) => {
  const zip = await readZipEntries(new Uint8Array(await workbookOf([["milestones", sheet]])), () => true);
  if (!zip.ok) throw new Error(zip.message);
  const issues = new IssueList();
  scanWorkbook(zip.entries, issues);
  return issues.items;
};

describe("the workbook scan", () => {
  it("passes a sheet within its table's width and names the sheet, part and range past it", async () => {
    expect(
      await scan(
        sheetXml(`<row r="2">${textCell("AB2", "x")}</row>`, '<mergeCells><mergeCell ref="A2:AB3"/></mergeCells>'),
      ),
    ).toEqual([]);
    expect(await scan(sheetXml(`<row r="2">${textCell("AC2", "x")}</row>`))).toMatchObject([
      { message: "importFile.beyondTable", params: { sheet: "milestones", part: "c", ref: "AC2", lastColumn: "AB" } },
    ]);
    expect(await scan(sheetXml("", '<mergeCells><mergeCell ref="A1:B100002"/></mergeCells>'))).toMatchObject([
      { params: { part: "mergeCell", ref: "A1:B100002", lastRow: 100_001 } },
    ]);
  });

  it("counts cells and rows that give no reference, as exceljs places them", async () => {
    const row = `<row>${'<c t="inlineStr"><is><t>x</t></is></c>'.repeat(29)}</row>`;
    expect(await scan(sheetXml(row))).toMatchObject([{ message: "importFile.beyondTable", params: { part: "c" } }]);
    expect(await scan(sheetXml(`<row r="100001"/>${"<row/>"}`))).toMatchObject([{ params: { part: "row" } }]);
  });

  it("holds a cell's text, entities and rich-text runs together, to Excel's limit", async () => {
    expect(await scan(sheetXml(`<row r="2">${textCell("B2", "&amp;".repeat(32_767))}</row>`))).toEqual([]);
    const runs = `<row r="2"><c r="B2" t="inlineStr"><is><r><t>${"x".repeat(20_000)}</t></r><r><t>${"y".repeat(20_000)}</t></r></is></c></row>`;
    expect(await scan(sheetXml(runs))).toMatchObject([
      { message: "importFile.cellTooLong", params: { sheet: "milestones", cell: "B2" } },
    ]);
    // Its reading (furigana, which Japanese Excel keeps beside a text) is not the cell's.
    const reading = `<row r="2"><c r="B2" t="inlineStr"><is><t>${"漢".repeat(32_767)}</t><rPh sb="0" eb="1"><t>${"かん".repeat(100)}</t></rPh></is></c></row>`;
    expect(await scan(sheetXml(reading))).toEqual([]);
  });
});

describe("the CSV scan", () => {
  it("counts fields outside quotes only, and quoted line breaks as part of the field", () => {
    expect(scanCsv('a,"b,c\r\nd",e\r\nf', ",", 3)).toMatchObject({ ok: true, shape: { records: 2, widest: 3 } });
    expect(scanCsv("a,b,c,d\r\n", ",", 3)).toEqual({ ok: false, problem: "tooWide", record: 1 });
    expect(scanCsv("a\tb\tc\td", "\t", 3)).toMatchObject({ ok: false, problem: "tooWide" });
  });

  it("stops at a field past Excel's cell limit, quoted or not", () => {
    expect(scanCsv(`h\r\n"${"x".repeat(32_768)}`, ",", 3)).toEqual({ ok: false, problem: "cellTooLong", record: 2 });
    expect(scanCsv(`h\r\n${"x".repeat(32_767)}`, ",", 3)).toMatchObject({ ok: true });
  });
});
