import { cookies } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, LOCALE_COOKIE, locales, type AppLocale } from "./config";

// The reader's language: Japanese unless they chose English with the language switch
// (a cookie). Content without an English translation stays in Japanese.
export default getRequestConfig(async () => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale: AppLocale = locales.includes(chosen as AppLocale) ? (chosen as AppLocale) : defaultLocale;
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});
