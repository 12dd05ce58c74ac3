import { getTranslations } from "next-intl/server";
import type { LifecycleStatus, ReportProject } from "@/lib/report/model";
import { StatusBadge } from "./status-badge";

const ORDER: LifecycleStatus[] = ["completed", "in_progress", "planned", "suspended", "cancelled"];

/** How many items of a group are in each lifecycle state, as badges with counts. */
export async function StatusSummary({ projects }: { projects: ReportProject[] }) {
  const t = await getTranslations("report");
  const counts = new Map<LifecycleStatus, number>();
  for (const p of projects) counts.set(p.lifecycle, (counts.get(p.lifecycle) ?? 0) + 1);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <span>{t("itemsCount", { count: projects.length })}</span>
      {ORDER.filter((s) => counts.has(s)).map((s) => (
        <span key={s} className="inline-flex items-center gap-1">
          <StatusBadge scale="lifecycle" value={s} /> {counts.get(s)}
        </span>
      ))}
    </div>
  );
}
