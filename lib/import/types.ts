import type { TableName } from "@/lib/export/tables";

// The shapes the import's later steps (the plan of changes, its review page) read a file
// as. Kept apart from the readers so that each reader can use them without a cycle.

export type CellValue = string | number | boolean | Date | null;

/**
 * A problem with the file, its sheet/file, its row (spreadsheet row number, header = 1) and
 * column (the column key, or the header text when unknown). `message` is a message key,
 * e.g. "importFile.wrongType"; params are for the message.
 */
export type ImportIssue = {
  table: string | null;
  row: number | null;
  column: string | null;
  message: string;
  params?: Record<string, string | number>;
};

export type ImportedRow = { row: number; values: Record<string, CellValue> };

export type ImportedTable = { table: TableName; file: string; rows: ImportedRow[] };

export type ReadResult =
  { ok: true; format: "xlsx" | "csv" | "zip"; tables: ImportedTable[] } | { ok: false; issues: ImportIssue[] };
