import { getTranslations } from "next-intl/server";
import { chartId } from "@/lib/charts/ids";
import { countByLifecycle, sharedItems, type SharedItem } from "@/lib/charts/status-counts";
import { circled } from "@/lib/domain/circled";
import type { ReportProject } from "@/lib/report/model";
import { StatusBar } from "./charts/status-bar";
import { StatusBadge } from "./status-badge";

/**
 * How many items of a group are in each lifecycle state: badges with counts (the text
 * summary, and the legend of the bar under it, in the same order) and a stacked bar.
 * Works for one area or for the whole plan; an item listed in two areas counts once.
 * Without the bar (the overview's area cards) the counts alone say it: the plan's bar sits
 * above them and each area's on its own page.
 */
export async function StatusSummary({
  projects,
  label,
  bar = true,
}: {
  projects: ReportProject[];
  label?: string;
  bar?: boolean;
}) {
  const [t, tc] = await Promise.all([getTranslations("report"), getTranslations("charts.status")]);
  // Overview cards repeat this component: the label tells their charts and tables apart.
  const areas = new Set(projects.map((p) => p.areaNumber));
  const name = label ?? (areas.size === 1 ? tc("areaLabel", { number: [...areas][0]! }) : tc("planLabel"));
  const counts = countByLifecycle(projects);
  const total = counts.reduce((n, c) => n + c.count, 0);
  const legendId = chartId("status-legend", ...projects.map((p) => p.id));
  // Items listed in two areas: the plan counts each once and says so (the areas' counts add
  // up to more); an area's count says which of its items is also another area's.
  const shared = sharedItems(projects);
  const inList = shared.filter((s) => s.bothListed);
  const elsewhere = shared.filter((s) => !s.bothListed);
  const code = (p: SharedItem["here"]) => `${p.areaNumber}-${circled(p.number)}`;
  const pairs = (items: SharedItem[]) =>
    items.map((s) => `${code(s.here)}＝${code(s.there)}`).join(t("sharedSeparator"));
  return (
    <div className="space-y-2">
      <div id={legendId} className="flex flex-wrap items-center gap-3">
        <span data-testid="items-count">
          {t("itemsCount", { count: total })}
          {inList.length > 0 &&
            t("sharedInPlan", { shared: inList.length, listed: projects.length, pairs: pairs(inList) })}
          {elsewhere.length > 0 && t("sharedElsewhere", { shared: elsewhere.length, pairs: pairs(elsewhere) })}
        </span>
        {counts.map(({ status, count }) => (
          <span key={status} className="inline-flex items-center gap-1">
            <StatusBadge scale="lifecycle" value={status} /> {count}
          </span>
        ))}
      </div>
      {bar && <StatusBar counts={counts} describedBy={legendId} label={name} />}
    </div>
  );
}
