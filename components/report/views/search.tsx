import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { GetSelect, getControl, getLabel } from "@/components/forms/get-select";
import { circled } from "@/lib/domain/circled";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { EditionView } from "@/lib/report/editions";
import { hasAssessedOutlook } from "@/lib/report/select";
import { DELIVERY_CONFIDENCES, LIFECYCLE_STATUSES, SIDES } from "@/lib/domain/code-lists";
import { searchChoices, searchReport, type SearchQuery } from "@/lib/report/search";
import { EditionBanner } from "../edition-banner";
import { ReportDate } from "../report-date";
import { StatusBadge } from "../status-badge";
import { Localized } from "../localized";

/** Items of one edition found by words (Japanese or English) and filters; a plain GET form. */
export async function SearchView({ view, query }: { view: EditionView; query: SearchQuery }) {
  const { report, paths } = view;
  const [t, tr, locale] = await Promise.all([getTranslations("search"), getTranslations(), getAppLocale()]);
  const results = searchReport(report, query);
  const { organizations, places } = searchChoices(report);
  const byName = <T extends { name: { ja: string; en: string | null } }>(list: T[]) =>
    [...list].sort((a, b) => pick(a.name, locale).localeCompare(pick(b.name, locale), locale));
  const asked = Object.values(query).some((v) => v !== undefined && v !== "");
  const any = t("any");
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: tr("nav.overview"), href: paths.home }, { label: t("title") }]} />
      <header className="space-y-2">
        <h1 className="text-std-32B-150">{t("title")}</h1>
        <ReportDate asOf={report.plan.asOf} />
        <EditionBanner view={view} place={{ page: "search" }} />
      </header>
      <form
        method="get"
        action={paths.search}
        role="search"
        aria-label={t("title")}
        className="no-print space-y-4 rounded-8 border border-solid-gray-420 p-4"
        data-testid="search-form"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="search-q" className={getLabel}>
            {t("words")}
          </label>
          <p id="search-q-hint" className="text-dns-16N-130 text-solid-gray-700">
            {t("wordsHint")}
          </p>
          <input
            id="search-q"
            name="q"
            type="search"
            defaultValue={query.q}
            maxLength={200}
            aria-describedby="search-q-hint"
            className={`${getControl} max-w-[640px]`}
          />
        </div>
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
          <GetSelect
            id="search-area"
            name="area"
            label={t("area")}
            value={query.area}
            anyLabel={any}
            options={report.areas.map((a) => ({
              value: String(a.number),
              label: `${a.number} ${pick(a.title, locale)}`,
            }))}
          />
          <GetSelect
            id="search-lifecycle"
            name="lifecycle"
            label={tr("project.lifecycle")}
            value={query.lifecycle}
            anyLabel={any}
            options={LIFECYCLE_STATUSES.map((s) => ({ value: s, label: tr(`lifecycle.${s}`) }))}
          />
          <GetSelect
            id="search-confidence"
            name="confidence"
            label={tr("project.confidence")}
            value={query.confidence}
            anyLabel={any}
            options={DELIVERY_CONFIDENCES.filter((c) => hasAssessedOutlook({ confidence: c })).map((c) => ({
              value: c,
              label: tr(`confidence.${c}`),
            }))}
          />
          <GetSelect
            id="search-org"
            name="org"
            label={t("organization")}
            value={query.org}
            anyLabel={any}
            options={byName(organizations).map((o) => ({ value: o.key, label: pick(o.name, locale) }))}
          />
          <GetSelect
            id="search-side"
            name="side"
            label={t("side")}
            value={query.side}
            anyLabel={any}
            options={SIDES.map((s) => ({ value: s, label: tr(`side.${s}`) }))}
          />
          <GetSelect
            id="search-place"
            name="place"
            label={t("place")}
            value={query.place}
            anyLabel={any}
            options={byName(places).map((l) => ({ value: l.key, label: pick(l.name, locale) }))}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <button type="submit" className="min-h-11 rounded-8 bg-blue-900 px-6 text-white hover:bg-blue-1000">
            {t("submit")}
          </button>
          {asked && <Link href={paths.search}>{t("clear")}</Link>}
        </div>
      </form>
      <section aria-labelledby="search-results" className="space-y-3">
        <h2 id="search-results" className="text-std-24B-150" data-testid="search-count">
          {asked ? t("found", { count: results.length }) : t("all", { count: results.length })}
        </h2>
        {results.length === 0 ? (
          <p data-testid="search-empty">{t("none")}</p>
        ) : (
          <ol className="space-y-3" data-testid="search-results">
            {results.map((p) => (
              <li
                key={p.id}
                className="border-b border-solid-gray-420 pb-3"
                data-testid={`result-${p.areaNumber}-${p.number}`}
              >
                <p className="text-std-18B-160">
                  <Link href={paths.project(p)}>
                    <span aria-hidden="true">
                      {p.areaNumber}-{circled(p.number)}{" "}
                    </span>
                    <span className="sr-only">{t("code", { area: p.areaNumber, number: p.number })} </span>
                    <Localized text={p.title} locale={locale} />
                  </Link>
                </p>
                <p className="text-std-16N-170 text-solid-gray-700">
                  {p.areaNumber}{" "}
                  <Localized text={report.areas.find((a) => a.number === p.areaNumber)!.title} locale={locale} />
                </p>
                <p className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
                  <span className="inline-flex items-center gap-2">
                    {tr("project.lifecycle")} <StatusBadge scale="lifecycle" value={p.lifecycle} />
                  </span>
                  {hasAssessedOutlook(p) && (
                    <span className="inline-flex items-center gap-2">
                      {tr("project.confidence")} <StatusBadge scale="confidence" value={p.confidence} />
                    </span>
                  )}
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
