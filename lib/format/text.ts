import type { LocalizedText } from "@/lib/report/model";
import type { Locale } from "./dates";

/** The text in the reader's language; Japanese, the source, where no translation exists. */
export function pick(text: LocalizedText, locale: Locale): string {
  return locale === "en" && text.en ? text.en : text.ja;
}

/** A parenthetical as each language writes it: 全角（…） in Japanese, " (…)" in English. */
export function parenthesize(text: string, locale: Locale): string {
  return locale === "ja" ? `（${text}）` : ` (${text})`;
}
