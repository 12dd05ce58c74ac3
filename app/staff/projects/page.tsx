import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ProjectListFilters } from "@/components/staff/project-list-filters";
import { Pager } from "@/components/staff/pager";
import {
  filtersOf,
  ownScope,
  parseProjectListParams,
  projectListHref,
  PROJECT_LIST_PAGE_SIZE,
  type RawSearchParams,
} from "@/components/staff/project-list-params";
import { ProjectListTable } from "@/components/staff/project-list-table";
import { StaffNav } from "@/components/staff/staff-nav";
import { getDb } from "@/db/client";
import { listAreaTitles } from "@/db/queries/areas";
import { listFilterOptions, listProjects } from "@/db/queries/project-list";
import { dateInTokyo } from "@/lib/domain/calendar";
import { listRounds } from "@/db/queries/rounds";
import { requireStaff } from "@/lib/auth/current-user";
import { ownAreasOf } from "@/lib/domain/permissions";
import { getAppLocale } from "@/lib/format/locale";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("staff");
  return { title: t("projects"), robots: { index: false } };
}

export default async function StaffProjectsPage({ searchParams }: { searchParams: Promise<RawSearchParams> }) {
  const user = await requireStaff("/staff/projects");
  const params = parseProjectListParams(await searchParams);
  // An editor's list opens on their own areas; one link shows every area.
  const ownAreas = ownAreasOf(user) ?? [];
  const scope = ownScope(params, ownAreas);
  const db = await getDb();
  const today = dateInTokyo();
  const query = (page: number) =>
    listProjects(db, filtersOf(params, ownAreas), {
      page,
      pageSize: PROJECT_LIST_PAGE_SIZE,
      sort: params.sort,
      staleDays: params.stale,
      today,
    });
  const [t, locale, areas, options, rounds, found] = await Promise.all([
    getTranslations(),
    getAppLocale(),
    listAreaTitles(db),
    listFilterOptions(db),
    listRounds(db),
    query(params.page),
  ]);
  // A page past the end (the list shrank since the link was made) shows the last page instead.
  const lastPage = Math.max(1, Math.ceil(found.total / PROJECT_LIST_PAGE_SIZE));
  const { rows, total } = params.page > lastPage ? await query(lastPage) : found;
  const shown = { ...params, page: Math.min(params.page, lastPage) };
  return (
    <div>
      <StaffNav user={user} />
      <h1 className="mb-4 text-std-32B-150">{t("staff.projects")}</h1>
      {ownAreas.length > 0 && params.area === undefined ? (
        <p className="mb-4 flex flex-wrap items-center gap-x-4" data-testid="project-list-scope">
          <span>{scope ? t("projectList.scopeOwn", { areas: scope.join("・") }) : t("projectList.scopeAll")}</span>
          <Link
            href={projectListHref(shown, { all: Boolean(scope), page: 1 })}
            className="inline-flex min-h-11 items-center"
          >
            {scope ? t("projectList.showAll") : t("projectList.showOwn")}
          </Link>
        </p>
      ) : null}
      <ProjectListFilters
        params={shown}
        areas={areas}
        organizations={options.organizations}
        locations={options.locations}
        rounds={rounds.map((r) => ({ id: r.id, label: `${r.period} ${r.titleJa}` }))}
        locale={locale}
      />
      {total === 0 ? (
        <p className="text-std-17B-170" data-testid="project-list-empty">
          {t("projectList.empty")}
        </p>
      ) : (
        <>
          <ProjectListTable
            rows={rows}
            locale={locale}
            caption={t("projectList.caption", { total, sort: t(`projectList.sorts.${params.sort}`) })}
          />
          <Pager
            total={total}
            page={shown.page}
            pageSize={PROJECT_LIST_PAGE_SIZE}
            shown={rows.length}
            hrefFor={(page) => projectListHref(shown, { page })}
            testId="project-pager"
          />
        </>
      )}
    </div>
  );
}
