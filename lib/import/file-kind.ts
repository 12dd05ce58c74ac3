import { columnsOf, TABLE_BY_NAME, TABLES, type TableName } from "@/lib/export/tables";
import { headingKey } from "./header";

// What an uploaded file is, decided by its name and its first bytes together: a name alone
// is whatever the sender typed, and bytes alone cannot tell a workbook from a zip of CSVs.

export type FileKind = "xlsx" | "zip" | "csv";

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
// The container of a password-protected workbook, and of the old .xls format.
const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

/** The last part of a path, from either kind of separator. */
export const baseName = (path: string) => path.split(/[\\/]/).pop() ?? path;

const extensionOf = (name: string) => /\.([^.]+)$/.exec(baseName(name))?.[1]?.toLowerCase() ?? "";

const TABLE_BY_JA = new Map(TABLES.map((t) => [t.ja, t.name]));

/**
 * The table a file or sheet is named for, without its extension or the copy number a
 * browser adds to a second download ("milestones (1).csv"): its key (an edition's sheets,
 * the CSV files), its Japanese name with the key in brackets (the staff workbook's
 * 「節目（milestones）」), or its Japanese name alone. Sheet and file names are compared as
 * Windows and Excel compare them, regardless of case.
 */
export function tableNamed(name: string): TableName | null {
  const stem = baseName(name)
    .normalize("NFKC")
    .trim()
    .replace(/\.csv$/i, "")
    .replace(/\s*\(\d+\)$/, "")
    .trim()
    .toLowerCase();
  const key = headingKey(stem);
  if (TABLE_BY_NAME.has(key as TableName)) return key as TableName;
  return TABLE_BY_JA.get(stem) ?? null;
}

/**
 * The table a CSV file is, read from its first row when its name says nothing (a download
 * renamed 「マイルストーン.csv」 or 「export.csv」): the table most of whose columns the row
 * names, when no other table matches as many, and at least half of its columns are there.
 */
export function tableOfHeader(cells: string[]): TableName | null {
  const named = new Set(cells.map(headingKey).filter(Boolean));
  const scored = TABLES.map((table) => {
    const columns = columnsOf(table, "staff");
    const hits = columns.filter((col) => named.has(col.key)).length;
    return { name: table.name, hits, enough: hits >= 2 && hits * 2 >= columns.length };
  }).sort((a, b) => b.hits - a.hits);
  const [best, next] = scored;
  return best?.enough && best.hits > (next?.hits ?? 0) ? best.name : null;
}

export type KindCheck = { ok: true; kind: FileKind } | { ok: false; message: string };

function textCheck(bytes: Uint8Array): KindCheck {
  if (startsWith(bytes, ZIP_SIGNATURE) || startsWith(bytes, OLE2_SIGNATURE))
    return { ok: false, message: "importFile.wrongType" };
  // UTF-16 (Excel's "Unicode text") holds NUL bytes too: its byte order mark says it is text.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return { ok: true, kind: "csv" };
  // No text file holds a NUL byte: this is an image, a PDF or some other binary.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, message: "importFile.wrongType" };
  return { ok: true, kind: "csv" };
}

export function fileKind(fileName: string, bytes: Uint8Array): KindCheck {
  switch (extensionOf(fileName)) {
    case "xlsx":
      if (startsWith(bytes, ZIP_SIGNATURE)) return { ok: true, kind: "xlsx" };
      return {
        ok: false,
        message: startsWith(bytes, OLE2_SIGNATURE) ? "importFile.protectedOrOld" : "importFile.wrongType",
      };
    case "zip":
      return startsWith(bytes, ZIP_SIGNATURE)
        ? { ok: true, kind: "zip" }
        : { ok: false, message: "importFile.wrongType" };
    case "csv":
      return textCheck(bytes);
    case "xls":
      return { ok: false, message: "importFile.protectedOrOld" };
    default:
      return { ok: false, message: "importFile.wrongType" };
  }
}
