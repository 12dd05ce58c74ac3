import Link from "next/link";
import { Suspense } from "react";
import { LanguageSwitch, LanguageSwitchPathOnly } from "./language-switch";
import { getTranslations } from "next-intl/server";

const NAV = [["/", "overview"], ["/#areas", "areas"], ["/map", "map"], ["/search", "search"], ["/reports", "archive"]] as const;

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
            {NAV.map(([href, key]) => (
              <li key={href}>
                <Link href={href} className="inline-flex min-h-11 items-center">{t(`nav.${key}`)}</Link>
              </li>
            ))}
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
