import { columnsOf, headerOf, TABLE_BY_NAME } from "@/lib/export/tables";
import { MAX_UPLOAD_BYTES } from "@/lib/validation/import";
import { afterSheetData, editFirstSheet, sheetXml, textCell, workbookOf, zipParts } from "./workbook-parts";

// Files made to take the import down, each with the message it must get instead: workbooks
// that name billions of cells in a few bytes, texts past Excel's limits, XML bombs, zip
// bombs, CSV files of one endless line or a million blank ones, and files that are not what
// they say. Used by the unit tests (lib/import/hostile-files.test.ts), by the end-to-end
// test that uploads each to the built server (e2e/staff-import-hostile.spec.ts), and by
// scripts/hostile-imports.ts, which writes them to a folder. `exported` is the staff export
// (.xlsx) the edited ones start from.

export type HostileFile = {
  name: string;
  fileName: string;
  /** The message key the uploader must get ("import.*" keys are the form's own). */
  expected: string;
  make: (exported: Uint8Array) => Promise<Uint8Array>;
};

const MB = 1024 * 1024;
const milestoneHeader = () => columnsOf(TABLE_BY_NAME.get("milestones")!, "staff").map(headerOf);
const headerRow = (cells: string[]) =>
  `<row r="1">${cells.map((text, i) => textCell(`${columnName(i)}1`, text)).join("")}</row>`;
const columnName = (index: number): string =>
  (index < 26 ? "" : columnName(Math.floor(index / 26) - 1)) + String.fromCharCode(65 + (index % 26));
const milestonesWith = (rows: string, after = "", before = "") =>
  workbookOf([["milestones", sheetXml(headerRow(milestoneHeader()) + rows, after, before)]]);
const bytes = async (made: Promise<Buffer> | Buffer | string) => new Uint8Array(Buffer.from(await made));

/** Text of `length` characters from a four-letter alphabet: compresses about 4:1, never 200:1. */
function lowEntropy(length: number): string {
  const out = Buffer.alloc(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    // xorshift32: two random bits a character, so that deflate finds little to repeat.
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = 65 + ((x >>> 0) & 3);
  }
  return out.toString("latin1");
}

/**
 * Text in Shift_JIS, as Excel's plain "CSV" saves it in Japan. Node decodes Shift_JIS but has
 * no encoder: the table is made by decoding every two-byte code once.
 */
function shiftJis(text: string): Uint8Array {
  const decoder = new TextDecoder("shift_jis");
  const codes = new Map<string, number[]>();
  for (let lead = 0x81; lead <= 0xfc; lead++) {
    if (lead > 0x9f && lead < 0xe0) continue;
    for (let trail = 0x40; trail <= 0xfc; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== "\ufffd" && !codes.has(char)) codes.set(char, [lead, trail]);
    }
  }
  return new Uint8Array(
    [...text].flatMap((char) => (char.charCodeAt(0) < 0x80 ? [char.charCodeAt(0)] : (codes.get(char) ?? [0x81, 0x48]))),
  );
}

const csv = (body: string) => `\uFEFF${milestoneHeader().join(",")}\r\n${body}`;

