import { z } from "zod";

// What a Japanese input method types into a number, a date part or a code: full-width digits
// (「２０２１」), signs (「－」「．」「，」) and the ideographic space. Japanese government
// forms take these as typed; so does every such field here, on the server, before any check,
// in the forms' schemas and in the spreadsheet import's reading of a cell (lib/import/convert.ts). NFKC folds the full-width forms into
// ASCII; the minus signs NFKC keeps (「−」 U+2212, dashes, the long-vowel mark an IME gives for
// 「ー」 typed after a space) become "-".

const MINUS = /^[\u2010-\u2015\u2212\u30FC\uFE63\uFF70]/;

/** The value as the checks expect it: NFKC, a leading minus sign as "-", spaces trimmed. */
export function asTyped(value: string): string {
  return value.normalize("NFKC").trim().replace(MINUS, "-");
}

/** A string field of digits and signs, normalised before its checks (`message` if not a string). */
export const typedString = (message: string) => z.string({ error: message }).overwrite(asTyped);

/** Grouping commas a person may type in a number (「1,234」, 「１，２３４」): dropped when well placed. */
export const withoutGrouping = (value: string) =>
  /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value) ? value.replaceAll(",", "") : value;
