"use client";

import { useTranslations } from "next-intl";
import { runtimeKey } from "@/lib/i18n/runtime-key";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { PartialDateField } from "@/components/forms/partial-date-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import {
  createIndicatorAction,
  createObservationAction,
  createTargetAction,
  deleteIndicatorAction,
  deleteObservationAction,
  deleteTargetAction,
  moveIndicatorAction,
  moveObservationAction,
  moveTargetAction,
  saveIndicatorAction,
  saveObservationAction,
  saveTargetAction,
} from "@/lib/actions/server/indicators";
import {
  ACCUMULATIONS,
  DIRECTIONS,
  MEASURES,
  indicatorSchemas,
  observationSchemas,
  targetSchemas,
} from "@/lib/validation/indicators";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import type { ConflictField } from "./conflict-notice";
import type { RenderFields } from "./record-item";
import { RecordList, type EditorItem } from "./record-list";

export type IndicatorItem = EditorItem & { targets: EditorItem[]; observations: EditorItem[] };

type Form = UseFormReturn<FieldValues>;
type Message = (m: string | undefined) => string;
const errorOf = (form: Form, name: string) =>
  (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;

export function IndicatorsEditor({
  projectId,
  items,
  readOnly,
}: {
  projectId: string;
  items: IndicatorItem[];
  readOnly: boolean;
}) {
  const t = useTranslations("editor");
  const label = (name: string) => t(runtimeKey(t, name));
  const text = (
    form: Form,
    message: Message,
    id: string,
    name: string,
    opts: { required?: boolean; multiline?: boolean; hint?: string; inputMode?: "decimal" } = {},
  ) => (
    <TextField
      id={`${id}-${name}`}
      label={label(name)}
      registration={form.register(name)}
      error={message(errorOf(form, name))}
      {...opts}
    />
  );
  const check = (form: Form, message: Message, id: string, name: string) => (
    <CheckboxField
      id={`${id}-${name}`}
      label={label(name)}
      registration={form.register(name)}
      error={message(errorOf(form, name))}
    />
  );
  const select = (
    form: Form,
    message: Message,
    id: string,
    name: string,
    options: readonly string[],
    group: "measures" | "directions" | "accumulations",
  ) => (
    <SelectField
      id={`${id}-${name}`}
      label={label(name)}
      required
      options={options.map((o) => ({ value: o, label: t(runtimeKey(t, `${group}.${o}`)) }))}
      registration={form.register(name)}
      error={message(errorOf(form, name))}
    />
  );
  const date = (form: Form, message: Message, id: string, name: string) => (
    <PartialDateField id={`${id}-${name}`} legend={label(name)} name={name} form={form} message={message} />
  );
  const value = (form: Form, message: Message, id: string) =>
    text(form, message, id, "value", { required: true, hint: t("valueHint"), inputMode: "decimal" });
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
  const fieldsOf = (names: string[]): ConflictField[] => names.map((name) => ({ name, label: t(runtimeKey(t, name)) }));
  const indicatorConflict = fieldsOf([
    "nameJa",
    "nameEn",
    "measure",
    "unitJa",
    "unitEn",
    "direction",
    "accumulation",
    "decimals",
  ]);
  const breakdownNames = ["breakdownJa", "breakdownEn", "noteJa", "noteEn"];
  const targetConflict = fieldsOf(["value", "due", "lowerBound", ...breakdownNames]);
  const observationConflict = fieldsOf([
    "value",
    "asOf",
    "periodStart",
    "periodEnd",
    "approximate",
    "lowerBound",
    "provisional",
    "isBaseline",
    "source",
    ...breakdownNames,
  ]);
  const emptyNotes = { breakdownJa: "", breakdownEn: "", noteJa: "", noteEn: "" };

  return (
    <RecordList
      kind="indicator"
      title={t("indicators")}
      empty={t("noIndicators")}
      addTitle={t("addIndicator")}
      items={items}
      actions={{
        schemas: indicatorSchemas,
        create: createIndicatorAction,
        save: saveIndicatorAction,
        remove: deleteIndicatorAction,
        move: moveIndicatorAction,
      }}
      createDefaults={{
        parentId: projectId,
        nameJa: "",
        nameEn: "",
        measure: "count",
        unitJa: "",
        unitEn: "",
        direction: "increase",
        accumulation: "cumulative",
        decimals: "0",
      }}
      conflictFields={indicatorConflict}
      renderFields={indicatorFields}
      readOnly={readOnly}
      below={(item) => (
        <div className="mt-4 space-y-6 border-l-4 border-solid-gray-420 pl-4">
          <RecordList
            kind="observation"
            title={t("observations")}
            empty={t("noObservations")}
            addTitle={t("addObservation")}
            items={item.observations}
            level={3}
            actions={{
              schemas: observationSchemas,
              create: createObservationAction,
              save: saveObservationAction,
              remove: deleteObservationAction,
              move: moveObservationAction,
            }}
            createDefaults={{
              parentId: item.defaults.id,
              value: "",
              asOf: EMPTY_DATE,
              periodStart: EMPTY_DATE,
              periodEnd: EMPTY_DATE,
              approximate: false,
              lowerBound: false,
              provisional: false,
              isBaseline: false,
              source: "",
              ...emptyNotes,
            }}
            conflictFields={observationConflict}
            renderFields={observationFields}
            readOnly={readOnly}
          />
          <RecordList
            kind="target"
            title={t("targets")}
            empty={t("noTargets")}
            addTitle={t("addTarget")}
            items={item.targets}
            level={3}
            actions={{
              schemas: targetSchemas,
              create: createTargetAction,
              save: saveTargetAction,
              remove: deleteTargetAction,
              move: moveTargetAction,
            }}
            createDefaults={{
              parentId: item.defaults.id,
              value: "",
              due: EMPTY_DATE,
              lowerBound: false,
              ...emptyNotes,
            }}
            conflictFields={targetConflict}
            renderFields={targetFields}
            readOnly={readOnly}
          />
        </div>
      )}
    />
  );
}
