import type { LocalizedText } from "@/lib/report/model";
import type { Locale } from "./dates";

/** The text in the reader's language; Japanese, the source, where no translation exists. */
export function pick(text: LocalizedText, locale: Locale): string {
  return localize(text, locale).text;
}

/**
 * The text to show a reader, with the language it is in, and whether it stands in for a
 * missing translation (then the page marks it "not yet translated" and tags it lang="ja",
 * so a screen reader reads it as Japanese: WCAG 3.1.2).
 */
export function localize(text: LocalizedText, locale: Locale): { text: string; lang: Locale; untranslated: boolean } {
  if (locale === "ja") return { text: text.ja, lang: "ja", untranslated: false };
  const en = text.en?.trim();
  return en ? { text: text.en!, lang: "en", untranslated: false } : { text: text.ja, lang: "ja", untranslated: true };
}

/** A parenthetical as each language writes it: 全角（…） in Japanese, " (…)" in English. */
export function parenthesize(text: string, locale: Locale): string {
  return locale === "ja" ? `（${text}）` : ` (${text})`;
}
