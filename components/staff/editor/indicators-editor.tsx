"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
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

type Form = UseFormReturn<FieldValues>;
type Message = (m: string | undefined) => string;
const errorOf = (form: Form, name: string) => (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;

export function IndicatorsEditor({ projectId, items, readOnly }: { projectId: string; items: IndicatorItem[]; readOnly: boolean }) {
  const t = useTranslations("editor");
  const label = (name: string) => t(name as never);
  const text = (form: Form, message: Message, id: string, name: string, opts: { required?: boolean; multiline?: boolean; hint?: string; inputMode?: "decimal" } = {}) => (
    <TextField id={`${id}-${name}`} label={label(name)} registration={form.register(name)} error={message(errorOf(form, name))} {...opts} />
  );
  const check = (form: Form, message: Message, id: string, name: string) => (
    <CheckboxField id={`${id}-${name}`} label={label(name)} registration={form.register(name)} error={message(errorOf(form, name))} />
  );
  const select = (form: Form, message: Message, id: string, name: string, options: readonly string[], group: "measures" | "directions" | "accumulations") => (
    <SelectField
      id={`${id}-${name}`} label={label(name)} required options={options.map((o) => ({ value: o, label: t(`${group}.${o}` as never) }))}
      registration={form.register(name)} error={message(errorOf(form, name))}
    />
  );
  const date = (form: Form, message: Message, id: string, name: string) => <PartialDateField id={`${id}-${name}`} legend={label(name)} name={name} form={form} message={message} />;
  const value = (form: Form, message: Message, id: string) => text(form, message, id, "value", { required: true, hint: t("valueHint"), inputMode: "decimal" });
  const breakdown = (form: Form, message: Message, id: string) => (
    <>
      {text(form, message, id, "breakdownJa")}
      {text(form, message, id, "breakdownEn")}
      {text(form, message, id, "noteJa", { multiline: true })}
      {text(form, message, id, "noteEn", { multiline: true })}
    </>
  );
  const indicatorFields: RenderFields = (form, message, id) => (
    <>
      {text(form, message, id, "nameJa", { required: true })}
      {text(form, message, id, "nameEn")}
      {select(form, message, id, "measure", MEASURES, "measures")}
      {text(form, message, id, "unitJa")}
      {text(form, message, id, "unitEn")}
      {select(form, message, id, "direction", DIRECTIONS, "directions")}
      {select(form, message, id, "accumulation", ACCUMULATIONS, "accumulations")}
      {text(form, message, id, "decimals", { required: true, inputMode: "decimal" })}
    </>
  );
  const targetFields: RenderFields = (form, message, id) => (
    <>
      {value(form, message, id)}
      {date(form, message, id, "due")}
      {check(form, message, id, "lowerBound")}
      {breakdown(form, message, id)}
    </>
  );
  const observationFields: RenderFields = (form, message, id) => (
    <>
      {value(form, message, id)}
      {date(form, message, id, "asOf")}
      {date(form, message, id, "periodStart")}
      {date(form, message, id, "periodEnd")}
      {check(form, message, id, "approximate")}
      {check(form, message, id, "lowerBound")}
      {check(form, message, id, "provisional")}
      {check(form, message, id, "isBaseline")}
      {text(form, message, id, "source")}
      {breakdown(form, message, id)}
    </>
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
