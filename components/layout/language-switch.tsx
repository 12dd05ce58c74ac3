"use client";

import { usePathname as useBrowserPath, useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";
import { Suspense } from "react";
import { defaultLocale, locales, type AppLocale } from "@/i18n/config";
import Link from "next/link";
import { usePathname } from "@/i18n/navigation";
import { localePath } from "@/lib/report/paths";

// Each language is named in itself, marked with its own lang so screen readers say it right.
const LABELS = { ja: "日本語", en: "English" } as const;
const CLASS = "inline-flex min-h-11 items-center underline text-blue-1000 hover:text-blue-900";

function useOther(): AppLocale {
  return useLocale() === "en" ? "ja" : "en";
}

// Public pages: the same page in the other language is another address, so the switch is a
// plain link that keeps the path and the query.
function PublicSwitchLink({ query }: { query: string }) {
  const other = useOther();
  const path = usePathname();
  return (
    <Link
      href={localePath(other, query ? `${path}?${query}` : path)}
      hrefLang={other}
      lang={other}
      className={CLASS}
      prefetch={false}
    >
      {LABELS[other]}
    </Link>
  );
}

function PublicSwitchWithQuery() {
  return <PublicSwitchLink query={useSearchParams().toString()} />;
}

// useSearchParams needs a boundary; on pages rendered ahead of time, where the query is not
// known, the fallback still switches, keeping the path.
export function PublicLanguageSwitch() {
  return (
    <Suspense fallback={<PublicSwitchLink query="" />}>
      <PublicSwitchWithQuery />
    </Suspense>
  );
}

/**
 * The page's other languages for search engines and browsers (hreflang), in the head
 * (React places <link> there). Addresses are relative to the site, since a cached page
 * cannot know the host it is published under.
 */
export function AlternateLinks() {
  const path = usePathname();
  return (
    <>
      {locales.map((l) => (
        <link key={l} rel="alternate" hrefLang={l} href={localePath(l, path)} />
      ))}
      <link rel="alternate" hrefLang="x-default" href={localePath(defaultLocale, path)} />
    </>
  );
}

// Staff and sign-in pages have no language in their address: the choice is remembered in
// a cookie by a plain form POST (works without JavaScript), which returns to the same page.
function StaffSwitchForm({ back }: { back: string }) {
  const other = useOther();
  return (
    <form method="post" action="/api/locale">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" lang={other} className={CLASS}>
        {LABELS[other]}
      </button>
    </form>
  );
}

function StaffSwitchWithQuery() {
  const pathname = useBrowserPath();
  const query = useSearchParams().toString();
  return <StaffSwitchForm back={query ? `${pathname}?${query}` : pathname} />;
}

function StaffSwitchPathOnly() {
  return <StaffSwitchForm back={useBrowserPath()} />;
}

export function StaffLanguageSwitch() {
  return (
    <Suspense fallback={<StaffSwitchPathOnly />}>
      <StaffSwitchWithQuery />
    </Suspense>
  );
}
