import { stringify } from "csv-stringify/sync";
import { Readable } from "node:stream";
import { ZipFile } from "yazl";
import { csvField } from "./cells";
import { columnsOf, headerOf, TABLES, type Flavour, type TableName, type TableRow } from "./tables";

// The CSV download: one file per table in a zip, UTF-8 with a byte order mark (so that
// Excel in Japan opens it as UTF-8), CRLF line ends and RFC 4180 quoting, as the
// government's rules for machine-readable data ask.

export type TableSource = Record<TableName, () => Iterable<TableRow>>;

// Rows are written a thousand at a time: handing the zip's compressor one small chunk per
// row cost more than writing the rows (measured: 9.6 s against 1.5 s for an edition of
// 10,000 projects).
const BATCH = 1000;

function* csvChunks(name: TableName, rows: Iterable<TableRow>, flavour: Flavour): Generator<Buffer> {
  const table = TABLES.find((t) => t.name === name)!;
  const columns = columnsOf(table, flavour);
  const header = columns.map(headerOf);
  let first = true;
  let batch: string[][] = [];
  const flush = () => {
    // The first chunk carries the byte order mark and the header row, even with no rows.
    const text = stringify(batch, { bom: first, header: first, columns: header, record_delimiter: "windows" });
    first = false;
    batch = [];
    return Buffer.from(text, "utf8");
  };
  for (const row of rows) {
    batch.push(columns.map((col) => csvField(col, row[col.key])));
    if (batch.length === BATCH) yield flush();
  }
  if (batch.length > 0 || first) yield flush();
}

/** One table as CSV text, streamed in batches of rows. */
export function csvStream(name: TableName, rows: Iterable<TableRow>, flavour: Flavour): Readable {
  return Readable.from(csvChunks(name, rows, flavour), { objectMode: false });
}

/**
 * Every table as a CSV file in one zip. Entries carry a fixed time (the edition's date), so
 * the same edition always gives the same bytes.
 */
export function csvZipStream(source: TableSource, flavour: Flavour, mtime: Date, readme: string): Readable {
  const zip = new ZipFile();
  zip.addBuffer(Buffer.from(readme, "utf8"), "README.txt", { mtime });
  for (const table of TABLES)
    zip.addReadStream(csvStream(table.name, source[table.name](), flavour), `${table.name}.csv`, { mtime });
  zip.end();
  return zip.outputStream as Readable;
}
