import { described } from "@/lib/domain/described";
import { CODE_LIST_NOTES, DICTIONARY, FORMAT_VERSION, type DictionaryColumn, type DictionaryTable } from "./dictionary";
import { CODE_LISTS, headerOf, type ColumnType } from "./tables";

// JSON Schemas (draft 2020-12) of the published data, made from the same definitions as
// the files and the data dictionary, so a schema cannot drift from what is written. Every
// description carries both languages (Japanese first); `x-description` holds them apart
// for programs, and `x-unit` a column's unit.

export type JsonSchema = { [keyword: string]: unknown };

export const JSON_SCHEMA_DRAFT = "https://json-schema.org/draft/2020-12/schema";

/** The addresses the schemas are served at. */
export const SCHEMA_PATHS = { edition: "/api/v1/schema/edition", tables: "/api/v1/schema/tables" } as const;

/** How a value of each column type is written in a row (blank cells are null). */
const VALUE_SCHEMAS: Record<Exclude<ColumnType, "code">, JsonSchema> = {
  uuid: { type: ["string", "null"], format: "uuid" },
  text: { type: ["string", "null"] },
  integer: { type: ["integer", "null"] },
  // Exact decimals are kept as strings of digits (as the edition JSON has them); a reader
  // of the CSV or XLSX may hold them as numbers.
  decimal: { type: ["number", "string", "null"], pattern: "^-?[0-9]+(\\.[0-9]+)?$" },
  date: { type: ["string", "null"], format: "date" },
  datetime: { type: ["string", "null"], format: "date-time" },
  boolean: { type: ["boolean", "null"] },
};

function columnSchema(col: DictionaryColumn): JsonSchema {
  const value =
    col.type === "code" && col.codes
      ? { enum: [...CODE_LISTS[col.codes].codes, null], "x-code-list": col.codes }
      : VALUE_SCHEMAS[col.type as Exclude<ColumnType, "code">];
  return {
    title: `${col.ja} / ${col.en}`,
    ...described(col.meaning),
    ...value,
    "x-header": headerOf(col),
    ...(col.unit ? { "x-unit": col.unit } : {}),
    ...(col.staffOnly ? { "x-staff-only": true } : {}),
  };
}

/** One row of a table: every column an edition's file has is present (null where blank). */
function rowSchema(table: DictionaryTable): JsonSchema {
  const keyText = table.key.length
    ? { ja: `キー：${table.key.join("、")}。`, en: `Key: ${table.key.join(", ")}.` }
    : { ja: "", en: "" };
  return {
    type: "object",
    title: `${table.ja} / ${table.en}（${table.name}）`,
    ...described({ ja: table.row.ja + keyText.ja, en: `${table.row.en} ${keyText.en}`.trim() }),
    "x-key": table.key,
    properties: Object.fromEntries(table.entries.map((col) => [col.key, columnSchema(col)])),
    required: table.entries.filter((col) => !col.staffOnly).map((col) => col.key),
    additionalProperties: false,
  };
}

/**
 * The published tables (CSV files, XLSX sheets) as JSON: an object of table name → rows,
 * each row an object of column key → value. `$defs` has each table's row on its own.
 */
export function tablesJsonSchema(): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    title:
      "8項目の「協力プラン」進捗：公開する表の行 / Eight-point Cooperation Plan progress: rows of the published tables",
    ...described({
      ja: "各版のCSV（表ごとに1ファイル）とXLSX（表ごとに1シート）の行を、列キー → 値のJSONとして表したもの。空欄は null（0 ではありません）。x-staff-only の列は職員用の出力にだけあります。",
      en: "The rows of each edition's CSV files (one per table) and XLSX sheets (one per table) as JSON, column key → value. A blank cell is null (never 0). Columns marked x-staff-only are only in the staff export.",
    }),
    "x-format-version": FORMAT_VERSION,
    "x-code-lists": Object.fromEntries(
      Object.entries(CODE_LISTS).map(([name, list]) => [
        name,
        { codes: list.codes, ...described(CODE_LIST_NOTES[name as keyof typeof CODE_LISTS]) },
      ]),
    ),
    type: "object",
    properties: Object.fromEntries(
      DICTIONARY.map((t) => [t.name, { type: "array", items: { $ref: `#/$defs/${t.name}` } }]),
    ),
    additionalProperties: false,
    $defs: Object.fromEntries(DICTIONARY.map((t) => [t.name, rowSchema(t)])),
  };
}
