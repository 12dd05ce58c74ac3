import { stringify } from "csv-stringify";
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { csvField } from "./cells";
import { columnsOf, headerOf, TABLES, type Flavour, type TableName, type TableRow } from "./tables";

// The CSV download: one file per table in a zip, UTF-8 with a byte order mark (so that
// Excel in Japan opens it as UTF-8), CRLF line ends and RFC 4180 quoting, as the
// government's rules for machine-readable data ask.

export type TableSource = Record<TableName, () => Iterable<TableRow>>;

/** One table as CSV text, streamed row by row. */
export function csvStream(name: TableName, rows: Iterable<TableRow>, flavour: Flavour): Readable {
  const table = TABLES.find((t) => t.name === name)!;
  const columns = columnsOf(table, flavour);
  const csv = stringify({ bom: true, header: true, record_delimiter: "windows", columns: columns.map(headerOf) });
  // Records as arrays in column order: the cheapest shape for csv-stringify to write.
  return Readable.from(
    (function* () {
      for (const row of rows) yield columns.map((col) => csvField(col, row[col.key]));
    })(),
  ).pipe(csv);
}

/**
 * Every table as a CSV file in one zip. Entries carry a fixed time (the edition's date), so
 * the same edition always gives the same bytes.
 */
export function csvZipStream(source: TableSource, flavour: Flavour, mtime: Date, readme: string): Readable {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(readme, "utf8"), "README.txt", { mtime });
  for (const table of TABLES) zip.addReadStream(csvStream(table.name, source[table.name](), flavour), `${table.name}.csv`, { mtime });
  zip.end();
  return zip.outputStream as Readable;
}
