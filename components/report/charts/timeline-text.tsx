import { getTranslations } from "next-intl/server";
import { isRange, type TimelineRow } from "@/lib/charts/timeline";
import type { PartialDate } from "@/lib/domain/partial-date";
import { formatPartialDate } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { pick } from "@/lib/format/text";

// The milestone timeline's legend and its text summary: what the marks mean, and the delays in words.

const wide = (r: TimelineRow) => [r.planned, r.actual].some((s) => s && isRange(s));

function Swatch({ children }: { children: React.ReactNode }) {
  return (
    <svg viewBox="0 0 28 14" width="28" height="14" aria-hidden="true" className="shrink-0">
      {children}
    </svg>
  );
}

export async function TimelineLegend({ rows, asOf }: { rows: TimelineRow[]; asOf: PartialDate }) {
  const [t, locale] = await Promise.all([getTranslations("charts.timeline"), getAppLocale()]);
  const items: [`legend${"Planned" | "Actual" | "Slip" | "Overdue" | "Span" | "AsOf"}`, React.ReactNode][] = [
    ["legendPlanned", <circle key="p" cx={14} cy={7} r={5} className="timeline-planned" />],
    ["legendActual", <circle key="a" cx={14} cy={7} r={5} className="timeline-actual" />],
  ];
  if (rows.some((r) => r.slipDays))
    items.push(["legendSlip", <path key="s" d="M2,7H20M18,3l6,4l-6,4z" className="timeline-slip fill-orange-900" />]);
  if (rows.some((r) => r.overdueDays !== null))
    items.push(["legendOverdue", <path key="o" d="M2,7H22" className="timeline-slip timeline-overdue" />]);
  if (rows.some(wide))
    items.push(["legendSpan", <rect key="w" x={2} y={2} width={24} height={10} className="timeline-range" />]);
  items.push(["legendAsOf", <path key="n" d="M14,0V14" className="timeline-as-of" />]);
  return (
    <ul className="my-1 flex flex-wrap gap-x-4 gap-y-1 text-dns-14N-130">
      {items.map(([key, mark]) => (
        <li key={key} className="inline-flex items-center gap-1">
          <Swatch>{mark}</Swatch>
          {t(key, { date: formatPartialDate(asOf, locale) })}
        </li>
      ))}
    </ul>
  );
}

export async function TimelineSummary({ id, rows, asOf }: { id: string; rows: TimelineRow[]; asOf: PartialDate }) {
  const [t, locale] = await Promise.all([getTranslations("charts.timeline"), getAppLocale()]);
  const date = (pd: PartialDate) => formatPartialDate(pd, locale);
  const dated = rows.filter((r) => r.planned || r.actual).length;
  const compared = rows.filter((r) => r.slipDays !== null);
  const lines = rows.flatMap((r) => {
    const m = r.milestone;
    const title = pick(m.title, locale);
    if (m.planned && m.actual && r.slipDays) {
      const key = r.slipDays > 0 ? "late" : "early";
      return [t(key, { title, planned: date(m.planned), actual: date(m.actual), days: Math.abs(r.slipDays) })];
    }
    if (m.planned && r.overdueDays !== null)
      return [t("overdue", { title, planned: date(m.planned), asOf: date(asOf), days: r.overdueDays })];
    return [];
  });
  if (compared.length > 0 && compared.every((r) => r.slipDays === 0))
    lines.push(t("onTime", { count: compared.length }));
  return (
    <div id={id} className="mt-1 text-dns-14N-130">
      <p>{t("counts", { dated, undated: rows.length - dated })}</p>
      {lines.length > 0 && (
        <ul className="list-disc pl-6">
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
