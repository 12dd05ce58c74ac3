"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { saveProjectDetailsAction } from "@/lib/actions/server/project";
import { useActionForm } from "@/lib/forms/use-action-form";
import { DELIVERY_CONFIDENCES, LIFECYCLE_STATUSES } from "@/lib/domain/code-lists";
import { projectDetailsSchema, type ProjectDetailsInput } from "@/lib/validation/projects";
import { ConflictNotice } from "./conflict-notice";

type Option = { value: string; label: string };

export function ProjectDetailsForm({
  defaults,
  areas,
  linkOptions,
  readOnly,
}: {
  defaults: ProjectDetailsInput;
  areas: Option[];
  linkOptions: Option[];
  readOnly: boolean;
}) {
  const t = useTranslations("editor");
  const tl = useTranslations("lifecycle");
  const tc = useTranslations("confidence");
  const router = useRouter();
  const { form, ready, onSubmit, formError, saved, message, conflict, resolveConflict } = useActionForm({
    schema: projectDetailsSchema,
    defaultValues: { ...defaults, areaNumber: String(defaults.areaNumber) },
    action: saveProjectDetailsAction,
    onSuccess: (data) => {
      form.setValue("version", (data as { version: number }).version);
      router.refresh();
    },
  });
  const e = form.formState.errors;
  const text = (
    name:
      | "titleJa"
      | "titleEn"
      | "subtitleJa"
      | "subtitleEn"
      | "summaryJa"
      | "summaryEn"
      | "confidenceNarrativeJa"
      | "confidenceNarrativeEn",
    label: string,
    extra: { required?: boolean; multiline?: boolean; hint?: string } = {},
  ) => (
    <TextField
      id={`project-${name}`}
      label={label}
      registration={form.register(name)}
      error={message(e[name]?.message)}
      {...extra}
    />
  );
  const label = (options: Option[]) => (v: unknown) =>
    options.find((o) => o.value === String(v))?.label ?? String(v ?? "");
  const lifecycle = LIFECYCLE_STATUSES.map((s) => ({ value: s, label: tl(s) }));
  const confidence = DELIVERY_CONFIDENCES.map((s) => ({ value: s, label: tc(s) }));
  const conflictFields = [
    { name: "areaNumber", label: t("area"), format: label(areas) },
    { name: "titleJa", label: t("titleJa") },
    { name: "titleEn", label: t("titleEn") },
    { name: "subtitleJa", label: t("subtitleJa") },
    { name: "subtitleEn", label: t("subtitleEn") },
    { name: "summaryJa", label: t("summaryJa") },
    { name: "summaryEn", label: t("summaryEn") },
    { name: "lifecycleStatus", label: t("lifecycleStatus"), format: label(lifecycle) },
    { name: "deliveryConfidence", label: t("deliveryConfidence"), format: label(confidence) },
    { name: "confidenceNarrativeJa", label: t("narrativeJa") },
    { name: "confidenceNarrativeEn", label: t("narrativeEn") },
    { name: "organizationsEtc", label: t("organizationsEtc") },
    {
      name: "linkedProjectIds",
      label: t("linkedProjects"),
      format: (v: unknown) =>
        Array.isArray(v) && v.length ? v.map((id) => label(linkOptions)(id)).join("、") : t("none"),
    },
  ];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-labelledby="details-title">
      <h2 id="details-title" className="text-std-24B-150">
        {t("details")}
      </h2>
      <FormMessages error={formError} success={saved ? t("saved") : null} />
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          mine={form.getValues()}
          fields={conflictFields}
          onResolve={resolveConflict}
        />
      )}
      <fieldset disabled={readOnly || !ready} className="space-y-6">
        <legend className="sr-only">{t("details")}</legend>
        <SelectField
          id="project-areaNumber"
          label={t("area")}
          required
          options={areas}
          registration={form.register("areaNumber")}
          error={message(e.areaNumber?.message)}
        />
        {text("titleJa", t("titleJa"), { required: true })}
        {text("titleEn", t("titleEn"))}
        {text("subtitleJa", t("subtitleJa"))}
        {text("subtitleEn", t("subtitleEn"))}
        {text("summaryJa", t("summaryJa"), { multiline: true })}
        {text("summaryEn", t("summaryEn"), { multiline: true })}
        <SelectField
          id="project-lifecycleStatus"
          label={t("lifecycleStatus")}
          required
          options={lifecycle}
          registration={form.register("lifecycleStatus")}
          error={message(e.lifecycleStatus?.message)}
        />
        <SelectField
          id="project-deliveryConfidence"
          label={t("deliveryConfidence")}
          required
          options={confidence}
          registration={form.register("deliveryConfidence")}
          error={message(e.deliveryConfidence?.message)}
        />
        {text("confidenceNarrativeJa", t("narrativeJa"), { multiline: true, hint: t("narrativeHint") })}
        {text("confidenceNarrativeEn", t("narrativeEn"), { multiline: true })}
        <CheckboxField
          id="project-organizationsEtc"
          label={t("organizationsEtc")}
          registration={form.register("organizationsEtc")}
          error={message(e.organizationsEtc?.message)}
        />
        <div className="max-h-96 overflow-y-auto rounded-8 border border-solid-gray-420 p-3">
          <ChoiceGroup
            id="project-linkedProjectIds"
            legend={t("linkedProjects")}
            hint={t("linkedHint")}
            type="checkbox"
            options={linkOptions}
            registration={form.register("linkedProjectIds")}
            error={message(e.linkedProjectIds?.message)}
          />
        </div>
      </fieldset>
      {!readOnly && <SubmitButton pending={form.formState.isSubmitting} label={t("save")} pendingLabel={t("saving")} />}
    </form>
  );
}
