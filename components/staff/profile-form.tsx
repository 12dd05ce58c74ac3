"use client";

import { useTranslations } from "next-intl";
import { CheckboxField } from "@/components/forms/checkbox-field";
import { ChoiceGroup } from "@/components/forms/choice-group";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { updateProfileAction } from "@/lib/actions/server/users";
import { useActionForm } from "@/lib/forms/use-action-form";
import { updateProfileSchema } from "@/lib/validation/users";

/** One's own mail settings: the language, and the daily digest on or off. */
export function ProfileForm({
  profile,
}: {
  profile: { version: number; locale: "ja" | "en"; digestsEnabled: boolean };
}) {
  const t = useTranslations("profile");
  const { form, ready, onSubmit, formError, saved, message } = useActionForm({
    schema: updateProfileSchema,
    defaultValues: profile,
    action: updateProfileAction,
    // The form stays as saved, with the version the save made: the next save is not a conflict.
    onSuccess: (data) => form.reset({ ...form.getValues(), version: data.version }),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
      <FormMessages error={formError} success={saved ? t("saved") : null} />
      <fieldset disabled={!ready} className="space-y-4">
        <ChoiceGroup
          id="profile-locale"
          legend={t("language")}
          type="radio"
          required
          registration={form.register("locale")}
          options={(["ja", "en"] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))}
          error={message(form.formState.errors.locale?.message)}
        />
        <CheckboxField
          id="profile-digests"
          label={t("digests")}
          hint={t("digestsHint")}
          registration={form.register("digestsEnabled")}
          error={message(form.formState.errors.digestsEnabled?.message)}
        />
        <SubmitButton pending={form.formState.isSubmitting} label={t("save")} pendingLabel={t("saving")} />
      </fieldset>
    </form>
  );
}
