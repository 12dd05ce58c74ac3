import type { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { collect } from "@/lib/export/collect";
import { unzip } from "@/lib/export/testing/read-back";

// Workbooks put together part by part, for the hostile files (hostile-files.ts): a minimal
// workbook written by hand, or the staff export with one of its sheets' XML changed, each
// zipped as Excel zips them.

export type Part = { name: string; data: Buffer | string; compress?: boolean };

export function zipParts(parts: Part[]): Promise<Buffer> {
  const zip = new ZipFile();
  for (const part of parts)
    zip.addBuffer(Buffer.from(part.data), part.name, {
      compress: part.compress ?? true,
      mtime: new Date("2025-04-01T00:00:00Z"),
    });
  zip.end();
  return collect(zip.outputStream as Readable);
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A sheet's whole XML around the given sheetData content and the parts that follow it. */
export const sheetXml = (rows: string, after = "", before = "") =>
  `${XML}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;

/** A minimal workbook of the given sheets (name → sheet XML), with shared strings if given. */
export function workbookOf(sheets: [string, string][], sharedStrings?: string): Promise<Buffer> {
  const types = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>',
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
    ...sheets.map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    ),
    sharedStrings
      ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
      : "",
  ].join("");
  const rels =
    sheets
      .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
      .join("") +
    (sharedStrings ? `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : "");
  return zipParts([
    {
      name: "[Content_Types].xml",
      data: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${types}</Types>`,
    },
    {
      name: "_rels/.rels",
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: "xl/workbook.xml",
      data: `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.map(([name], i) => `<sheet name="${name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets></workbook>`,
    },
    {
      name: "xl/_rels/workbook.xml.rels",
      data: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels}</Relationships>`,
    },
    ...sheets.map(([, xml], i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: xml })),
    ...(sharedStrings ? [{ name: "xl/sharedStrings.xml", data: sharedStrings }] : []),
  ]);
}

/** An inline-string cell (no shared strings needed). */
export const textCell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** The staff export with its first sheet's XML changed by `edit`. */
export async function editFirstSheet(exported: Uint8Array, edit: (xml: string) => string): Promise<Buffer> {
  const entries = await unzip(Buffer.from(exported));
  const sheet = "xl/worksheets/sheet1.xml";
  const parts = [...entries].map(([name, data]) => ({
    name,
    data: name === sheet ? edit(data.toString("utf8")) : data,
  }));
  return zipParts(parts);
}

/** Inserts `xml` into a sheet right after its sheetData, where Excel keeps merges, validations and the like. */
export const afterSheetData = (xml: string) => (sheet: string) => sheet.replace("</sheetData>", `</sheetData>${xml}`);
