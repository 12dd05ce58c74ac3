import type { Locale } from "./dates";

const formats = new Map<string, Intl.NumberFormat>();

/** A decimal string with thousands separators, exactly (Intl formats strings without floats). */
export function formatDecimal(value: string, locale: Locale, decimals?: number): string {
  const key = `${locale}:${decimals ?? "auto"}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-GB", decimals === undefined
      ? { maximumFractionDigits: 6 }
      : { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formats.set(key, f);
  }
  return f.format(value as unknown as number);
}

