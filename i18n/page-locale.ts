import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { locales, type AppLocale } from "./config";

export type LocaleParams = { locale: string };

/**
 * A public page's language, from its address. Every public layout, page and metadata
 * function calls this first: it tells next-intl the language without reading a cookie or
 * header, which is what keeps the page cacheable. An unknown language is a 404.
 */
export function pageLocale(params: LocaleParams): AppLocale {
  if (!hasLocale(locales, params.locale)) notFound();
  setRequestLocale(params.locale);
  return params.locale;
}

/** The same for pages served both publicly and in the staff preview (which has no language in its address). */
export function maybePageLocale(params: object): AppLocale | null {
  return "locale" in params && typeof params.locale === "string" ? pageLocale({ locale: params.locale }) : null;
}
