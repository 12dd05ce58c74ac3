import { cookies } from "next/headers";
import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { defaultLocale, LOCALE_COOKIE, locales, type AppLocale } from "./config";

// A public page's language comes from its address ([locale], set by setRequestLocale), so
// rendering it reads no cookie and it stays cacheable. Staff and sign-in pages have no
// language in their address: there the reader's choice is a cookie, Japanese by default.
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  let locale: AppLocale;
  if (hasLocale(locales, requested)) locale = requested;
  else {
    const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
    locale = hasLocale(locales, chosen) ? chosen : defaultLocale;
  }
  return { locale, messages: (await import(`../messages/${locale}.json`)).default };
});