export const HOSTILE_FILES: HostileFile[] = [
  {
    name: "the staff export with one merged range of the whole sheet",
    fileName: "merged.xlsx",
    expected: "importFile.beyondTable",
    make: (x) =>
      bytes(editFirstSheet(x, afterSheetData('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>'))),
  },
  {
    name: "the staff export with one cell at XFD1048576",
    fileName: "last-cell.xlsx",
    expected: "importFile.beyondTable",
    make: (x) =>
      bytes(
        editFirstSheet(x, (s) =>
          s.replace("</sheetData>", `<row r="1048576">${textCell("XFD1048576", "x")}</row></sheetData>`),
        ),
      ),
  },
  {
    name: "a header of 16,384 columns",
    fileName: "wide-header.xlsx",
    expected: "importFile.beyondTable",
    make: () =>
      bytes(workbookOf([["milestones", sheetXml(headerRow(Array.from({ length: 16_384 }, (_, i) => `c${i}`)))]])),
  },
  {
    name: "a header-only sheet declaring 1,048,576 rows",
    fileName: "rows-declared.xlsx",
    expected: "importFile.beyondTable",
    make: () => bytes(milestonesWith('<row r="1048576" spans="1:12"/>', "", '<dimension ref="A1:L1048576"/>')),
  },
  {
    name: "a million empty row elements",
    fileName: "empty-rows.xlsx",
    expected: "importFile.zipBomb",
    make: () => bytes(milestonesWith("<row/>".repeat(1_048_575))),
  },
  {
    name: "a shared string of 16 MB referenced from 500 rows",
    fileName: "shared-string.xlsx",
    expected: "importFile.textTooLong",
    make: () => {
      const rows = Array.from(
        { length: 500 },
        (_, i) => `<row r="${i + 2}"><c r="B${i + 2}" t="s"><v>0</v></c></row>`,
      ).join("");
      const strings = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="500" uniqueCount="1"><si><t>${lowEntropy(16 * MB - 300)}</t></si></sst>`;
      return bytes(workbookOf([["milestones", sheetXml(headerRow(milestoneHeader()) + rows)]], strings));
    },
  },
  {
    name: "a cell of 40,000 characters",
    fileName: "long-cell.xlsx",
    expected: "importFile.cellTooLong",
    make: () => bytes(milestonesWith(`<row r="2">${textCell("F2", "長".repeat(40_000))}</row>`)),
  },
  {
    name: "1,000 sheets",
    fileName: "sheets-1000.xlsx",
    expected: "importFile.tooManyEntries",
    make: () => bytes(workbookOf(Array.from({ length: 1000 }, (_, i) => [`s${i}`, sheetXml("")]))),
  },
  {
    name: "40 sheets (within the zip's entry limit)",
    fileName: "sheets-40.xlsx",
    expected: "importFile.tooManySheets",
    make: () => bytes(workbookOf(Array.from({ length: 40 }, (_, i) => [`s${i}`, sheetXml("")]))),
  },
  {
    name: "XML nested 100,000 deep",
    fileName: "deep.xlsx",
    expected: "importFile.xmlTooDeep",
    make: () => bytes(milestonesWith("", "<a>".repeat(100_000) + "</a>".repeat(100_000))),
  },
  {
    name: "billion laughs (entity declarations)",
    fileName: "laughs.xlsx",
    expected: "importFile.xmlDeclarations",
    make: () => {
      const entities = [
        '<!ENTITY l0 "ha">',
        ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`),
      ].join("");
      return bytes(
        workbookOf([
          [
            "milestones",
            `<?xml version="1.0"?><!DOCTYPE worksheet [${entities}]>` +
              sheetXml(`<row r="2">${textCell("F2", "&l9;")}</row>`).replace(/^<\?xml[^>]*\?>\n/, ""),
          ],
        ]),
      );
    },
  },
  {
    name: "a zip bomb by ratio (15 MB of zeros)",
    fileName: "ratio-bomb.xlsx",
    expected: "importFile.zipBomb",
    make: async (x) =>
      bytes(editFirstSheet(x, (s) => s.replace("</worksheet>", `<!--${"0".repeat(15 * MB)}--></worksheet>`))),
  },
  {
    name: "a zip bomb by count (10,000 entries)",
    fileName: "count-bomb.zip",
    expected: "importFile.tooManyEntries",
    make: () => bytes(zipParts(Array.from({ length: 10_000 }, (_, i) => ({ name: `milestones-${i}.csv`, data: "" })))),
  },
  {
    name: "data validation over whole columns",
    fileName: "validation.xlsx",
    expected: "importFile.beyondTable",
    make: (x) =>
      bytes(
        editFirstSheet(
          x,
          afterSheetData(
            '<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C1:C1048576 A:A"><formula1>"a,b"</formula1></dataValidation></dataValidations>',
          ),
        ),
      ),
  },
  {
    name: "a conditional format over the whole sheet",
    fileName: "conditional.xlsx",
    expected: "importFile.beyondTable",
    make: (x) =>
      bytes(
        editFirstSheet(
          x,
          afterSheetData(
            '<conditionalFormatting sqref="A1:XFD1048576"><cfRule type="containsBlanks" dxfId="0" priority="1"><formula>LEN(TRIM(A1))=0</formula></cfRule></conditionalFormatting>',
          ),
        ),
      ),
  },
  {
    name: "a hyperlink over the whole sheet",
    fileName: "hyperlink.xlsx",
    expected: "importFile.beyondTable",
    make: (x) =>
      bytes(
        editFirstSheet(
          x,
          afterSheetData('<hyperlinks><hyperlink ref="A1:XFD1048576" location="plan!A1"/></hyperlinks>'),
        ),
      ),
  },
  {
    name: "a dimension of A1:XFD1048576",
    fileName: "dimension.xlsx",
    expected: "importFile.beyondTable",
    make: (x) =>
      bytes(
        editFirstSheet(x, (s) =>
          s.replace(/<dimension [^>]*\/>/, "").replace("<sheetData", '<dimension ref="A1:XFD1048576"/><sheetData'),
        ),
      ),
  },
  {
    name: "rows out of order, one numbered 5,000,000",
    fileName: "row-numbers.xlsx",
    expected: "importFile.beyondTable",
    make: () =>
      bytes(
        milestonesWith(
          `<row r="90000">${textCell("F90000", "a")}</row><row r="3">${textCell("F3", "b")}</row><row r="5000000">${textCell("F5000000", "c")}</row>`,
        ),
      ),
  },
  {
    name: "column formats past Excel's last column",
    fileName: "cols.xlsx",
    expected: "importFile.beyondTable",
    make: () => bytes(milestonesWith("", "", '<cols><col min="1" max="2000000000" width="9"/></cols>')),
  },
  {
    name: "an image renamed .xlsx",
    fileName: "photo.xlsx",
    expected: "importFile.wrongType",
    make: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Buffer.alloc(2048, 7)]),
  },
  {
    name: "a CSV file of one 9 MB line",
    fileName: "milestones.csv",
    expected: "importFile.csvCellTooLong",
    make: async () => bytes(csv(lowEntropy(9 * MB))),
  },
  {
    name: "a CSV file of one line, exactly the upload limit in size (sent whole, not cut short)",
    fileName: "milestones.csv",
    expected: "importFile.csvCellTooLong",
    make: async () => {
      const head = Buffer.from(csv(""));
      return bytes(Buffer.concat([head, Buffer.from(lowEntropy(MAX_UPLOAD_BYTES - head.length))]));
    },
  },
  {
    name: "a CSV file of one line of 9 million commas",
    fileName: "milestones.csv",
    expected: "importFile.csvTooWide",
    make: async () => bytes(csv(",".repeat(9 * MB))),
  },
  {
    name: "a CSV file of a million empty lines",
    fileName: "milestones.csv",
    expected: "importFile.tooManyRows",
    make: async () => bytes(csv("\r\n".repeat(1_000_000))),
  },
  {
    name: "a CSV file in no encoding the import reads",
    fileName: "milestones.csv",
    expected: "importFile.notUtf8",
    make: async () =>
      new Uint8Array([...Buffer.from(milestoneHeader().join(","), "utf8"), 0x0d, 0x0a, 0x80, 0xfd, 0xfe, 0x0d, 0x0a]),
  },
];

/** Files over the upload limit: the form stops them, and the upload route answers 413. */
export const OVERSIZED_FILES: HostileFile[] = [
  {
    name: "a CSV file of one 50 MB line",
    fileName: "milestones.csv",
    expected: "import.fileTooLarge",
    make: async () => bytes(csv(lowEntropy(50 * MB))),
  },
];

/** Files Excel in Japan saves, which the import reads: the controls beside the refusals. */
export const READABLE_FILES: HostileFile[] = [
  {
    name: "a CSV file in Shift_JIS",
    fileName: "milestones.csv",
    expected: "import.nothingToChange",
    make: async () => shiftJis(`${milestoneHeader().join(",")}\r\n`),
  },
  {
    name: "a CSV file in UTF-16 with tabs (Excel's Unicode text)",
    fileName: "milestones.csv",
    expected: "import.nothingToChange",
    make: async () => new Uint8Array([0xff, 0xfe, ...Buffer.from(`${milestoneHeader().join("\t")}\r\n`, "utf16le")]),
  },
];
