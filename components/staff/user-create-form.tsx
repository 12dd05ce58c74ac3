"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { TextField } from "@/components/forms/text-field";
import { createUserAction } from "@/lib/actions/server/users";
import { useActionForm } from "@/lib/forms/use-action-form";
import { createUserSchema } from "@/lib/validation/users";
import { RoleAndAreaFields, type AreaOption } from "./user-fields";

export function UserCreateForm({ areas }: { areas: AreaOption[] }) {
  const t = useTranslations("users");
  const router = useRouter();
  const { form, onSubmit, formError, message } = useActionForm({
    schema: createUserSchema,
    defaultValues: { email: "", name: "", role: "editor", areas: [], password: "" },
    action: createUserAction,
    onSuccess: (data) => router.push(`/staff/users/${data.id}?created=1`),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      <FormMessages error={formError} />
      <TextField
        id="name"
        label={t("name")}
        required
        registration={form.register("name")}
        error={message(errors.name?.message)}
        autoComplete="off"
      />
      <TextField
        id="email"
        label={t("email")}
        type="email"
        required
        registration={form.register("email")}
        error={message(errors.email?.message)}
        autoComplete="off"
      />
      <RoleAndAreaFields
        role={form.register("role")}
        areas={form.register("areas")}
        options={areas}
        roleError={message(errors.role?.message)}
        areasError={message(errors.areas?.message)}
      />
      <TextField
        id="password"
        label={t("password")}
        type="password"
        required
        hint={t("passwordHint")}
        registration={form.register("password")}
        error={message(errors.password?.message)}
        autoComplete="new-password"
      />
      <SubmitButton pending={isSubmitting} label={t("create")} pendingLabel={t("saving")} />
    </form>
  );
}
