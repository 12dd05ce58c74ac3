import { getTranslations } from "next-intl/server";
import { milestoneTableId } from "@/lib/charts/ids";
import { getAppLocale } from "@/lib/format/locale";
import type { ReportMilestone } from "@/lib/report/model";
import { DateText } from "./date-text";
import { ReportTable } from "./report-table";
import { StatusBadge } from "./status-badge";
import { Localized } from "./localized";

export async function MilestoneTable({ milestones, title }: { milestones: ReportMilestone[]; title: string }) {
  const t = await getTranslations();
  const locale = await getAppLocale();
  if (milestones.length === 0) return null;
  // The id lets the MilestoneTimeline name this table as its data (aria-describedby).
  return (
    <div id={milestoneTableId(milestones)}>
      <ReportTable
        caption={t("milestone.caption", { title })}
        columns={[t("milestone.title"), t("milestone.status"), t("milestone.planned"), t("milestone.actual")]}
        testId="milestones"
      >
        {milestones.map((m) => (
          <tr key={m.id}>
            <th scope="row"><Localized text={m.title} locale={locale} /></th>
            <td><StatusBadge scale="milestoneStatus" value={m.status} /></td>
            <td className="whitespace-nowrap">{m.planned ? <DateText value={m.planned} locale={locale} /> : "—"}</td>
            <td className="whitespace-nowrap">{m.actual ? <DateText value={m.actual} locale={locale} /> : "—"}</td>
          </tr>
        ))}
      </ReportTable>
    </div>
  );
}
