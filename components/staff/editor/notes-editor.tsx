"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { PartialDateField } from "@/components/forms/partial-date-field";
import { TextField } from "@/components/forms/text-field";
import {
  createMediaAction, createProgressAction, deleteMediaAction, deleteProgressAction, moveMediaAction, moveProgressAction, saveMediaAction, saveProgressAction,
} from "@/app/staff/projects/[id]/notes/actions";
import { mediaSchemas, progressSchemas } from "@/lib/validation/content";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import { RecordCreate, RecordItem, type RenderFields } from "./record-item";
import { RecordListSection, type EditorItem } from "./record-list-section";

const errorOf = (form: UseFormReturn<FieldValues>, name: string) => (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;

/** A project's progress notes (the report's bullets, dated where the report dates them) and photo captions. */
export function NotesEditor({ projectId, notes, captions, readOnly }: { projectId: string; notes: EditorItem[]; captions: EditorItem[]; readOnly: boolean }) {
  const t = useTranslations("editor");
  const text = (form: UseFormReturn<FieldValues>, message: (m?: string) => string, id: string, name: string, opts: { required?: boolean; multiline?: boolean } = {}) => (
    <TextField id={`${id}-${name}`} label={t(name as never)} registration={form.register(name)} error={message(errorOf(form, name))} {...opts} />
  );
  const noteFields: RenderFields = (form, message, id) => (
    <>
      <PartialDateField id={`${id}-date`} legend={t("noteDate")} name="date" form={form} message={message} />
      {text(form, message, id, "groupJa")}
      {text(form, message, id, "groupEn")}
      {text(form, message, id, "textJa", { required: true, multiline: true })}
      {text(form, message, id, "textEn", { multiline: true })}
      <CheckboxField id={`${id}-sub`} label={t("sub")} registration={form.register("sub")} error={message(errorOf(form, "sub"))} />
    </>
  );
  const captionFields: RenderFields = (form, message, id) => (
    <>
      {text(form, message, id, "captionJa", { required: true })}
      {text(form, message, id, "captionEn")}
    </>
  );
  const conflict = (names: string[]) => names.map((name) => ({ name, label: t(name as never) }));
  return (
    <div className="space-y-10">
      <RecordListSection title={t("notes")} empty={t("noNotes")} count={notes.length}>
        {notes.map((item, index) => (
          <RecordItem
            key={item.defaults.id} summary={item.summary} idPrefix={`note-${item.defaults.id}`} schema={progressSchemas.save as never}
            defaults={item.defaults} save={saveProgressAction} remove={deleteProgressAction} move={moveProgressAction}
            position={{ index, count: notes.length }} conflictFields={[{ name: "date", label: t("noteDate") }, ...conflict(["groupJa", "groupEn", "textJa", "textEn", "sub"])]}
            readOnly={readOnly} renderFields={noteFields}
          />
        ))}
        {!readOnly && (
          <RecordCreate
            title={t("addNote")} idPrefix="note-new" schema={progressSchemas.create as never} create={createProgressAction} renderFields={noteFields}
            defaults={{ parentId: projectId, date: EMPTY_DATE, groupJa: "", groupEn: "", textJa: "", textEn: "", sub: false }}
          />
        )}
      </RecordListSection>
      <RecordListSection title={t("captions")} empty={t("noCaptions")} count={captions.length}>
        {captions.map((item, index) => (
          <RecordItem
            key={item.defaults.id} summary={item.summary} idPrefix={`caption-${item.defaults.id}`} schema={mediaSchemas.save as never}
            defaults={item.defaults} save={saveMediaAction} remove={deleteMediaAction} move={moveMediaAction}
            position={{ index, count: captions.length }} conflictFields={conflict(["captionJa", "captionEn"])} readOnly={readOnly} renderFields={captionFields}
          />
        ))}
        {!readOnly && (
          <RecordCreate
            title={t("addCaption")} idPrefix="caption-new" schema={mediaSchemas.create as never} create={createMediaAction} renderFields={captionFields}
            defaults={{ parentId: projectId, captionJa: "", captionEn: "" }}
          />
        )}
      </RecordListSection>
    </div>
  );
}
