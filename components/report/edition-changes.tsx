import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { looseTranslator } from "@/lib/i18n/runtime-key";
import type { DiffCountKey, ProjectDiff, ProjectPlace, ReportDiff } from "@/lib/report/diff";
import { IndicatorItems } from "./edition-change-indicators";
import { ProjectChangeItems } from "./edition-change-items";
import { ProjectCode, type ChangeContext } from "./edition-change-values";
import { Localized } from "./localized";

// What changed since the previous edition, for the public: the counts first, then each
// area's changed items. A removed item is not linked: the newer edition has no page for it.

const SUMMARY = [
  "projectsAdded",
  "projectsRemoved",
  "projectsChanged",
  "milestonesCompleted",
  "milestonesSlipped",
  "milestonesAdded",
  "indicatorValuesMoved",
  "notesAdded",
] as const satisfies readonly DiffCountKey[];

const LIST = "list-disc pl-6 space-y-2";

function ProjectChanges({
  d,
  ctx,
  projectHref,
}: {
  d: ProjectDiff;
  ctx: ChangeContext;
  projectHref: (p: ProjectPlace) => string;
}) {
  const headingId = `changes-item-${d.project.id}`;
  const title = (
    <>
      <ProjectCode place={d.project} ctx={ctx} /> <Localized text={d.project.title} locale={ctx.locale} />
    </>
  );
  return (
    <section aria-labelledby={headingId} className="mt-4" data-testid={`changes-project-${d.project.slug}`}>
      <h3 id={headingId} className="text-std-17B-170">
        {d.kind === "removed" ? title : <Link href={projectHref(d.project)}>{title}</Link>}
      </h3>
      <ul className={`${LIST} mt-1`}>
        <ProjectChangeItems d={d} ctx={ctx} />
      </ul>
    </section>
  );
}

export async function EditionChanges({
  diff,
  projectHref,
}: {
  diff: ReportDiff;
  projectHref: (p: ProjectPlace) => string;
}) {
  const [t, ti, tr, locale] = await Promise.all([
    getTranslations("changes"),
    getTranslations("indicator"),
    getTranslations(),
    getAppLocale(),
  ]);
  const ctx: ChangeContext = { t: looseTranslator(t), ti: looseTranslator(ti), tr: looseTranslator(tr), locale };
  const from = formatPartialDate(diff.fromAsOf, locale);
  if (diff.isEmpty) return <p data-testid="changes-none">{t("none", { from })}</p>;
  return (
    <div className="space-y-8">
      <section aria-labelledby="changes-summary-heading">
        <h2 id="changes-summary-heading" className="text-std-20B-150">
          {t("summaryHeading")}
        </h2>
        <p className="mt-2">{t("comparing", { from, to: formatPartialDate(diff.toAsOf, locale) })}</p>
        <dl className="mt-2 grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1" data-testid="changes-summary">
          {SUMMARY.map((key) => (
            <div key={key} className="contents">
              <dt>{t(`counts.${key}`)}</dt>
              <dd className="text-right font-bold">{t("count", { count: diff.counts[key] })}</dd>
            </div>
          ))}
        </dl>
      </section>
      {diff.plan.indicators.length > 0 && (
        <section aria-labelledby="changes-plan" data-testid="changes-plan">
          <h2 id="changes-plan" className="text-std-20B-150">
            {t("planHeading")}
          </h2>
          <ul className={`${LIST} mt-2`}>
            {diff.plan.indicators.map((i) => (
              <IndicatorItems key={`${i.kind}-${i.indicator.key}`} d={i} ctx={ctx} />
            ))}
          </ul>
        </section>
      )}
      {diff.areas.map((area) => (
        <section key={area.number} aria-labelledby={`changes-area-${area.number}`}>
          <h2 id={`changes-area-${area.number}`} className="text-std-20B-150">
            {area.number} <Localized text={area.title} locale={locale} />
          </h2>
          {area.projects.map((d) => (
            <ProjectChanges key={`${d.kind}-${d.project.id}`} d={d} ctx={ctx} projectHref={projectHref} />
          ))}
        </section>
      ))}
    </div>
  );
}
