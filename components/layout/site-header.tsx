import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { publicLinks } from "@/lib/report/paths";

export async function SiteHeader({ locale, languageSwitch }: { locale: AppLocale; languageSwitch: React.ReactNode }) {
  const t = await getTranslations();
  const links = publicLinks(locale);
  const nav = [
    [links.latest.home, "overview"],
    [`${links.latest.home}#areas`, "areas"],
    [links.latest.map, "map"],
    [links.latest.search, "search"],
    [links.archive, "archive"],
  ] as const;
  return (
    <header className="no-print border-b border-solid-gray-420 bg-white">
      <div className="mx-auto flex max-w-[1200px] flex-wrap items-center justify-between gap-4 px-4 py-4 md:px-8">
        <Link href={links.latest.home} className="text-std-20B-150 text-solid-gray-900 no-underline hover:underline">
          {t("site.name")}
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-6">
            {nav.map(([href, key]) => (
              <li key={key}>
                <Link href={href} className="inline-flex min-h-11 items-center">
                  {t(`nav.${key}`)}
                </Link>
              </li>
            ))}
            <li>{languageSwitch}</li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
