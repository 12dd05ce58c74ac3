import type { PartialDate } from "@/lib/domain/partial-date";
import ja from "@/messages/ja.json";
import en from "@/messages/en.json";
import { CODE_LISTS, type CodeListName, type TableRow } from "./tables";

// Pieces shared by the rows of an edition (from its frozen model) and of the live data
// (from the database rows, with ids and versions), so both read the same.

/** A partial date as its two columns: the ISO date and its precision. */
export const dateCells = (key: string, precisionKey: string, pd: PartialDate | null): TableRow => ({
  [key]: pd?.date ?? null,
  [precisionKey]: pd?.precision ?? null,
});

/** A text in both languages as its two columns. */
export const textCells = (key: string, ja: string | null | undefined, en: string | null | undefined): TableRow => ({
  [`${key}_ja`]: ja ? ja : null,
  [`${key}_en`]: en ? en : null,
});

function messageAt(messages: unknown, path: string): Record<string, string> {
  return path.split(".").reduce((node, part) => (node as Record<string, unknown>)[part], messages) as Record<
    string,
    string
  >;
}

const labelCache = new Map<string, Record<string, string>>();

/** A code list's labels in one language, by code (「完了」 for completed); read once, then kept. */
export function codeLabels(list: CodeListName, lang: "ja" | "en"): Record<string, string> {
  const key = `${list}:${lang}`;
  let labels = labelCache.get(key);
  if (!labels) labelCache.set(key, (labels = messageAt(lang === "ja" ? ja : en, CODE_LISTS[list].messages)));
  return labels;
}

/** The rows of the code table: every code list with its labels in both languages. */
export function* codeRows(): Generator<TableRow> {
  for (const [list, { codes }] of Object.entries(CODE_LISTS) as [CodeListName, { codes: readonly string[] }][]) {
    const labelsJa = codeLabels(list, "ja");
    const labelsEn = codeLabels(list, "en");
    for (const code of codes)
      yield { code_list: list, code, label_ja: labelsJa[code] ?? null, label_en: labelsEn[code] ?? null };
  }
}
