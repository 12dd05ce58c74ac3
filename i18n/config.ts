export const locales = ["ja", "en"] as const;
export type AppLocale = (typeof locales)[number];
// Japanese is the source language. English public pages come with the bilingual site;
// until then every page renders in Japanese from the message files.
export const defaultLocale: AppLocale = "ja";
