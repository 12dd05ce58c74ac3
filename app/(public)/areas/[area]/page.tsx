import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ProjectSection } from "@/components/report/project-section";
import { ReportDate } from "@/components/report/report-date";
import { StatusSummary } from "@/components/report/status-summary";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import { getLiveReport } from "@/lib/report/live";
import { findArea, parseNumberParam } from "@/lib/report/select";

type Params = { params: Promise<{ area: string }> };

async function load({ params }: Params) {
  await connection();
  const report = await getLiveReport();
  const area = findArea(report, parseNumberParam((await params).area));
  if (!area) notFound();
  return { report, area };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { area } = await load(props);
  return { title: `${area.number} ${pick(area.title, await getAppLocale())}` };
}

export default async function AreaPage(props: Params) {
  const { report, area } = await load(props);
  const [t, tNav, locale] = await Promise.all([getTranslations("report"), getTranslations("nav"), getAppLocale()]);
  const title = pick(area.title, locale);
  return (
    <div>
      <Breadcrumbs items={[{ label: tNav("overview"), href: "/" }, { label: `${area.number} ${title}` }]} />
      <header className="space-y-2">
        <p className="text-std-16B-170 text-solid-gray-700">{t("areaLabel", { number: area.number })}</p>
        <h1 className="text-std-32B-150 text-solid-gray-900">{area.number} {title}</h1>
        <ReportDate asOf={report.plan.asOf} />
        <StatusSummary projects={area.projects} />
      </header>
      <section aria-labelledby="area-overview" className="mt-6">
        <h2 id="area-overview" className="text-std-20B-150">{t("areaOverview")}</h2>
        <ul className="list-disc pl-6 space-y-1 mt-2" data-testid="area-overview">
          {area.overview.map((b, i) => <li key={i} className={b.sub ? "ml-6 list-[circle]" : undefined}>{pick(b.text, locale)}</li>)}
        </ul>
      </section>
      {area.projects.map((project) => (
        <ProjectSection key={project.slug} project={project} report={report} headingLevel="h2" />
      ))}
    </div>
  );
}
