import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Localized } from "../localized";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { EditionView } from "@/lib/report/editions";
import type { ReportArea } from "@/lib/report/model";
import { EditionBanner } from "../edition-banner";
import { AreaBullets } from "../plan-parts";
import { ProjectSection } from "../project-section";
import { ReportDate } from "../report-date";
import { StatusSummary } from "../status-summary";

/** One area of an edition: its overview, and each item in summary with the way to its page. */
export async function AreaView({ view, area }: { view: EditionView; area: ReportArea }) {
  const { report, paths } = view;
  const [t, tNav, locale] = await Promise.all([getTranslations("report"), getTranslations("nav"), getAppLocale()]);
  const title = pick(area.title, locale);
  return (
    <div>
      <Breadcrumbs items={[{ label: tNav("overview"), href: paths.home }, { label: `${area.number} ${title}` }]} />
      <header className="space-y-2">
        <p className="text-std-16B-170 text-solid-gray-700">{t("areaLabel", { number: area.number })}</p>
        <h1 className="text-std-32B-150 text-solid-gray-900">
          {area.number} <Localized text={area.title} locale={locale} />
        </h1>
        <ReportDate asOf={report.plan.asOf} />
        <EditionBanner view={view} place={{ page: "area", area: area.number }} />
        <p className="no-print">
          <Link href={paths.areaPrint(area.number)}>{t("printAreaLink")}</Link>
        </p>
        <StatusSummary projects={area.projects} />
      </header>
      <section aria-labelledby="area-overview" className="mt-6">
        <h2 id="area-overview" className="text-std-20B-150">
          {t("areaOverview")}
        </h2>
        <div className="mt-2">
          <AreaBullets area={area} locale={locale} testId="area-overview" />
        </div>
      </section>
      {area.projects.map((project) => (
        <ProjectSection
          key={project.slug}
          project={project}
          report={report}
          paths={paths}
          headingLevel="h2"
          detail="summary"
        />
      ))}
    </div>
  );
}
