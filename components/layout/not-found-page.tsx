"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { publicLinks } from "@/lib/report/paths";
import { appLocale } from "@/lib/format/locale-name";

// A real 404 page in the reader's language, with the way back to where they can start again.
// A client component: a not-found boundary is rendered without the page's parameters, and
// the language reaches it reliably only through the layout's provider.
export function NotFoundPage({ staff = false }: { staff?: boolean }) {
  const t = useTranslations("notFound");
  const locale = appLocale(useLocale());
  return (
    <div className="space-y-4" data-testid="not-found">
      <h1 className="text-std-32B-150">{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        {staff ? (
          <Link href="/staff">{t("staffHome")}</Link>
        ) : (
          <Link href={publicLinks(locale).latest.home}>{t("home")}</Link>
        )}
      </p>
    </div>
  );
}
