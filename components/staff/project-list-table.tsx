import { getTranslations } from "next-intl/server";
import { DateText } from "@/components/report/date-text";
import { ReportTable } from "@/components/report/report-table";
import { StatusBadgeView } from "@/components/report/status-badge";
import { StatusIcon } from "@/components/report/status-icon";
import { type ProjectListRow } from "@/db/queries/project-list";
import { dateInTokyo } from "@/lib/domain/calendar";
import { projectCode } from "@/lib/domain/circled";
import type { Locale } from "@/lib/format/dates";
import { pick } from "@/lib/format/text";

/** Warnings as a shape and words, never colour alone. */
function Flag({ children }: { children: React.ReactNode }) {
  return (
    <li className="inline-flex items-center gap-1 whitespace-nowrap text-orange-900">
      <StatusIcon shape="warning" />
      <span>{children}</span>
    </li>
  );
}

export async function ProjectListTable({
  rows,
  caption,
  locale,
}: {
  rows: ProjectListRow[];
  caption: string;
  locale: Locale;
}) {
  const [t, tl, tc] = await Promise.all([
    getTranslations("projectList"),
    getTranslations("lifecycle"),
    getTranslations("confidence"),
  ]);
  const columns = [
    t("columns.code"),
    t("columns.title"),
    t("columns.lifecycle"),
    t("columns.confidence"),
    t("columns.lastUpdate"),
    t("columns.flags"),
  ];
  return (
    <ReportTable caption={caption} columns={columns} testId="project-list">
      {rows.map((p) => (
        <tr
          key={p.id}
          className="border-b border-solid-gray-420 align-top"
          data-testid={`project-${p.areaNumber}-${p.number}`}
        >
          <th scope="row" className="py-2 pr-4 font-normal whitespace-nowrap">
            {projectCode(p.areaNumber, p.number)}
          </th>
          <td className="py-2 pr-4">
            {/* A plain link: fifty client-side links would each be hydrated and prefetched. */}
            <a href={`/staff/projects/${p.id}`} className="inline-flex min-h-11 items-start">
              {pick({ ja: p.titleJa, en: p.titleEn || null }, locale)}
            </a>
          </td>
          <td className="py-2 pr-4">
            <StatusBadgeView value={p.lifecycleStatus} label={tl(p.lifecycleStatus)} />
          </td>
          <td className="py-2 pr-4">
            <StatusBadgeView value={p.deliveryConfidence} label={tc(p.deliveryConfidence)} />
          </td>
          <td className="py-2 pr-4">
            <DateText value={{ date: dateInTokyo(p.lastActivityAt), precision: "day" }} locale={locale} />
            <br />
            <span className={p.lastActivityByName ? undefined : "text-solid-gray-700"}>
              {p.lastActivityByName ?? t("unknownEditor")}
            </span>
          </td>
          <td className="py-2">
            {p.stale || p.overdueMilestones > 0 ? (
              <ul className="flex flex-col gap-1">
                {p.stale && <Flag>{t("stale")}</Flag>}
                {p.overdueMilestones > 0 && <Flag>{t("overdue", { count: p.overdueMilestones })}</Flag>}
              </ul>
            ) : (
              <span className="text-solid-gray-700">{t("noFlags")}</span>
            )}
          </td>
        </tr>
      ))}
    </ReportTable>
  );
}
