import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { EditionView } from "@/lib/report/editions";
import { EditionBanner } from "../edition-banner";
import { EditionDownloads } from "../edition-downloads";
import { AreaBullets, PlanFigures } from "../plan-parts";
import { ReportDate } from "../report-date";
import { StatusSummary } from "../status-summary";
import { Localized } from "../localized";

/** The whole plan of one edition: its areas with their overviews and status counts, and the plan-wide figures. */
export async function OverviewView({ view }: { view: EditionView }) {
  const { report, paths } = view;
  const [t, locale] = await Promise.all([getTranslations("report"), getAppLocale()]);
  const plan = pick(report.plan.title, locale);
  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <h1 className="text-std-32B-150 text-solid-gray-900">{t("overviewTitle", { plan })}</h1>
        <ReportDate asOf={report.plan.asOf} />
        <EditionBanner view={view} />
        <p className="no-print flex flex-wrap gap-x-6">
          <Link href={paths.map}>{t("mapLink")}</Link>
          <Link href={paths.search}>{t("searchLink")}</Link>
          <Link href={paths.print}>{t("printLink")}</Link>
        </p>
        <StatusSummary projects={report.areas.flatMap((a) => a.projects)} />
      </header>
      <section aria-labelledby="areas" className="space-y-6">
        <h2 id="areas" className="text-std-24B-150">
          {t("progressTitle", { plan })}
        </h2>
        <ol className="grid gap-6 md:grid-cols-2">
          {report.areas.map((area) => (
            <li
              key={area.number}
              className="min-w-0 space-y-3 rounded-12 border border-solid-gray-420 p-5"
              data-testid={`area-card-${area.number}`}
            >
              <h3 className="text-std-20B-150">
                <Link href={paths.area(area.number)}>
                  {area.number} <Localized text={area.title} locale={locale} />
                </Link>
              </h3>
              <AreaBullets area={area} locale={locale} />
              <StatusSummary projects={area.projects} bar={false} />
            </li>
          ))}
        </ol>
      </section>
      <PlanFigures report={report} />
      {view.kind !== "preview" && <EditionDownloads view={view} locale={locale} />}
    </div>
  );
}
