import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { EditionView } from "@/lib/report/editions";
import { EditionBanner } from "../edition-banner";
import { AreaBullets, PlanFigures } from "../plan-parts";
import { ProjectSection } from "../project-section";
import { ReportDate } from "../report-date";
import { StatusSummary } from "../status-summary";
import { Localized } from "@/components/report/localized";

/** The whole edition on one page, laid out for A4: the plan, then each area from a new page. */
export async function PrintView({ view }: { view: EditionView }) {
  const { report, paths } = view;
  const [t, locale] = await Promise.all([getTranslations("report"), getAppLocale()]);
  const plan = pick(report.plan.title, locale);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-std-32B-150 text-solid-gray-900">{t("printTitle", { plan })}</h1>
        <ReportDate asOf={report.plan.asOf} />
        <EditionBanner view={view} />
        <p className="no-print">{t("printHint")}</p>
      </header>
      <PlanFigures report={report} />
      {report.areas.map((area) => (
        <section key={area.number} aria-labelledby={`print-area-${area.number}`} className="print-break-before space-y-4" data-testid={`print-area-${area.number}`}>
          <h2 id={`print-area-${area.number}`} className="text-std-28B-150">{area.number} <Localized text={area.title} locale={locale} /></h2>
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
