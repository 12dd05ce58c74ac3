"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { PartialDateField } from "@/components/forms/partial-date-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import {
  createIndicatorAction, createObservationAction, createTargetAction, deleteIndicatorAction, deleteObservationAction, deleteTargetAction,
  moveIndicatorAction, moveObservationAction, moveTargetAction, saveIndicatorAction, saveObservationAction, saveTargetAction,
} from "@/app/staff/projects/[id]/indicators/actions";
import { ACCUMULATIONS, DIRECTIONS, MEASURES, indicatorSchemas, observationSchemas, targetSchemas } from "@/lib/validation/indicators";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import type { ConflictField } from "./conflict-notice";
import { RecordCreate, RecordItem, type RenderFields } from "./record-item";
import { RecordListSection, type EditorItem } from "./record-list-section";

export type IndicatorItem = EditorItem & { targets: EditorItem[]; observations: EditorItem[] };

type T = ReturnType<typeof useTranslations<"editor">>;

const textField = (t: T, name: string, required = false, extra: { multiline?: boolean; hint?: string; inputMode?: "decimal" } = {}): RenderFields =>
  (form, message, id) => (
    <TextField
      id={`${id}-${name}`} label={t(name as never)} required={required} registration={form.register(name)}
      error={message((form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message)} {...extra}
    />
  );
const check = (t: T, name: string): RenderFields => (form, message, id) => (
  <CheckboxField id={`${id}-${name}`} label={t(name as never)} registration={form.register(name)} error={message((form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message)} />
);
const all = (...parts: RenderFields[]): RenderFields => (form, message, id) => <>{parts.map((p, i) => <div key={i}>{p(form, message, id)}</div>)}</>;

export function IndicatorsEditor({ projectId, items, readOnly }: { projectId: string; items: IndicatorItem[]; readOnly: boolean }) {
  const t = useTranslations("editor");
  const select = (name: string, options: readonly string[], group: "measures" | "directions" | "accumulations"): RenderFields => (form, message, id) => (
    <SelectField
      id={`${id}-${name}`} label={t(name as never)} required options={options.map((o) => ({ value: o, label: t(`${group}.${o}` as never) }))}
      registration={form.register(name)} error={message((form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message)}
    />
  );
  const date = (name: string, legend: string): RenderFields => (form, message, id) => <PartialDateField id={`${id}-${name}`} legend={legend} name={name} form={form} message={message} />;
  const indicatorFields = all(
    textField(t, "nameJa", true), textField(t, "nameEn"), select("measure", MEASURES, "measures"),
    textField(t, "unitJa"), textField(t, "unitEn"), select("direction", DIRECTIONS, "directions"),
    select("accumulation", ACCUMULATIONS, "accumulations"), textField(t, "decimals", true, { inputMode: "decimal" }),
  );
  const breakdown = [textField(t, "breakdownJa"), textField(t, "breakdownEn"), textField(t, "noteJa", false, { multiline: true }), textField(t, "noteEn", false, { multiline: true })];
  const targetFields = all(textField(t, "value", true, { hint: t("valueHint"), inputMode: "decimal" }), date("due", t("due")), check(t, "lowerBound"), ...breakdown);
  const observationFields = all(
    textField(t, "value", true, { hint: t("valueHint"), inputMode: "decimal" }), date("asOf", t("asOf")), date("periodStart", t("periodStart")), date("periodEnd", t("periodEnd")),
    check(t, "approximate"), check(t, "lowerBound"), check(t, "provisional"), check(t, "isBaseline"), textField(t, "source"), ...breakdown,
  );
  const fieldsOf = (names: string[]): ConflictField[] => names.map((name) => ({ name, label: t(name as never) }));
  const indicatorConflict = fieldsOf(["nameJa", "nameEn", "measure", "unitJa", "unitEn", "direction", "accumulation", "decimals"]);
  const breakdownNames = ["breakdownJa", "breakdownEn", "noteJa", "noteEn"];
  const targetConflict = fieldsOf(["value", "due", "lowerBound", ...breakdownNames]);
  const observationConflict = fieldsOf(["value", "asOf", "periodStart", "periodEnd", "approximate", "lowerBound", "provisional", "isBaseline", "source", ...breakdownNames]);
  const emptyNotes = { breakdownJa: "", breakdownEn: "", noteJa: "", noteEn: "" };

  return (
    <RecordListSection title={t("indicators")} empty={t("noIndicators")} count={items.length}>
      {items.map((item, index) => (
        <RecordItem
          key={item.defaults.id} summary={item.summary} idPrefix={`indicator-${item.defaults.id}`} schema={indicatorSchemas.save as never}
          defaults={item.defaults} save={saveIndicatorAction} remove={deleteIndicatorAction} move={moveIndicatorAction}
          position={{ index, count: items.length }} conflictFields={indicatorConflict} readOnly={readOnly} renderFields={indicatorFields}
        >
          <div className="mt-4 space-y-6 border-l-4 border-solid-gray-420 pl-4">
            <RecordListSection title={t("observations")} empty={t("noObservations")} count={item.observations.length} level={3}>
              {item.observations.map((o, i) => (
                <RecordItem
                  key={o.defaults.id} summary={o.summary} idPrefix={`observation-${o.defaults.id}`} schema={observationSchemas.save as never}
                  defaults={o.defaults} save={saveObservationAction} remove={deleteObservationAction} move={moveObservationAction}
                  position={{ index: i, count: item.observations.length }} conflictFields={observationConflict} readOnly={readOnly} renderFields={observationFields}
                />
              ))}
              {!readOnly && (
                <RecordCreate
                  title={t("addObservation")} idPrefix={`observation-new-${item.defaults.id}`} schema={observationSchemas.create as never} create={createObservationAction} renderFields={observationFields}
                  defaults={{ parentId: item.defaults.id, value: "", asOf: EMPTY_DATE, periodStart: EMPTY_DATE, periodEnd: EMPTY_DATE, approximate: false, lowerBound: false, provisional: false, isBaseline: false, source: "", ...emptyNotes }}
                />
              )}
            </RecordListSection>
            <RecordListSection title={t("targets")} empty={t("noTargets")} count={item.targets.length} level={3}>
              {item.targets.map((o, i) => (
                <RecordItem
                  key={o.defaults.id} summary={o.summary} idPrefix={`target-${o.defaults.id}`} schema={targetSchemas.save as never}
                  defaults={o.defaults} save={saveTargetAction} remove={deleteTargetAction} move={moveTargetAction}
                  position={{ index: i, count: item.targets.length }} conflictFields={targetConflict} readOnly={readOnly} renderFields={targetFields}
                />
              ))}
              {!readOnly && (
                <RecordCreate
                  title={t("addTarget")} idPrefix={`target-new-${item.defaults.id}`} schema={targetSchemas.create as never} create={createTargetAction} renderFields={targetFields}
                  defaults={{ parentId: item.defaults.id, value: "", due: EMPTY_DATE, lowerBound: false, ...emptyNotes }}
                />
              )}
            </RecordListSection>
          </div>
        </RecordItem>
      ))}
      {!readOnly && (
        <RecordCreate
          title={t("addIndicator")} idPrefix="indicator-new" schema={indicatorSchemas.create as never} create={createIndicatorAction} renderFields={indicatorFields}
          defaults={{ parentId: projectId, nameJa: "", nameEn: "", measure: "count", unitJa: "", unitEn: "", direction: "increase", accumulation: "cumulative", decimals: "0" }}
        />
      )}
    </RecordListSection>
  );
}
