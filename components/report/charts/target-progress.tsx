import { getTranslations } from "next-intl/server";
import { progressBar, type ProgressBar, type TargetProgress } from "@/lib/charts/progress";
import { formatObservation, formatTarget } from "@/lib/format/indicator";
import { getAppLocale } from "@/lib/format/locale";
import { formatDecimal } from "@/lib/format/numbers";
import { parenthesize, pick } from "@/lib/format/text";
import type { ReportIndicator } from "@/lib/report/model";

// The latest value against each numeric target, as text first and a bar second. The bar
// stops at the target (a value past it gets an overflow mark), so 778 against 400 does not
// squash every other bar in the table.

function Bar({ bar, label }: { bar: ProgressBar; label: string }) {
  const { targetX: tx, valueX: vx } = bar;
  // The "+" of a lower-bound value goes after whatever ends the bar.
  const plusX = bar.overflow ? tx + 26 : vx + 4;
  return (
    <svg viewBox={`0 0 ${bar.width} 22`} width="100%" role="img" aria-label={label} className="mt-1 block max-w-60">
      <title>{label}</title>
      <rect x={0.5} y={5} width={tx - 0.5} height={12} className="fill-white stroke-solid-gray-536" />
      {vx > 0 && <rect x={0.5} y={5} width={vx - 0.5} height={12} className="fill-blue-900" />}
      {bar.approximate && vx > 0 && (
        <line
          x1={vx}
          x2={vx}
          y1={1}
          y2={21}
          strokeWidth={1.5}
          strokeDasharray="2 2"
          className="stroke-solid-gray-900"
        />
      )}
      <line x1={tx} x2={tx} y1={1} y2={21} strokeWidth={2} className="stroke-solid-gray-900" />
      {bar.targetLowerBound && <path d={`M${tx + 1},1l6,3.5l-6,3.5z`} className="fill-solid-gray-900" />}
      {bar.overflow && (
        <path
          d={`M${tx + 6},6l5,5l-5,5M${tx + 14},6l5,5l-5,5`}
          fill="none"
          strokeWidth={2}
          className="stroke-blue-900"
        />
      )}
      {bar.lowerBound && (
        <path d={`M${plusX},11h9M${plusX + 4.5},6.5v9`} strokeWidth={2} className="stroke-solid-gray-900" />
      )}
    </svg>
  );
}

export async function TargetProgressList({
  indicator,
  items,
}: {
  indicator: ReportIndicator;
  items: TargetProgress[];
}) {
  const [t, ti, locale] = await Promise.all([
    getTranslations("charts.progress"),
    getTranslations("indicator"),
    getAppLocale(),
  ]);
  const name = pick(indicator.name, locale);
  const marks = new Set<"markApprox" | "markLowerBound" | "markOverflow" | "markTargetLowerBound">();

  const rows = items.map((p, i) => {
    const o = p.latest;
    const percent = p.percent === null ? null : formatDecimal(String(p.percent), locale);
    const shareKey = o?.approximate ? "shareApprox" : o?.lowerBound ? "shareAtLeast" : "share";
    const share = percent === null ? null : t(shareKey, { percent });
    const headline = p.achieved ? (share ? t("achievedShare", { share }) : t("achieved")) : share;
    const target = formatTarget(p.target, indicator, locale, ti);
    // Nothing reported: the target is in the next column already; the chart's label still names it.
    const detail = o ? t("valueAgainst", { value: formatObservation(o, indicator, locale, ti), target }) : t("noValue");
    const breakdown = p.target.breakdown ? pick(p.target.breakdown, locale) : null;
    const bar = p.mode === "compare" ? null : progressBar(p);
    if (bar?.approximate) marks.add("markApprox");
    if (bar?.lowerBound) marks.add("markLowerBound");
    if (bar?.overflow) marks.add("markOverflow");
    if (bar?.targetLowerBound) marks.add("markTargetLowerBound");
    const label = t("aria", {
      name: `${name}${breakdown ? parenthesize(breakdown, locale) : ""}`,
      summary: o ? [headline, detail].filter(Boolean).join(locale === "ja" ? "、" : "; ") : t("targetOnly", { target }),
    });
    return (
      <li key={i} className="mb-2">
        {breakdown && <span>{breakdown}: </span>}
        {headline && <span className="font-bold">{headline}</span>}
        <span className="block text-dns-14N-130">{detail}</span>
        {p.reason && <span className="report-note">{t(p.reason)}</span>}
        {bar && <Bar bar={bar} label={label} />}
      </li>
    );
  });

  return (
    <div>
      <ul>{rows}</ul>
      {marks.size > 0 && (
        <p className="text-dns-14N-130 text-solid-gray-700">
          {[...marks].map((k) => t(k)).join(locale === "ja" ? "　" : "  ")}
        </p>
      )}
    </div>
  );
}
