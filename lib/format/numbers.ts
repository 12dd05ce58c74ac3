import type { Locale } from "./dates";

const formats = new Map<string, Intl.NumberFormat>();

/** A decimal string with thousands separators, exactly (Intl formats strings without floats). */
export function formatDecimal(value: string, locale: Locale, decimals?: number): string {
  const key = `${locale}:${decimals ?? "auto"}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(
      locale === "ja" ? "ja-JP" : "en-GB",
      decimals === undefined
        ? { maximumFractionDigits: 6 }
        : { minimumFractionDigits: decimals, maximumFractionDigits: decimals },
    );
    formats.set(key, f);
  }
  return f.format(value as unknown as number);
}

/** A file's size as people read it: 812 KB, 1.4 MB (units of 1,024). */
export function formatBytes(bytes: number, locale: Locale): string {
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / 1024 / 1024, "MB"] : [Math.max(bytes / 1024, 0.1), "KB"];
  return `${new Intl.NumberFormat(locale === "ja" ? "ja-JP" : "en-GB", { maximumFractionDigits: 1 }).format(value)} ${unit}`;
}
