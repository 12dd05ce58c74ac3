"use client";

import { useTranslations } from "next-intl";
import { runtimeKey } from "@/lib/i18n/runtime-key";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { PartialDateField } from "@/components/forms/partial-date-field";
import { TextField } from "@/components/forms/text-field";
import {
  createMediaAction,
  createProgressAction,
  deleteMediaAction,
  deleteProgressAction,
  moveMediaAction,
  moveProgressAction,
  saveMediaAction,
  saveProgressAction,
} from "@/lib/actions/server/notes";
import { mediaSchemas, progressSchemas } from "@/lib/validation/content";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import type { RenderFields } from "./record-item";
import { RecordList, type EditorItem } from "./record-list";

const errorOf = (form: UseFormReturn<FieldValues>, name: string) =>
  (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;

/** A project's progress notes (the report's bullets, dated where the report dates them) and photo captions. */
export function NotesEditor({
  projectId,
  notes,
  captions,
  readOnly,
}: {
  projectId: string;
  notes: EditorItem[];
  captions: EditorItem[];
  readOnly: boolean;
}) {
  const t = useTranslations("editor");
  const text = (
    form: UseFormReturn<FieldValues>,
    message: (m?: string) => string,
    id: string,
    name: string,
    opts: { required?: boolean; multiline?: boolean } = {},
  ) => (
    <TextField
      id={`${id}-${name}`}
      label={t(runtimeKey(t, name))}
      registration={form.register(name)}
      error={message(errorOf(form, name))}
      {...opts}
    />
  );
  const noteFields: RenderFields = (form, message, id) => (
    <>
      <PartialDateField id={`${id}-date`} legend={t("noteDate")} name="date" form={form} message={message} />
      {text(form, message, id, "groupJa")}
      {text(form, message, id, "groupEn")}
      {text(form, message, id, "textJa", { required: true, multiline: true })}
      {text(form, message, id, "textEn", { multiline: true })}
      <CheckboxField
        id={`${id}-sub`}
        label={t("sub")}
        registration={form.register("sub")}
        error={message(errorOf(form, "sub"))}
      />
    </>
  );
  const captionFields: RenderFields = (form, message, id) => (
    <>
      {text(form, message, id, "captionJa", { required: true })}
      {text(form, message, id, "captionEn")}
    </>
  );
  const conflict = (names: string[]) => names.map((name) => ({ name, label: t(runtimeKey(t, name)) }));
  return (
    <div className="space-y-10">
      <RecordList
        kind="note"
        title={t("notes")}
        empty={t("noNotes")}
        addTitle={t("addNote")}
        items={notes}
        actions={{
          schemas: progressSchemas,
          create: createProgressAction,
          save: saveProgressAction,
          remove: deleteProgressAction,
          move: moveProgressAction,
        }}
        createDefaults={{
          parentId: projectId,
          date: EMPTY_DATE,
          groupJa: "",
          groupEn: "",
          textJa: "",
          textEn: "",
          sub: false,
        }}
        conflictFields={[
          { name: "date", label: t("noteDate") },
          ...conflict(["groupJa", "groupEn", "textJa", "textEn", "sub"]),
        ]}
        renderFields={noteFields}
        readOnly={readOnly}
      />
      <RecordList
        kind="caption"
        title={t("captions")}
        empty={t("noCaptions")}
        addTitle={t("addCaption")}
        items={captions}
        actions={{
          schemas: mediaSchemas,
          create: createMediaAction,
          save: saveMediaAction,
          remove: deleteMediaAction,
          move: moveMediaAction,
        }}
        createDefaults={{ parentId: projectId, captionJa: "", captionEn: "" }}
        conflictFields={conflict(["captionJa", "captionEn"])}
        renderFields={captionFields}
        readOnly={readOnly}
      />
    </div>
  );
}
