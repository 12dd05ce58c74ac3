// Each root layout loads the font and the styles (the document frame is components/layout/document.tsx).
import "@fontsource-variable/noto-sans-jp";
import "@/app/globals.css";
import type { Metadata } from "next";
import { Document, siteMetadata } from "@/components/layout/document";
import { AlternateLinks, PublicLanguageSwitch } from "@/components/layout/language-switch";
import { pageLocale, type LocaleParams } from "@/i18n/page-locale";

type Props = { params: Promise<LocaleParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  pageLocale(await params);
  return siteMetadata();
}

/** The public site: its language is in the address, so every page can be served from cache. */
export default async function PublicLayout({ params, children }: Props & { children: React.ReactNode }) {
  const locale = pageLocale(await params);
  return (
    <Document
      locale={locale}
      head={<AlternateLinks />}
      languageSwitch={<PublicLanguageSwitch />}
      messageGroups={["error", "notFound"]}
    >
      {children}
    </Document>
  );
}
