import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import readExcelFile from "read-excel-file/node";
import yauzl from "yauzl";
import { collect } from "@/lib/export/collect";
export { collect };

// Independent readers for the tests: the downloads are read back with other libraries than
// the ones that wrote them (yauzl and csv-parse for the zip of CSVs, read-excel-file for the
// workbook), as a reader of the open data would.

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Every entry of a zip, by name. */
export function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const entries = new Map<string, Buffer>();
      zip.on("entry", (entry: yauzl.Entry) => {
        zip.openReadStream(entry, (err, stream) => {
          if (err || !stream) return reject(err);
          collect(stream).then((data) => {
            entries.set(entry.fileName, data);
            zip.readEntry();
          }, reject);
        });
      });
      zip.on("end", () => resolve(entries));
      zip.on("error", reject);
      zip.readEntry();
    });
  });
}

/** A CSV file as rows of strings, the header first. */
export const csvRows = (bytes: Buffer): string[][] => parse(bytes, { bom: true }) as string[][];

/** Every sheet of a workbook as rows of values, the header first. */
export async function xlsxSheets(bytes: Buffer): Promise<Map<string, unknown[][]>> {
  const sheets = (await readExcelFile(bytes)) as { sheet: string; data: unknown[][] }[];
  return new Map(sheets.map((s) => [s.sheet, s.data]));
}
