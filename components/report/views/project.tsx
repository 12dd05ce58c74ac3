import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { circled } from "@/lib/domain/circled";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { EditionView } from "@/lib/report/editions";
import type { ReportArea, ReportProject } from "@/lib/report/model";
import { EditionBanner } from "../edition-banner";
import { ProjectSection } from "../project-section";
import { ReportDate } from "../report-date";

/** One item of an edition on a page of its own. */
export async function ProjectView({
  view,
  area,
  project,
}: {
  view: EditionView;
  area: ReportArea;
  project: ReportProject;
}) {
  const { report, paths } = view;
  const [t, tNav, locale] = await Promise.all([getTranslations("report"), getTranslations("nav"), getAppLocale()]);
  const areaTitle = `${area.number} ${pick(area.title, locale)}`;
  return (
    <div>
      <Breadcrumbs
        items={[
          { label: tNav("overview"), href: paths.home },
          { label: areaTitle, href: paths.area(area.number) },
          { label: `${circled(project.number)} ${pick(project.title, locale)}` },
        ]}
      />
      <p className="text-std-16B-170 text-solid-gray-700">{areaTitle}</p>
      <ReportDate asOf={report.plan.asOf} />
      <EditionBanner view={view} place={{ page: "project", area: area.number, item: project.number }} />
      <ProjectSection project={project} report={report} paths={paths} headingLevel="h1" />
      <p className="no-print mt-8">
        <Link href={paths.area(area.number)}>{t("backToArea", { number: area.number })}</Link>
      </p>
    </div>
  );
}
