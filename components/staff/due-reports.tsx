import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { DueReport } from "@/db/queries/round-reports";
import { projectCode } from "@/lib/domain/circled";
import { isOverdue } from "@/lib/domain/rounds";
import { ReportState, standingKey } from "./round-status";

/** What waits for the signed-in person in the open rounds, soonest deadline first. */
export async function DueReports({
  title,
  reports,
  today,
  testId,
}: {
  title: string;
  reports: DueReport[];
  today: string;
  testId: string;
}) {
  const t = await getTranslations("rounds");
  const headingId = `${testId}-heading`;
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid={testId}>
      <h2 id={headingId} className="text-std-24B-150">
        {title}
      </h2>
      {reports.length === 0 ? (
        <p>{t("dueNone")}</p>
      ) : (
        <ul className="space-y-2">
          {reports.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <Link href={`/staff/projects/${r.projectId}/round`}>
                {projectCode(r.areaNumber, r.number)} {r.titleJa}
              </Link>
              <ReportState standing={standingKey(r)} />
              <span className={isOverdue(r.state, r.deadline, today) ? "font-bold text-red-1000" : undefined}>
                {t("dueLine", { round: r.roundTitleJa, deadline: r.deadline })}
                {isOverdue(r.state, r.deadline, today) && `（${t("counts.overdue")}）`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
