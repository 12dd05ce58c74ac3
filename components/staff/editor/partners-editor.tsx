"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import {
  addLocationAction,
  addOrganizationAction,
  moveLocationAction,
  moveOrganizationAction,
  removeLocationAction,
  removeOrganizationAction,
  saveOrganizationLinkAction,
} from "@/lib/actions/server/partners";
import { useActionForm } from "@/lib/forms/use-action-form";
import { LOCATION_KINDS, ORGANIZATION_KINDS, SIDES } from "@/lib/domain/code-lists";
import { addLocationSchema, addOrganizationSchema, saveOrganizationLinkSchema } from "@/lib/validation/projects";
import type { RenderFields } from "./record-item";
import { RecordList, type EditorItem } from "./record-list";

type Option = { value: string; label: string };
const errorOf = (form: UseFormReturn<FieldValues>, name: string) =>
  name.split(".").reduce<unknown>((e, k) => (e as Record<string, unknown> | undefined)?.[k], form.formState.errors) as
    { message?: string } | undefined;

export function PartnersEditor({
  projectId,
  organizations,
  places,
  organizationOptions,
  placeOptions,
  readOnly,
}: {
  projectId: string;
  organizations: EditorItem[];
  places: EditorItem[];
  organizationOptions: Option[];
  placeOptions: Option[];
  readOnly: boolean;
}) {
  const t = useTranslations("editor");
  const text = (
    form: UseFormReturn<FieldValues>,
    message: (m?: string) => string,
    id: string,
    name: string,
    label: string,
    opts: { required?: boolean; hint?: string } = {},
  ) => (
    <TextField
      id={`${id}-${name}`}
      label={label}
      registration={form.register(name)}
      error={message(errorOf(form, name)?.message)}
      {...opts}
    />
  );
  const linkFields: RenderFields = (form, message, id) => (
    <>
      {text(form, message, id, "roleJa", t("roleJa"))}
      {text(form, message, id, "roleEn", t("roleEn"))}
      {text(form, message, id, "labelJa", t("labelJa"), { hint: t("labelHint") })}
      {text(form, message, id, "labelEn", t("labelEn"))}
    </>
  );
  const conflictFields = (["roleJa", "roleEn", "labelJa", "labelEn"] as const).map((name) => ({
    name,
    label: t(name),
  }));
  type Input = { id: string; version: number; direction: string };
  const link = (input: unknown) => input as Input;
  return (
    <div className="space-y-10">
      <RecordList
        kind="org"
        title={t("organizations")}
        empty={t("noOrganizations")}
        addTitle={t("addOrganization")}
        items={organizations}
        actions={{
          schemas: { save: saveOrganizationLinkSchema },
          save: saveOrganizationLinkAction,
          remove: (input) =>
            removeOrganizationAction({ projectId, organizationId: link(input).id, version: link(input).version }),
          move: (input) =>
            moveOrganizationAction({ projectId, targetId: link(input).id, direction: link(input).direction }),
        }}
        addForm={<AddOrganizationForm projectId={projectId} options={organizationOptions} linkFields={linkFields} />}
        conflictFields={conflictFields}
        renderFields={linkFields}
        readOnly={readOnly}
      />
      <RecordList
        kind="place"
        title={t("places")}
        empty={t("noPlaces")}
        addTitle={t("addPlace")}
        items={places}
        actions={{
          // A place has nothing to edit on a project: it is only moved or removed.
          schemas: { save: addLocationSchema },
          remove: (input) => removeLocationAction({ projectId, locationId: link(input).id }),
          move: (input) =>
            moveLocationAction({ projectId, targetId: link(input).id, direction: link(input).direction }),
        }}
        addForm={<AddPlaceForm projectId={projectId} options={placeOptions} />}
        conflictFields={[]}
        renderFields={() => null}
        readOnly={readOnly}
      />
    </div>
  );
}

