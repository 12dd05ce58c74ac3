import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { publicLinks } from "@/lib/report/paths";
import { sitePublisher } from "@/lib/site/publisher";

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const [t, publisher] = await Promise.all([getTranslations(), sitePublisher(locale)]);
  const links = publicLinks(locale);
  const pages = [
    [links.contact, "contact.link"],
    [links.privacy, "privacy.link"],
    [links.sitePolicy, "sitePolicy.link"],
    [links.accessibility, "accessibility.link"],
    [links.data, "dataDictionary.link"],
  ] as const;
  return (
    <footer className="no-print border-t border-solid-gray-420 bg-solid-gray-50">
      <div className="mx-auto max-w-[1200px] space-y-2 px-4 py-6 text-dns-16N-130 text-solid-gray-700 md:px-8">
        <nav aria-label={t("nav.footer")}>
          <ul className="flex flex-wrap gap-x-6">
            {pages.map(([href, key]) => (
              <li key={key}>
                <Link href={href} className="inline-flex min-h-11 items-center">
                  {t(key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p>{t("site.footerNote")}</p>
        <p data-testid="footer-publisher">{t("site.publishedBy", { publisher: publisher.name })}</p>
      </div>
    </footer>
  );
}
