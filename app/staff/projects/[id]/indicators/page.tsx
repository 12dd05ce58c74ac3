import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IndicatorsEditor } from "@/components/staff/editor/indicators-editor";
import { getDb } from "@/db/client";
import { listIndicatorsOf } from "@/db/queries/project-editor";
import type { DatePrecision } from "@/lib/domain/partial-date";
import { formatPartialDate, formatPeriod, type Locale } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { loadEditorContext, type EditorParams } from "../editor-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.tabs");
  return { title: t("indicators"), robots: { index: false } };
}

type Row = Record<string, unknown>;

/** A stored date column pair as the report writes it, or null. */
function dateOf(row: Row, date: string, precision: string, locale: Locale) {
  return row[date]
    ? formatPartialDate({ date: row[date] as string, precision: row[precision] as DatePrecision }, locale)
    : null;
}

function when(row: Row, locale: Locale) {
  if (row.periodStart && row.periodEnd) {
    return formatPeriod(
      { date: row.periodStart as string, precision: row.periodStartPrecision as DatePrecision },
      { date: row.periodEnd as string, precision: row.periodEndPrecision as DatePrecision },
      locale,
    );
  }
  return (
    dateOf(row, "asOf", "asOfPrecision", locale) ??
    dateOf(row, "periodEnd", "periodEndPrecision", locale) ??
    dateOf(row, "periodStart", "periodStartPrecision", locale)
  );
}

export default async function IndicatorsPage({ params }: EditorParams) {
  const { id } = await params;
  const { canEdit } = await loadEditorContext(id);
  const [list, locale, t] = await Promise.all([
    listIndicatorsOf(await getDb(), id),
    getAppLocale(),
    getTranslations("editor"),
  ]);
  const items = list.map((ind) => {
    const unit = String((locale === "en" && ind.row.unitEn) || ind.row.unitJa || "");
    const flags = (r: Row) =>
      [
        r.approximate && t("approximate"),
        r.lowerBound && t("lowerBound"),
        r.provisional && t("provisional"),
        r.isBaseline && t("isBaseline"),
      ]
        .filter(Boolean)
        .join("・");
    return {
      defaults: { id: ind.id, version: ind.version, ...ind.values },
      summary: (
        <span className="font-bold">
          {String(ind.row.nameJa)}
          {unit && `（${unit}）`}
        </span>
      ),
      observations: ind.observations.map((o) => ({
        defaults: { id: o.id, version: o.version, ...o.values },
        summary: (
          <span className="inline-flex flex-wrap gap-3">
            <span className="font-bold">
              {String(o.row.value)}
              {unit}
            </span>
            {o.row.breakdownJa ? <span>{String(o.row.breakdownJa)}</span> : null}
            <span>{when(o.row, locale)}</span>
            {flags(o.row) && <span>［{flags(o.row)}］</span>}
          </span>
        ),
      })),
      targets: ind.targets.map((o) => ({
        defaults: { id: o.id, version: o.version, ...o.values },
        summary: (
          <span className="inline-flex flex-wrap gap-3">
            <span className="font-bold">
              {String(o.row.value)}
              {unit}
            </span>
            <span>{dateOf(o.row, "dueDate", "duePrecision", locale)}</span>
          </span>
        ),
      })),
    };
  });
  return <IndicatorsEditor projectId={id} items={items} readOnly={!canEdit} />;
}
