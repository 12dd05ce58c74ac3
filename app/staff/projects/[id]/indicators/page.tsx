import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { IndicatorsEditor } from "@/components/staff/editor/indicators-editor";
import { getDb } from "@/db/client";
import { listIndicatorsOf } from "@/db/queries/project-editor";
import type { StoredRecord } from "@/db/records/kinds";
import type { DatePrecision } from "@/lib/domain/partial-date";
import { formatPartialDate, formatPeriod, type Locale } from "@/lib/format/dates";
import { getAppLocale } from "@/lib/format/locale";
import { formDefaults, RECORD_FORMS } from "@/lib/records/forms";
import { loadEditorContext, type EditorParams } from "../editor-context";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("editor.tabs");
  return { title: t("indicators"), robots: { index: false } };
}

type Observation = StoredRecord<"observation">;

/** A stored date and its precision as the report writes them, or null. */
const dateOf = (date: string | null, precision: DatePrecision | null, locale: Locale) =>
  date && precision ? formatPartialDate({ date, precision }, locale) : null;

function when(o: Observation, locale: Locale) {
  if (o.periodStart && o.periodStartPrecision && o.periodEnd && o.periodEndPrecision) {
    return formatPeriod(
      { date: o.periodStart, precision: o.periodStartPrecision },
      { date: o.periodEnd, precision: o.periodEndPrecision },
      locale,
    );
  }
  return (
    dateOf(o.asOf, o.asOfPrecision, locale) ??
    dateOf(o.periodEnd, o.periodEndPrecision, locale) ??
    dateOf(o.periodStart, o.periodStartPrecision, locale)
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
    const unit = (locale === "en" && ind.unitEn) || ind.unitJa;
    const flags = (r: Observation) =>
      [
        r.approximate && t("approximate"),
        r.lowerBound && t("lowerBound"),
        r.provisional && t("provisional"),
        r.isBaseline && t("isBaseline"),
      ]
        .filter(Boolean)
        .join("・");
    return {
      defaults: formDefaults(RECORD_FORMS.indicator, ind),
      summary: (
        <span className="font-bold">
          {ind.nameJa}
          {unit && `（${unit}）`}
        </span>
      ),
      observations: ind.observations.map((o) => ({
        defaults: formDefaults(RECORD_FORMS.observation, o),
        summary: (
          <span className="inline-flex flex-wrap gap-3">
            <span className="font-bold">
              {o.value}
              {unit}
            </span>
            {o.breakdownJa ? <span>{o.breakdownJa}</span> : null}
            <span>{when(o, locale)}</span>
            {flags(o) && <span>［{flags(o)}］</span>}
          </span>
        ),
      })),
      targets: ind.targets.map((o) => ({
        defaults: formDefaults(RECORD_FORMS.target, o),
        summary: (
          <span className="inline-flex flex-wrap gap-3">
            <span className="font-bold">
              {o.value}
              {unit}
            </span>
            <span>{dateOf(o.dueDate, o.duePrecision, locale)}</span>
          </span>
        ),
      })),
    };
  });
  return <IndicatorsEditor projectId={id} items={items} readOnly={!canEdit} />;
}
