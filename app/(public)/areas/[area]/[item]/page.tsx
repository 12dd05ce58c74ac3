import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { ProjectSection } from "@/components/report/project-section";
import { ReportDate } from "@/components/report/report-date";
import { circled } from "@/lib/format/circled";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import { getLiveReport } from "@/lib/report/live";
import { areaHref } from "@/lib/report/paths";
import { findArea, findProject, parseNumberParam } from "@/lib/report/select";

type Params = { params: Promise<{ area: string; item: string }> };

async function load({ params }: Params) {
  await connection();
  const { area: areaParam, item } = await params;
  const report = await getLiveReport();
  const area = findArea(report, parseNumberParam(areaParam));
  const project = area && findProject(area, parseNumberParam(item));
  if (!area || !project) notFound();
  return { report, area, project };
}

export async function generateMetadata(props: Params): Promise<Metadata> {
  const { project } = await load(props);
  return { title: `${project.areaNumber}-${circled(project.number)} ${pick(project.title, await getAppLocale())}` };
}

export default async function ItemPage(props: Params) {
  const { report, area, project } = await load(props);
  const [t, tNav, locale] = await Promise.all([getTranslations("report"), getTranslations("nav"), getAppLocale()]);
  const areaTitle = `${area.number} ${pick(area.title, locale)}`;
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: tNav("overview"), href: "/" },
          { label: areaTitle, href: areaHref(area.number) },
          { label: `${circled(project.number)} ${pick(project.title, locale)}` },
        ]}
      />
      <p className="text-std-16B-170 text-solid-gray-700">{areaTitle}</p>
      <ReportDate asOf={report.plan.asOf} />
      <ProjectSection project={project} report={report} headingLevel="h1" />
      <p className="mt-8 no-print">
        <Link href={areaHref(area.number)}>{t("backToArea", { number: area.number })}</Link>
      </p>
    </div>
  );
}
