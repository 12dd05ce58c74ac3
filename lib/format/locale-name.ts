import type { Locale } from "./dates";

/** Any locale string as one of the two the report is written in. */
export const appLocale = (locale: string): Locale => (locale === "en" ? "en" : "ja");
