"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { Role } from "@/lib/domain/code-lists";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { TextField } from "@/components/forms/text-field";
import { resetUserPasswordAction, setUserDisabledAction, updateUserAccessAction } from "@/lib/actions/server/users";
import { useActionForm } from "@/lib/forms/use-action-form";
import { resetPasswordSchema, setUserDisabledSchema, updateUserAccessSchema } from "@/lib/validation/users";
import { RoleAndAreaFields, type AreaOption } from "./user-fields";

type EditedUser = {
  id: string;
  name: string;
  version: number;
  role: Role;
  areaScope: number[];
  disabled: boolean;
};

// Each form saves one thing and refreshes the page. The forms stay mounted (so their
// confirmation stays visible) and take the refreshed version, so the next save is not
// mistaken for a conflict.
function useLatestVersion(form: { setValue: (name: "version", value: number) => void }, version: number) {
  useEffect(() => {
    form.setValue("version", version);
  }, [form, version]);
}

export function UserAccessForm({ user, areas }: { user: EditedUser; areas: AreaOption[] }) {
  const t = useTranslations("users");
  const router = useRouter();
  const { form, onSubmit, formError, saved, message } = useActionForm({
    schema: updateUserAccessSchema,
    defaultValues: {
      id: user.id,
      version: user.version,
      role: user.role,
      areas: user.areaScope.map(String) as unknown as number[],
    },
    action: updateUserAccessAction,
    onSuccess: () => router.refresh(),
  });
  useLatestVersion(form, user.version);
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-labelledby="access-title">
      <h2 id="access-title" className="text-std-24B-150">
        {t("accessTitle")}
      </h2>
      <FormMessages error={formError} success={saved ? t("saved") : null} />
      <RoleAndAreaFields
        role={form.register("role")}
        areas={form.register("areas")}
        options={areas}
        roleError={message(errors.role?.message)}
        areasError={message(errors.areas?.message)}
      />
      <SubmitButton pending={isSubmitting} label={t("save")} pendingLabel={t("saving")} />
    </form>
  );
}

export function UserDisableForm({ user, isSelf }: { user: EditedUser; isSelf: boolean }) {
  const t = useTranslations("users");
  const router = useRouter();
  const { form, onSubmit, formError, saved } = useActionForm({
    schema: setUserDisabledSchema,
    defaultValues: { id: user.id, version: user.version, disabled: !user.disabled },
    action: setUserDisabledAction,
    onSuccess: () => router.refresh(),
  });
  useLatestVersion(form, user.version);
  useEffect(() => {
    form.setValue("disabled", !user.disabled);
  }, [form, user.disabled]);
  const confirmThenSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    if (!user.disabled && !window.confirm(t("confirmDisable", { name: user.name }))) {
      e.preventDefault();
      return;
    }
    return onSubmit(e);
  };
  return (
    <form onSubmit={confirmThenSubmit} noValidate className="space-y-4" aria-labelledby="disable-title">
      <h2 id="disable-title" className="text-std-24B-150">
        {t("disableTitle")}
      </h2>
      <FormMessages error={formError} success={saved ? t("saved") : null} />
      <p>{t("disableHint")}</p>
      <SubmitButton
        pending={form.formState.isSubmitting || isSelf}
        label={user.disabled ? t("enable") : t("disable")}
        pendingLabel={user.disabled ? t("enable") : t("disable")}
        tone={user.disabled ? "primary" : "danger"}
      />
    </form>
  );
}

export function UserPasswordForm({ user }: { user: EditedUser }) {
  const t = useTranslations("users");
  const router = useRouter();
  const { form, onSubmit, formError, saved, message } = useActionForm({
    schema: resetPasswordSchema,
    defaultValues: { id: user.id, version: user.version, password: "" },
    action: resetUserPasswordAction,
    onSuccess: () => {
      form.reset({ id: user.id, version: user.version + 1, password: "" });
      router.refresh();
    },
  });
  useLatestVersion(form, user.version);
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-labelledby="reset-title">
      <h2 id="reset-title" className="text-std-24B-150">
        {t("resetTitle")}
      </h2>
      <FormMessages error={formError} success={saved ? t("resetDone") : null} />
      <TextField
        id="new-password"
        label={t("newPassword")}
        type="password"
        required
        hint={t("passwordHint")}
        registration={form.register("password")}
        error={message(errors.password?.message)}
        autoComplete="new-password"
      />
      <SubmitButton pending={isSubmitting} label={t("reset")} pendingLabel={t("saving")} />
    </form>
  );
}
