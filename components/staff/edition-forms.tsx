"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { JobProgress } from "@/components/forms/job-progress";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import {
  createEditionAction,
  deleteEditionAction,
  publishEditionAction,
  withdrawEditionAction,
} from "@/lib/actions/server/editions";
import { useActionForm } from "@/lib/forms/use-action-form";
import { useJobProgress } from "@/lib/forms/use-job-progress";
import type { EditionProposal } from "@/lib/report/next-edition";
import { createEditionSchema, publishEditionSchema, withdrawEditionSchema } from "@/lib/validation/editions";

/**
 * Making a draft reads and freezes the whole report: the admin sees each step as it runs.
 * The form proposes the month after the latest edition and its titles.
 */
export type RoundChoice = { id: string; label: string; complete: boolean };

export function CreateEditionForm({ proposal, rounds }: { proposal: EditionProposal; rounds: RoundChoice[] }) {
  const t = useTranslations("editions");
  const router = useRouter();
  const defaults = { ...proposal, roundId: "", overrideReason: "" };
  const { form, onSubmit, formError, saved, message } = useActionForm({
    schema: createEditionSchema,
    defaultValues: defaults,
    action: createEditionAction,
    onSuccess: () => {
      form.reset(defaults);
      router.refresh();
    },
  });
  const [job, setJob] = useState<string | null>(null);
  const running = form.formState.isSubmitting ? job : null;
  const progress = useJobProgress("/staff/editions/progress", running);
  const submit = (event: React.FormEvent<HTMLFormElement>) => {
    const id = crypto.randomUUID();
    setJob(id);
    form.setValue("job", id);
    return onSubmit(event);
  };
  const e = form.formState.errors;
  const chosen = rounds.find((r) => r.id === form.watch("roundId"));
  return (
    <form onSubmit={submit} noValidate className="space-y-4" aria-labelledby="create-edition">
      <h2 id="create-edition" className="text-std-24B-150">
        {t("create")}
      </h2>
      <FormMessages error={formError} success={saved ? t("created") : null} />
      <TextField
        id="edition-period"
        label={t("period")}
        hint={t("periodHint")}
        required
        registration={form.register("period")}
        error={message(e.period?.message)}
        width="short"
      />
      <TextField
        id="edition-titleJa"
        label={t("titleJa")}
        hint={t("titleHint")}
        required
        registration={form.register("titleJa")}
        error={message(e.titleJa?.message)}
      />
      <TextField
        id="edition-titleEn"
        label={t("titleEn")}
        registration={form.register("titleEn")}
        error={message(e.titleEn?.message)}
      />
      {rounds.length > 0 && (
        <SelectField
          id="edition-round"
          label={t("round")}
          hint={t("roundHint")}
          emptyLabel={t("roundNone")}
          options={rounds.map((r) => ({ value: r.id, label: r.label }))}
          registration={form.register("roundId")}
          error={message(e.roundId?.message)}
        />
      )}
      {chosen && !chosen.complete && (
        <p>
          <Link href={`/staff/projects?round=${chosen.id}&report=unapproved`} data-testid="round-unapproved">
            {t("roundUnapprovedLink")}
          </Link>
        </p>
      )}
      {chosen && !chosen.complete && (
        <TextField
          id="edition-overrideReason"
          label={t("overrideReason")}
          hint={t("overrideHint")}
          multiline
          registration={form.register("overrideReason")}
          error={message(e.overrideReason?.message)}
        />
      )}
      <SubmitButton pending={form.formState.isSubmitting} label={t("createButton")} pendingLabel={t("working")} />
      <JobProgress progress={progress} running={running !== null} messages="editions" testId="create-progress" />
    </form>
  );
}

type Edition = { id: string; version: number; period: string; status: "draft" | "published" | "withdrawn" };

/** Publishing a draft (after confirmation), deleting it, or withdrawing a published edition with a public reason. */
export function EditionActions({ edition }: { edition: Edition }) {
  const t = useTranslations("editions");
  const router = useRouter();
  const done = () => router.refresh();
  const publish = useActionForm({
    schema: publishEditionSchema,
    defaultValues: { id: edition.id, version: edition.version },
    action: publishEditionAction,
    onSuccess: done,
  });
  const remove = useActionForm({
    schema: publishEditionSchema,
    defaultValues: { id: edition.id, version: edition.version },
    action: deleteEditionAction,
    onSuccess: done,
  });
  const withdraw = useActionForm({
    schema: withdrawEditionSchema,
    defaultValues: { id: edition.id, version: edition.version, reasonJa: "", reasonEn: "" },
    action: withdrawEditionAction,
    onSuccess: done,
  });
  const confirmed =
    (text: string, submit: (e: React.FormEvent<HTMLFormElement>) => unknown) =>
    (e: React.FormEvent<HTMLFormElement>) => {
      if (!window.confirm(text)) return e.preventDefault();
      return submit(e);
    };
  if (edition.status === "draft") {
    return (
      <div className="flex flex-wrap gap-3">
        <form
          onSubmit={confirmed(t("confirmPublish", { period: edition.period }), publish.onSubmit)}
          noValidate
          aria-label={t("publish")}
        >
          <FormMessages error={publish.formError} />
          <SubmitButton
            pending={publish.form.formState.isSubmitting}
            label={t("publish")}
            pendingLabel={t("working")}
          />
        </form>
        <form
          onSubmit={confirmed(t("confirmDelete", { period: edition.period }), remove.onSubmit)}
          noValidate
          aria-label={t("delete")}
        >
          <FormMessages error={remove.formError} />
          <SubmitButton
            pending={remove.form.formState.isSubmitting}
            label={t("delete")}
            pendingLabel={t("working")}
            tone="danger"
          />
        </form>
      </div>
    );
  }
  if (edition.status !== "published") return null;
  const e = withdraw.form.formState.errors;
  return (
    <details>
      <summary className="min-h-11 cursor-pointer py-2">{t("withdraw")}</summary>
      <form
        onSubmit={confirmed(t("confirmWithdraw", { period: edition.period }), withdraw.onSubmit)}
        noValidate
        className="mt-2 space-y-3"
        aria-label={t("withdraw")}
      >
        <FormMessages error={withdraw.formError} />
        <TextField
          id={`withdraw-${edition.id}-ja`}
          label={t("reasonJa")}
          hint={t("reasonHint")}
          required
          multiline
          registration={withdraw.form.register("reasonJa")}
          error={withdraw.message(e.reasonJa?.message)}
        />
        <TextField
          id={`withdraw-${edition.id}-en`}
          label={t("reasonEn")}
          multiline
          registration={withdraw.form.register("reasonEn")}
          error={withdraw.message(e.reasonEn?.message)}
        />
        <SubmitButton
          pending={withdraw.form.formState.isSubmitting}
          label={t("withdrawButton")}
          pendingLabel={t("working")}
          tone="danger"
        />
      </form>
    </details>
  );
}
