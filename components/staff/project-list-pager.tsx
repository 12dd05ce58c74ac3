import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PROJECT_LIST_PAGE_SIZE, projectListHref, type ProjectListParams } from "./project-list-params";

const step = "inline-flex min-h-11 items-center";

/** Previous and next links that keep every other parameter, and where in the list this page is. */
export async function ProjectListPager({ params, total }: { params: ProjectListParams; total: number }) {
  const t = await getTranslations("projectList");
  const size = PROJECT_LIST_PAGE_SIZE;
  const from = Math.min((params.page - 1) * size + 1, total);
  const to = Math.min(params.page * size, total);
  const hasPrevious = params.page > 1;
  const hasNext = to < total;
  return (
    <nav aria-label={t("pager")} className="mt-4 flex flex-wrap items-center gap-6" data-testid="project-pager">
      <p>{t("range", { from, to, total })}</p>
      {(hasPrevious || hasNext) && (
        <ul className="flex flex-wrap gap-6">
          <li>
            {hasPrevious ? (
              <Link href={projectListHref(params, { page: params.page - 1 })} rel="prev" className={step}>
                {t("previous")}
              </Link>
            ) : (
              <span className={`${step} text-solid-gray-600`} aria-disabled="true">
                {t("previous")}
              </span>
            )}
          </li>
          <li>
            {hasNext ? (
              <Link href={projectListHref(params, { page: params.page + 1 })} rel="next" className={step}>
                {t("next")}
              </Link>
            ) : (
              <span className={`${step} text-solid-gray-600`} aria-disabled="true">
                {t("next")}
              </span>
            )}
          </li>
        </ul>
      )}
    </nav>
  );
}
