import Link from "next/link";
import { getTranslations } from "next-intl/server";

// One pager for the staff lists (projects, audit log, outbox): where in the list this page
// is, and links to the neighbouring pages that keep the list's other parameters.

/** A list page's address: the query kept (blanks dropped), the page added when past the first. */
export function pageHref(baseHref: string, query: Record<string, string | undefined> | undefined, page: number) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (key !== "page" && value !== undefined && value !== "") params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  const search = params.toString();
  return search ? `${baseHref}?${search}` : baseHref;
}

type PagerProps = {
  total: number;
  /** 1-based. */
  page: number;
  pageSize: number;
  /** Rows on this page. */
  shown: number;
  hrefFor: (page: number) => string;
  testId: string;
};

/** "51–100 of 230" and links to the previous and next pages. */
export async function Pager({ total, page, pageSize, shown, hrefFor, testId }: PagerProps) {
  const t = await getTranslations("pager");
  const first = (page - 1) * pageSize + 1;
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  const link = "inline-flex min-h-11 items-center rounded-8 border border-solid-gray-600 px-4";
  return (
    <nav aria-label={t("label")} className="mt-4 flex flex-wrap items-center gap-4" data-testid={testId}>
      <p aria-live="polite">
        {shown > 0 ? t("range", { from: first, to: first + shown - 1, total }) : t("totalOnly", { total })}
      </p>
      {page > 1 && (
        <Link href={hrefFor(Math.min(page - 1, lastPage))} rel="prev" className={link}>
          {t("previous")}
        </Link>
      )}
      {page < lastPage && (
        <Link href={hrefFor(page + 1)} rel="next" className={link}>
          {t("next")}
        </Link>
      )}
    </nav>
  );
}
