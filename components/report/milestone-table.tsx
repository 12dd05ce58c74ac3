import { getTranslations } from "next-intl/server";
import { chartId } from "@/lib/charts/ids";
import { timelineAxis, timelineRows } from "@/lib/charts/timeline";
import type { PartialDate } from "@/lib/domain/partial-date";
import { getAppLocale } from "@/lib/format/locale";
import type { ReportMilestone } from "@/lib/report/model";
import { TimelineHeading, TimelineMarks, timelineStyle } from "./charts/timeline-marks";
import { TimelineLegend, TimelineSummary } from "./charts/timeline-text";
import { DateText } from "./date-text";
import { ReportTable } from "./report-table";
import { StatusBadgeView } from "./status-badge";
import { Localized } from "./localized";

// A project's milestones, one row each, with their planned and actual dates drawn on a
// shared time axis in the last column: the table is the timeline's data, so the page carries
// each milestone once (a separate chart would repeat every title and status).
export async function MilestoneTable({
  milestones,
  title,
  asOf,
}: {
  milestones: ReportMilestone[];
  title: string;
  asOf: PartialDate;
}) {
  const [t, ts, locale] = await Promise.all([
    getTranslations("milestone"),
    getTranslations("milestoneStatus"),
    getAppLocale(),
  ]);
  if (milestones.length === 0) return null;
  const rows = timelineRows(milestones, asOf);
  // Without a single date there is no axis to draw; the table still lists every milestone.
  const axis = timelineAxis(rows, asOf);
  const id = chartId("timeline", ...milestones.map((m) => m.id));
  const columns: React.ReactNode[] = [t("title"), t("status"), t("planned"), t("actual")];
  if (axis) columns.push(<TimelineHeading axis={axis} label={t("timeline")} arrowId={`${id}-arrow`} />);
  return (
    <div data-testid="milestone-timeline">
      <ReportTable
        caption={t("caption", { title })}
        columns={columns}
        testId="milestones"
        describedBy={axis ? `${id}-summary` : undefined}
        style={axis ? timelineStyle(axis) : undefined}
        startAtEnd={Boolean(axis)}
      >
        {rows.map((row) => {
          const m = row.milestone;
          return (
            <tr key={m.id}>
              <th scope="row">
                <Localized text={m.title} locale={locale} />
              </th>
              <td>
                <StatusBadgeView value={m.status} label={ts(m.status)} />
              </td>
              <td>{m.planned ? <DateText value={m.planned} locale={locale} /> : "—"}</td>
              <td>{m.actual ? <DateText value={m.actual} locale={locale} /> : "—"}</td>
              {axis && (
                <td className="timeline-cell">
                  <TimelineMarks row={row} axis={axis} arrowId={`${id}-arrow`} />
                </td>
              )}
            </tr>
          );
        })}
      </ReportTable>
      {axis && (
        <>
          <TimelineLegend rows={rows} asOf={asOf} />
          <TimelineSummary id={`${id}-summary`} rows={rows} asOf={asOf} />
        </>
      )}
    </div>
  );
}
