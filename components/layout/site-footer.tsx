import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { publicLinks } from "@/lib/report/paths";

export async function SiteFooter({ locale }: { locale: AppLocale }) {
  const t = await getTranslations();
  return (
    <footer className="border-t border-solid-gray-420 bg-solid-gray-50 no-print">
      <div className="max-w-[1200px] mx-auto px-4 md:px-8 py-6 text-dns-16N-130 text-solid-gray-700 space-y-2">
        <p><Link href={publicLinks(locale).accessibility} className="inline-flex min-h-11 items-center">{t("accessibility.link")}</Link></p>
        <p>{t("site.footerNote")}</p>
        <p>{t("site.publisher")}</p>
      </div>
    </footer>
  );
}
