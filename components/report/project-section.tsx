import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { countMilestones } from "@/lib/charts/status-counts";
import { circled } from "@/lib/domain/circled";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";
import type { ReportModel, ReportProject } from "@/lib/report/model";
import type { ReportPaths } from "@/lib/report/paths";
import { hasAssessedOutlook } from "@/lib/report/select";
import { IndicatorList } from "./indicator-list";
import { LocationList } from "./location-list";
import { MilestoneTable } from "./milestone-table";
import { OrganizationList } from "./organization-list";
import { ProgressList } from "./progress-list";
import { StatusBadge } from "./status-badge";
import { Localized } from "./localized";

type Props = {
  project: ReportProject;
  report: ReportModel;
  /** Where this edition's pages live, so that links stay within it. */
  paths: ReportPaths;
  /** On an area page the title links to the item; on the item page (and in print) it is in full. */
  headingLevel: "h1" | "h2";
  /**
   * "summary" on an area page: what the item is, how it stands, its milestones counted by
   * status, and the way to the item's page; partners, places, milestones, figures, charts and
   * notes in full are on that page (and in the printed area). "full" everywhere else.
   */
  detail?: "full" | "summary";
};

/** "完了 2・予定 1": an item's milestones counted by status, each status as icon and text. */
async function MilestoneCounts({ project }: { project: ReportProject }) {
  const t = await getTranslations("project");
  const counts = countMilestones(project.milestones);
  return (
    <p className="flex flex-wrap items-center gap-3" data-testid="milestone-counts">
      <span>{t("milestones")}:</span>
      {counts.length === 0 ? (
        <span>{t("noMilestones")}</span>
      ) : (
        counts.map(({ status, count }) => (
          <span key={status} className="inline-flex items-center gap-1">
            <StatusBadge scale="milestoneStatus" value={status} /> {count}
          </span>
        ))
      )}
    </p>
  );
}

export async function ProjectSection({ project, report, paths, headingLevel, detail = "full" }: Props) {
  const t = await getTranslations();
  const locale = await getAppLocale();
  const title = pick(project.title, locale);
  const Heading = headingLevel;
  const headingId = `item-${project.slug}`;
  return (
    <article
      aria-labelledby={headingId}
      className="mt-8 space-y-4 border-t border-solid-gray-420 pt-6"
      data-testid={`project-${project.slug}`}
    >
      <header>
        <Heading id={headingId} className={headingLevel === "h1" ? "text-std-28B-150" : "text-std-24B-150"}>
          <span aria-hidden="true">{circled(project.number)}</span>
          <span className="sr-only">{project.number}. </span>
          {headingLevel === "h2" ? (
            <Link href={paths.project(project)}>
              <Localized text={project.title} locale={locale} />
            </Link>
          ) : (
            <Localized text={project.title} locale={locale} />
          )}
        </Heading>
        {project.subtitle && (
          <p className="text-solid-gray-700">
            <Localized text={project.subtitle} locale={locale} />
          </p>
        )}
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
          <div className="flex items-center gap-2">
            <dt>{t("project.lifecycle")}</dt>
            <dd>
              <StatusBadge scale="lifecycle" value={project.lifecycle} />
            </dd>
          </div>
          {hasAssessedOutlook(project) && (
            <div className="flex items-center gap-2">
              <dt>{t("project.confidence")}</dt>
              <dd>
                <StatusBadge scale="confidence" value={project.confidence} />
              </dd>
            </div>
          )}
        </dl>
      </header>
      {project.summary && (
        <p>
          <Localized text={project.summary} locale={locale} />
        </p>
      )}
      {detail === "summary" ? (
        <>
          <MilestoneCounts project={project} />
          <p>
            <Link href={paths.project(project)}>{t("project.details", { number: circled(project.number) })}</Link>
          </p>
        </>
      ) : (
        <ProjectDetails project={project} report={report} paths={paths} title={title} />
      )}
    </article>
  );
}

async function ProjectDetails({
  project,
  report,
  paths,
  title,
}: {
  project: ReportProject;
  report: ReportModel;
  paths: ReportPaths;
  title: string;
}) {
  const t = await getTranslations();
  const locale = await getAppLocale();
  return (
    <>
      <OrganizationList project={project} />
      <LocationList project={project} />
      <ProgressList progress={project.progress} />
      {project.sameAs.length > 0 && (
        <p data-testid="same-as">
          {t("project.sameAs")}:{" "}
          {project.sameAs.map((ref) => {
            const area = report.areas.find((a) => a.number === ref.areaNumber);
            return (
              <Link key={ref.slug} href={paths.project(ref)} className="mr-4">
                {t("project.sameAsText", {
                  area: `${ref.areaNumber} ${area ? pick(area.title, locale) : ""}`,
                  number: circled(ref.number),
                })}
                {"："}
                <Localized text={ref.title} locale={locale} />
              </Link>
            );
          })}
        </p>
      )}
      <MilestoneTable milestones={project.milestones} title={title} asOf={report.plan.asOf} />
      <IndicatorList indicators={project.indicators} title={title} />
      {project.captions.length > 0 && (
        <div>
          <h3 className="mb-1 text-std-17B-170">{t("project.captions")}</h3>
          <ul data-testid="captions">
            {project.captions.map((c, i) => (
              // The report's photos are not published here, only their captions (▲ in the
              // report): each says it is the caption of a photo not shown, not a missing image.
              <li key={i}>
                <span className="text-std-16B-170">{t("project.photoNotPublished")}</span>
                <Localized text={c} locale={locale} />
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
