import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { EditionView } from "@/lib/report/editions";
import type { ReportArea } from "@/lib/report/model";
import { EditionBanner } from "../edition-banner";
import { AreaBullets, PlanFigures } from "../plan-parts";
import { ProjectSection } from "../project-section";
import { ReportDate } from "../report-date";
import { StatusSummary } from "../status-summary";
import { Localized } from "../localized";

/**
 * Laid out for A4, every item in full: the whole edition (the plan, then each area from a new
 * page), or one area.
 */
export async function PrintView({ view, area: only }: { view: EditionView; area?: ReportArea }) {
  const { report, paths } = view;
  const [t, locale] = await Promise.all([getTranslations("report"), getAppLocale()]);
  const plan = pick(report.plan.title, locale);
  const title = only
    ? t("printAreaTitle", { plan, area: `${only.number} ${pick(only.title, locale)}` })
    : t("printTitle", { plan });
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-std-32B-150 text-solid-gray-900">{title}</h1>
        <ReportDate asOf={report.plan.asOf} />
        <EditionBanner view={view} place={only ? { page: "areaPrint", area: only.number } : { page: "print" }} />
        <p className="no-print">{t(only ? "printAreaHint" : "printHint")}</p>
      </header>
      {!only && <PlanFigures report={report} />}
      {(only ? [only] : report.areas).map((area) => (
        <section
          key={area.number}
          aria-labelledby={`print-area-${area.number}`}
          className="print-break-before space-y-4"
          data-testid={`print-area-${area.number}`}
        >
          <h2 id={`print-area-${area.number}`} className="text-std-28B-150">
            {area.number} <Localized text={area.title} locale={locale} />
          </h2>
          <AreaBullets area={area} locale={locale} />
          <StatusSummary projects={area.projects} />
          {area.projects.map((project) => (
            <ProjectSection key={project.slug} project={project} report={report} paths={paths} headingLevel="h2" />
          ))}
        </section>
      ))}
    </div>
  );
}
