import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PROJECT_SORTS, STALE_DAYS_RANGE } from "@/db/queries/project-list";
import { DELIVERY_CONFIDENCES, LIFECYCLE_STATUSES, SIDES } from "@/lib/domain/code-lists";
import { ROUND_FILTERS } from "@/lib/domain/rounds";
import type { Locale } from "@/lib/format/dates";
import { pick } from "@/lib/format/text";
import { GetSelect, getButton, getControl, getLabel } from "@/components/forms/get-select";
import { projectListHref, type ProjectListParams } from "./project-list-params";

type Named = { id: string; nameJa: string; nameEn: string };
/**
 * The list's filters as a plain GET form: the URL holds the whole state, so a filtered
 * list can be bookmarked and shared, and the form works without JavaScript.
 */
export async function ProjectListFilters({
  params,
  areas,
  organizations,
  locations,
  rounds,
  locale,
}: {
  params: ProjectListParams;
  areas: { number: number; titleJa: string; titleEn: string }[];
  organizations: Named[];
  locations: Named[];
  /** The reporting rounds, newest first, to filter by a report's standing in one. */
  rounds: { id: string; label: string }[];
  locale: Locale;
}) {
  const t = await getTranslations();
  const name = (n: Named) => pick({ ja: n.nameJa, en: n.nameEn || null }, locale);
  const any = t("projectList.any");
  return (
    // Keyed by the applied parameters: after a client-side navigation (the clear link, Back)
    // the uncontrolled fields start again from the new values instead of keeping the old.
    <form
      key={projectListHref(params)}
      method="get"
      action="/staff/projects"
      aria-labelledby="project-filters-heading"
      className="mb-8 rounded-8 border border-solid-gray-420 p-4"
      data-testid="project-filters"
    >
      {params.all ? <input type="hidden" name="all" value="1" /> : null}
      <h2 id="project-filters-heading" className="mb-4 text-std-20B-150">
        {t("projectList.filters")}
      </h2>
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3">
        <div className="flex flex-col gap-1 md:col-span-2 lg:col-span-3">
          <label htmlFor="pl-q" className={getLabel}>
            {t("projectList.search")}
          </label>
          <p id="pl-q-hint" className="text-dns-16N-130 text-solid-gray-700">
            {t("projectList.searchHint")}
          </p>
          <input
            id="pl-q"
            name="q"
            type="search"
            defaultValue={params.q ?? ""}
            aria-describedby="pl-q-hint"
            maxLength={100}
            className={`${getControl} max-w-[640px]`}
          />
        </div>
        <GetSelect
          id="pl-area"
          name="area"
          label={t("projectList.area")}
          value={params.area}
          anyLabel={any}
          options={areas.map((a) => ({
            value: String(a.number),
            label: `${a.number} ${pick({ ja: a.titleJa, en: a.titleEn || null }, locale)}`,
          }))}
        />
        <GetSelect
          id="pl-lifecycle"
          name="lifecycle"
          label={t("projectList.lifecycle")}
          value={params.lifecycle}
          anyLabel={any}
          options={LIFECYCLE_STATUSES.map((s) => ({ value: s, label: t(`lifecycle.${s}`) }))}
        />
        <GetSelect
          id="pl-confidence"
          name="confidence"
          label={t("projectList.confidence")}
          value={params.confidence}
          anyLabel={any}
          options={DELIVERY_CONFIDENCES.map((c) => ({ value: c, label: t(`confidence.${c}`) }))}
        />
        <GetSelect
          id="pl-org"
          name="org"
          label={t("projectList.organization")}
          value={params.org}
          anyLabel={any}
          options={organizations.map((o) => ({ value: o.id, label: name(o) }))}
        />
        <GetSelect
          id="pl-place"
          name="place"
          label={t("projectList.location")}
          value={params.place}
          anyLabel={any}
          options={locations.map((l) => ({ value: l.id, label: name(l) }))}
        />
        <GetSelect
          id="pl-side"
          name="side"
          label={t("projectList.side")}
          value={params.side}
          anyLabel={any}
          options={SIDES.map((s) => ({ value: s, label: t(`side.${s}`) }))}
        />
        {rounds.length > 0 && (
          <>
            <GetSelect
              id="pl-round"
              name="round"
              label={t("projectList.round")}
              value={params.round ?? rounds[0]!.id}
              options={rounds.map((r) => ({ value: r.id, label: r.label }))}
            />
            <GetSelect
              id="pl-report"
              name="report"
              label={t("projectList.report")}
              value={params.report}
              anyLabel={any}
              options={ROUND_FILTERS.map((f) => ({
                value: f,
                label: f === "overdue" || f === "unapproved" ? t(`rounds.counts.${f}`) : t(`rounds.states.${f}`),
              }))}
            />
          </>
        )}
        <fieldset className="flex flex-col gap-1">
          <legend className={getLabel}>{t("projectList.attention")}</legend>
          <label className="inline-flex min-h-11 items-center gap-3">
            <input type="checkbox" name="staleOnly" value="1" defaultChecked={params.staleOnly} className="h-6 w-6" />
            <span>{t("projectList.staleOnly")}</span>
          </label>
          <label className="inline-flex min-h-11 items-center gap-3">
            <input type="checkbox" name="overdue" value="1" defaultChecked={params.overdue} className="h-6 w-6" />
            <span>{t("projectList.overdueOnly")}</span>
          </label>
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor="pl-stale" className={getLabel}>
            {t("projectList.staleDays")}
          </label>
          <p id="pl-stale-hint" className="text-dns-16N-130 text-solid-gray-700">
            {t("projectList.staleDaysHint")}
          </p>
          <input
            id="pl-stale"
            name="stale"
            type="number"
            inputMode="numeric"
            min={STALE_DAYS_RANGE.min}
            max={STALE_DAYS_RANGE.max}
            step={1}
            defaultValue={params.stale}
            aria-describedby="pl-stale-hint"
            className={`${getControl} max-w-[160px]`}
          />
        </div>
        <GetSelect
          id="pl-sort"
          name="sort"
          label={t("projectList.sort")}
          value={params.sort}
          options={PROJECT_SORTS.map((s) => ({ value: s, label: t(`projectList.sorts.${s}`) }))}
        />
      </div>
      <div className="mt-6 flex flex-wrap items-center gap-6">
        <button type="submit" className={getButton}>
          {t("projectList.submit")}
        </button>
        <Link href="/staff/projects" className="inline-flex min-h-11 items-center">
          {t("projectList.clear")}
        </Link>
      </div>
    </form>
  );
}
