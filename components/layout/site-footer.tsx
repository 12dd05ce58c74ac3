import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { publicLinks } from "@/lib/report/paths";

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations();
  const links = publicLinks(locale);
  return (
    <footer className="no-print border-t border-solid-gray-420 bg-solid-gray-50">
      <div className="mx-auto max-w-[1200px] space-y-2 px-4 py-6 text-dns-16N-130 text-solid-gray-700 md:px-8">
        <ul className="flex flex-wrap gap-x-6">
          <li>
            <Link href={links.accessibility} className="inline-flex min-h-11 items-center">
              {t("accessibility.link")}
            </Link>
          </li>
          <li>
            <Link href={links.data} className="inline-flex min-h-11 items-center">
              {t("dataDictionary.link")}
            </Link>
          </li>
        </ul>
        <p>{t("site.footerNote")}</p>
        <p>{t("site.publisher")}</p>
      </div>
    </footer>
  );
}
