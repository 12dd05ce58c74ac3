"use client";

import { useTranslations } from "next-intl";
import { PartialDateField } from "@/components/forms/partial-date-field";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import {
  createMilestoneAction,
  deleteMilestoneAction,
  moveMilestoneAction,
  saveMilestoneAction,
} from "@/lib/actions/server/milestones";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import { isCode, MILESTONE_STATUSES } from "@/lib/domain/code-lists";
import { milestoneSchemas } from "@/lib/validation/milestones";
import type { RenderFields } from "./record-item";
import { RecordList, type EditorItem } from "./record-list";

export function MilestonesEditor({
  projectId,
  items,
  readOnly,
}: {
  projectId: string;
  items: EditorItem[];
  readOnly: boolean;
}) {
  const t = useTranslations("editor");
  const ts = useTranslations("milestoneStatus");
  const statusOptions = MILESTONE_STATUSES.map((s) => ({ value: s, label: ts(s) }));
  const renderFields: RenderFields = (form, message, id) => {
    const e = form.formState.errors as Record<string, { message?: string } | undefined>;
    return (
      <>
        <TextField
          id={`${id}-titleJa`}
          label={t("titleJa")}
          required
          registration={form.register("titleJa")}
          error={message(e.titleJa?.message)}
        />
        <TextField
          id={`${id}-titleEn`}
          label={t("titleEn")}
          registration={form.register("titleEn")}
          error={message(e.titleEn?.message)}
        />
        <SelectField
          id={`${id}-status`}
          label={t("status")}
          required
          options={statusOptions}
          registration={form.register("status")}
          error={message(e.status?.message)}
        />
        <PartialDateField id={`${id}-planned`} legend={t("plannedDate")} name="planned" form={form} message={message} />
        <PartialDateField id={`${id}-actual`} legend={t("actualDate")} name="actual" form={form} message={message} />
      </>
    );
  };
  const conflictFields = [
    { name: "titleJa", label: t("titleJa") },
    { name: "titleEn", label: t("titleEn") },
    { name: "status", label: t("status"), format: (v: unknown) => (isCode(MILESTONE_STATUSES, v) ? ts(v) : String(v)) },
    { name: "planned", label: t("plannedDate") },
    { name: "actual", label: t("actualDate") },
  ];
  return (
    <RecordList
      kind="milestone"
      title={t("milestones")}
      empty={t("noMilestones")}
      addTitle={t("addMilestone")}
      items={items}
      actions={{
        schemas: milestoneSchemas,
        create: createMilestoneAction,
        save: saveMilestoneAction,
        remove: deleteMilestoneAction,
        move: moveMilestoneAction,
      }}
      createDefaults={{
        parentId: projectId,
        titleJa: "",
        titleEn: "",
        status: "planned",
        planned: EMPTY_DATE,
        actual: EMPTY_DATE,
      }}
      conflictFields={conflictFields}
      renderFields={renderFields}
      readOnly={readOnly}
    />
  );
}
