"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { z } from "zod";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { sendDigestsAction } from "@/lib/actions/server/rounds";
import { useActionForm } from "@/lib/forms/use-action-form";

const noInput = z.object({});

/** Today's digests now, as the daily run writes them (one per person per day, whoever asks). */
export function SendDigestsForm() {
  const t = useTranslations("outbox");
  const router = useRouter();
  const [done, setDone] = useState<{ digests: number; alreadySent: number } | null>(null);
  const { form, onSubmit, formError } = useActionForm({
    schema: noInput,
    defaultValues: {},
    action: sendDigestsAction,
    onSuccess: (run) => {
      setDone(run);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-2" aria-label={t("send")}>
      <FormMessages error={formError} success={done ? t("sentDone", done) : null} />
      <p className="text-dns-16N-130 text-solid-gray-700">{t("sendHint")}</p>
      <SubmitButton pending={form.formState.isSubmitting} label={t("send")} pendingLabel={t("sending")} />
    </form>
  );
}
