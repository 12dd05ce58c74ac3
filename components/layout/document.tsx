import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { appLocale } from "@/lib/format/locale-name";
import { ClientMessages, FORM_MESSAGE_GROUPS } from "./client-messages";
import { StaffLanguageSwitch } from "./language-switch";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";
import { titleTemplate } from "./page-title";

// The page frame every audience shares. The public site, the staff pages and sign-in are
// separate root layouts (the public one has its language in the address, the others in a
// cookie), and each renders this.

export async function siteMetadata(): Promise<Metadata> {
  const t = await getTranslations("site");
  return { title: { default: t("name"), template: titleTemplate(t("name")) }, description: t("description") };
}

type Props = {
  locale: AppLocale;
  /** The language switch: a link on public pages, a cookie form elsewhere. */
  languageSwitch: React.ReactNode;
  /** Message groups the client components of this audience need. */
  messageGroups: string[];
  /** Anything for the head, such as the page's other languages. */
  head?: React.ReactNode;
  children: React.ReactNode;
};

export async function Document({ locale, languageSwitch, messageGroups, head, children }: Props) {
  const t = await getTranslations("site");
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <ClientMessages groups={messageGroups}>
          {head}
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:bg-white focus:p-3"
          >
            {t("skipToContent")}
          </a>
          <SiteHeader locale={locale} languageSwitch={languageSwitch} />
          <main id="main" className="mx-auto w-full max-w-[1200px] flex-1 px-4 py-8 md:px-8">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </ClientMessages>
      </body>
    </html>
  );
}

/** Staff and sign-in pages: no language in the address; it is the reader's choice, kept in a cookie. */
export async function CookieLocaleDocument({ children }: { children: React.ReactNode }) {
  return (
    <Document
      locale={appLocale(await getLocale())}
      languageSwitch={<StaffLanguageSwitch />}
      messageGroups={FORM_MESSAGE_GROUPS}
    >
      {children}
    </Document>
  );
}
