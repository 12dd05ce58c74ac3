import Link from "next/link";
import { Suspense } from "react";
import { LanguageSwitch, LanguageSwitchPathOnly } from "./language-switch";
import { getTranslations } from "next-intl/server";

export async function SiteHeader() {
  const t = await getTranslations();
  return (
    <header className="border-b border-solid-gray-420 bg-white no-print">
      <div className="max-w-[1200px] mx-auto px-4 md:px-8 py-4 flex flex-wrap items-center justify-between gap-4">
        <Link href="/" className="text-std-20B-150 text-solid-gray-900 no-underline hover:underline">
          {t("site.name")}
        </Link>
        <nav aria-label={t("nav.label")}>
          <ul className="flex flex-wrap gap-x-6">
            <li>
              <Link href="/" className="inline-flex min-h-11 items-center">{t("nav.overview")}</Link>
            </li>
            <li>
              <Link href="/#areas" className="inline-flex min-h-11 items-center">{t("nav.areas")}</Link>
            </li>
            <li>
              <Link href="/map" className="inline-flex min-h-11 items-center">{t("nav.map")}</Link>
            </li>
            <li>
              <Link href="/search" className="inline-flex min-h-11 items-center">{t("nav.search")}</Link>
            </li>
            <li>
              <Link href="/reports" className="inline-flex min-h-11 items-center">{t("nav.archive")}</Link>
            </li>
            <li>
              {/* useSearchParams needs a boundary; the fallback still switches, keeping the path. */}
              <Suspense fallback={<LanguageSwitchPathOnly />}>
                <LanguageSwitch />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