function AddOrganizationForm({
  projectId,
  options,
  linkFields,
}: {
  projectId: string;
  options: Option[];
  linkFields: RenderFields;
}) {
  const t = useTranslations("editor");
  const ts = useTranslations("side");
  const router = useRouter();
  const defaults = { projectId, organizationId: "", create: false, roleJa: "", roleEn: "", labelJa: "", labelEn: "" };
  const { form, onSubmit, formError, saved, message } = useActionForm({
    schema: addOrganizationSchema,
    defaultValues: defaults,
    action: addOrganizationAction,
    onSuccess: () => {
      form.reset(defaults);
      router.refresh();
    },
  });
  const creating = form.watch("create") === true;
  const f = form as unknown as UseFormReturn<FieldValues>;
  return (
    <details className="rounded-8 border border-dashed border-solid-gray-600 p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">{t("addOrganization")}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" aria-label={t("addOrganization")}>
        <FormMessages error={formError} success={saved ? t("added") : null} />
        <CheckboxField id="org-mode" label={t("createOrganization")} registration={form.register("create")} />
        {creating ? (
          <>
            <TextField
              id="org-new-nameJa"
              label={t("orgNameJa")}
              required
              registration={form.register("organization.nameJa")}
              error={message(errorOf(f, "organization.nameJa")?.message)}
            />
            <TextField
              id="org-new-nameEn"
              label={t("orgNameEn")}
              registration={form.register("organization.nameEn")}
              error={message(errorOf(f, "organization.nameEn")?.message)}
            />
            <SelectField
              id="org-new-side"
              label={t("side")}
              required
              emptyLabel={t("chooseNone")}
              options={SIDES.map((s) => ({ value: s, label: ts(s) }))}
              registration={form.register("organization.side")}
              error={message(errorOf(f, "organization.side")?.message)}
            />
            <SelectField
              id="org-new-kind"
              label={t("kind")}
              required
              emptyLabel={t("chooseNone")}
              options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
              registration={form.register("organization.kind")}
              error={message(errorOf(f, "organization.kind")?.message)}
            />
          </>
        ) : (
          <SelectField
            id="org-existing"
            label={t("chooseOrganization")}
            required
            emptyLabel={t("chooseNone")}
            options={options}
            registration={form.register("organizationId")}
            error={message(errorOf(f, "organizationId")?.message)}
          />
        )}
        {linkFields(f, message, "org-new")}
        <SubmitButton pending={form.formState.isSubmitting} label={t("add")} pendingLabel={t("saving")} />
      </form>
    </details>
  );
}

function AddPlaceForm({ projectId, options }: { projectId: string; options: Option[] }) {
  const t = useTranslations("editor");
  const router = useRouter();
  const defaults = { projectId, locationId: "", create: false };
  const { form, onSubmit, formError, saved, message } = useActionForm({
    schema: addLocationSchema,
    defaultValues: defaults,
    action: addLocationAction,
    onSuccess: () => {
      form.reset(defaults);
      router.refresh();
    },
  });
  const creating = form.watch("create") === true;
  const f = form as unknown as UseFormReturn<FieldValues>;
  const text = (
    name: string,
    label: string,
    opts: { required?: boolean; hint?: string; inputMode?: "decimal" } = {},
  ) => (
    <TextField
      id={`place-new-${name.replace(".", "-")}`}
      label={label}
      registration={f.register(name)}
      error={message(errorOf(f, name)?.message)}
      {...opts}
    />
  );
  return (
    <details className="rounded-8 border border-dashed border-solid-gray-600 p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">{t("addPlace")}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" aria-label={t("addPlace")}>
        <FormMessages error={formError} success={saved ? t("added") : null} />
        <CheckboxField id="place-mode" label={t("createPlace")} registration={form.register("create")} />
        {creating ? (
          <>
            {text("location.nameJa", t("placeNameJa"), { required: true })}
            {text("location.nameEn", t("placeNameEn"))}
            <SelectField
              id="place-new-kind"
              label={t("placeKind")}
              required
              emptyLabel={t("chooseNone")}
              options={LOCATION_KINDS.map((k) => ({ value: k, label: t(`placeKinds.${k}`) }))}
              registration={f.register("location.kind")}
              error={message(errorOf(f, "location.kind")?.message)}
            />
            {text("location.lat", t("lat"), { hint: t("coordinateHint"), inputMode: "decimal" })}
            {text("location.lon", t("lon"), { inputMode: "decimal" })}
          </>
        ) : (
          <SelectField
            id="place-existing"
            label={t("choosePlace")}
            required
            emptyLabel={t("chooseNone")}
            options={options}
            registration={form.register("locationId")}
            error={message(errorOf(f, "locationId")?.message)}
          />
        )}
        <SubmitButton pending={form.formState.isSubmitting} label={t("add")} pendingLabel={t("saving")} />
      </form>
    </details>
  );
}
