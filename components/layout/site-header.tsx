import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { AppLocale } from "@/i18n/config";
import { publicLinks } from "@/lib/report/paths";
import { sitePublisher } from "@/lib/site/publisher";

// The site's name under its publisher's, and the menu. On a phone the menu folds behind a
// button: a native disclosure (details/summary), which keyboards, screen readers and
// browsers without JavaScript all open. From the md width up it is a plain row of links.
export async function SiteHeader({ locale, languageSwitch }: { locale: AppLocale; languageSwitch: React.ReactNode }) {
  const [t, publisher] = await Promise.all([getTranslations(), sitePublisher(locale)]);
  const links = publicLinks(locale);
  const nav = [
    [links.latest.home, "overview"],
    [`${links.latest.home}#areas`, "areas"],
    [links.latest.map, "map"],
    [links.latest.search, "search"],
    [links.archive, "archive"],
  ] as const;
  const menu = (layout: string) => (
    <nav aria-label={t("nav.label")}>
      <ul className={layout}>
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
  );
  return (
    <header className="no-print relative border-b border-solid-gray-420 bg-white">
      <div className="mx-auto flex max-w-[1200px] flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-2 md:px-8 md:py-4">
        <div className="min-w-0 flex-1">
          <p className="flex items-center gap-2 text-dns-14N-130 text-solid-gray-700" data-testid="publisher">
            {/* The name beside it says who publishes: the mark adds nothing to read aloud. */}
            {/* eslint-disable-next-line @next/next/no-img-element -- a small file of the site's own, any size */}
            {publisher.mark && <img src={publisher.mark} alt="" className="h-6 w-auto" />}
            {publisher.name}
          </p>
          <Link
            href={links.latest.home}
            className="text-std-17B-170 text-solid-gray-900 no-underline hover:underline md:text-std-20B-150"
          >
            {t("site.name")}
          </Link>
        </div>
        <details className="md:hidden" data-testid="menu">
          <summary className="inline-flex min-h-11 cursor-pointer list-none items-center gap-2 rounded-8 border border-solid-gray-600 px-3">
            <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
              <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            {t("nav.menu")}
          </summary>
          {/* Opened, the menu spans the header under the button. */}
          <div className="absolute right-0 left-0 z-20 border-b border-solid-gray-420 bg-white px-4 pb-2 shadow-md">
            {menu("flex flex-col")}
          </div>
        </details>
        <div className="hidden md:block">{menu("flex flex-wrap gap-x-6")}</div>
      </div>
    </header>
  );
}
