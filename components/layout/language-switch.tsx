"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useLocale } from "next-intl";

// Each language is named in itself. The current page (with its query) is sent along so the
// reader stays where they are. A plain form POST: it works without JavaScript.
const LABELS = { ja: "日本語", en: "English" } as const;

function SwitchForm({ back }: { back: string }) {
  const other = useLocale() === "en" ? "ja" : "en";
  return (
    <form method="post" action="/api/locale">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="back" value={back} />
      <button type="submit" lang={other} className="inline-flex min-h-11 items-center underline text-blue-1000 hover:text-blue-900">
        {LABELS[other]}
      </button>
    </form>
  );
}

export function LanguageSwitch() {
  const pathname = usePathname();
  const query = useSearchParams().toString();
  return <SwitchForm back={query ? `${pathname}?${query}` : pathname} />;
}

/** For pages rendered ahead of time, where the query is not known: the path alone. */
export function LanguageSwitchPathOnly() {
  return <SwitchForm back={usePathname()} />;
}
