"use client";

import { useTranslations } from "next-intl";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/lib/forms/use-action-form";
import { signInSchema } from "@/lib/validation/users";
import { signInAction } from "@/lib/actions/server/login";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const { form, onSubmit, formError, message } = useActionForm({
    schema: signInSchema,
    defaultValues: { email: "", password: "" },
    action: (values) => signInAction({ ...values, callbackUrl }),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-[560px] space-y-6" aria-describedby="login-intro">
      <FormMessages error={formError} />
      <TextField
        id="email"
        label={t("email")}
        type="email"
        autoComplete="username"
        required
        registration={form.register("email")}
        error={message(errors.email?.message)}
      />
      <TextField
        id="password"
        label={t("password")}
        type="password"
        autoComplete="current-password"
        required
        registration={form.register("password")}
        error={message(errors.password?.message)}
      />
      <SubmitButton pending={isSubmitting} label={t("submit")} pendingLabel={t("submitting")} />
    </form>
  );
}
