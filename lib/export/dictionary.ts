import type { DatePrecision } from "@/lib/domain/partial-date";
import type { Bilingual } from "@/lib/domain/described";
import { TABLE_NOTES } from "./dictionary-tables";
import { CODE_LISTS, TABLES, type CodeListName, type Column, type TableName, type TableSpec } from "./tables";

// The data dictionary: what every published table and column means, in Japanese and
// English. The government's open-data rules ask for one beside the data; the public page
// /data, the JSON Schemas and their tests all read it from here, so a column is explained
// once. Column names in a meaning are written in backticks (`planned_precision`, or
// `indicators.unit_ja` for another table's), which the test checks and the page marks up.

export type { Bilingual };

/** The data format's version: the edition JSON's schemaVersion and the tables' column set. */
export const FORMAT_VERSION = 1 as const;

/** Changes to the data format, newest last. Column keys stay stable: a change adds, never renames. */
export const FORMAT_CHANGES: ({ date: string; version: number } & Bilingual)[] = [
  {
    date: "2026-11-27",
    version: 1,
    ja: "初めて公開（データ形式 第1版）。",
    en: "First publication (format version 1).",
  },
];

export type DictionaryColumn = Column & { meaning: Bilingual; unit: Bilingual | null; inKey: boolean };
export type DictionaryTable = TableSpec & { row: Bilingual; key: string[]; entries: DictionaryColumn[] };

/** A table's columns with their meanings, in the tables' own column order. */
export function dictionaryOf(table: TableSpec): DictionaryTable {
  const note = TABLE_NOTES[table.name];
  const entries = table.columns.map((col) => {
    const meaning = note.columns[col.key];
    if (!meaning) throw new Error(`data dictionary: no meaning for ${table.name}.${col.key}`);
    return {
      ...col,
      meaning: { ja: meaning.ja, en: meaning.en },
      unit: meaning.unit ?? null,
      inKey: note.key.includes(col.key),
    };
  });
  return { ...table, row: note.row, key: note.key, entries };
}

export const DICTIONARY: DictionaryTable[] = TABLES.map(dictionaryOf);

export const dictionaryTable = (name: TableName) => DICTIONARY.find((t) => t.name === name)!;

/** What each code list is for (its codes and their labels are in the code table). */
export const CODE_LIST_NOTES: Record<CodeListName, Bilingual> = {
  lifecycle_status: { ja: "項目の実施状況", en: "An item's status" },
  delivery_confidence: {
    ja: "実施中の項目の見通し（要注意・遅延には説明が付きます）",
    en: "The outlook for work in progress (at risk and off track come with a narrative)",
  },
  milestone_status: {
    ja: "節目の状況（delayed は予定時期を過ぎても完了していないもの）",
    en: "A milestone's status (delayed: its planned date has passed and it is not done)",
  },
  date_precision: {
    ja: "日付の精度（下の「日付の精度」を参照）",
    en: "The precision of a date (see “Date precisions” below)",
  },
  side: {
    ja: "機関が日本側・ロシア側・合弁などのどれか",
    en: "Whether an organisation is on the Japanese or Russian side, a joint venture or other",
  },
  organization_kind: { ja: "機関の種別", en: "The kind of organisation" },
  location_kind: { ja: "場所の種別", en: "The kind of place" },
  measure: {
    ja: "指標の尺度（件数・割合・比率・金額・定性）",
    en: "What an indicator measures (count, percent, ratio, amount, qualitative)",
  },
  direction: {
    ja: "指標の望ましい方向（増えるのがよいか減るのがよいか）",
    en: "Which way an indicator should go (up or down)",
  },
  accumulation: {
    ja: "値の集計の仕方（累計・期間ごと・時点の水準）",
    en: "How values add up (cumulative, per period, level at a date)",
  },
  progress_kind: { ja: "進捗の種別（箇条書きか注記か）", en: "A progress entry's kind (a bullet or a note)" },
};

/** The codes of a list, in their published order. */
export const codesOf = (list: CodeListName): readonly string[] => CODE_LISTS[list].codes;

/**
 * How to read a date at each precision. The ISO date in a data cell is the precision's
 * anchor (`anchor`), chosen so that sorting by date follows the report's order of events.
 */
export const DATE_PRECISION_NOTES: Record<DatePrecision, Bilingual & { anchor: Bilingual; example: Bilingual }> = {
  day: {
    ja: "その日。",
    en: "That day.",
    anchor: { ja: "その日", en: "the day itself" },
    example: { ja: "2018-12-18 → 2018年12月18日", en: "2018-12-18 → 18 December 2018" },
  },
  month: {
    ja: "その月（日は分からない）。",
    en: "That month (the day is not known).",
    anchor: { ja: "月の1日", en: "the 1st of the month" },
    example: { ja: "2017-06-01 → 2017年6月", en: "2017-06-01 → June 2017" },
  },
  month_late: {
    ja: "その月の下旬（21日から月末まで）。",
    en: "Late in the month (from the 21st to its end; 下旬).",
    anchor: { ja: "月の21日", en: "the 21st of the month" },
    example: { ja: "2021-09-21 → 2021年9月下旬", en: "2021-09-21 → late September 2021" },
  },
  month_end: {
    ja: "その月の末（月末）。",
    en: "The end of the month (月末).",
    anchor: { ja: "月の末日", en: "the last day of the month" },
    example: { ja: "2021-07-31 → 2021年7月末", en: "2021-07-31 → end of July 2021" },
  },
  year: {
    ja: "その年（月は分からない）。",
    en: "That year (the month is not known).",
    anchor: { ja: "1月1日", en: "1 January" },
    example: { ja: "2019-01-01 → 2019年", en: "2019-01-01 → 2019" },
  },
  year_end: {
    ja: "その年の末（年末）。",
    en: "The end of the year (年末).",
    anchor: { ja: "12月31日", en: "31 December" },
    example: { ja: "2021-12-31 → 2021年末", en: "2021-12-31 → end of 2021" },
  },
  within_year: {
    ja: "その年のうち（年内、その年の終わりまでに）。",
    en: "Within the year, by its end (年内).",
    anchor: { ja: "12月31日", en: "31 December" },
    example: { ja: "2021-12-31 → 2021年内", en: "2021-12-31 → within 2021" },
  },
  fiscal_year: {
    ja: "その年度（4月1日から翌年3月31日まで）。",
    en: "That fiscal year (年度: 1 April to 31 March of the next year).",
    anchor: { ja: "年度初めの4月1日", en: "1 April, its first day" },
    example: {
      ja: "2021-04-01 → 2021年度（2021年4月〜2022年3月）",
      en: "2021-04-01 → fiscal 2021 (April 2021 – March 2022)",
    },
  },
};

/** The column names a meaning refers to (written in backticks), as [table, column]. */
export function referencedColumns(text: string, table: TableName): [string, string][] {
  return [...text.matchAll(/`([a-z_]+)(?:\.([a-z_]+))?`/g)].map(([, a, b]) => (b ? [a!, b] : [table, a!]));
}
