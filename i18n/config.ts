export const locales = ["ja", "en"] as const;
export type AppLocale = (typeof locales)[number];
// Japanese is the source language and the default.
export const defaultLocale: AppLocale = "ja";
export const LOCALE_COOKIE = "locale";
