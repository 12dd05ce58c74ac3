"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { TextField } from "@/components/forms/text-field";
import { reviewReportAction, submitReportAction } from "@/lib/actions/server/rounds";
import { useActionForm } from "@/lib/forms/use-action-form";
import { reviewReportSchema, submitReportSchema } from "@/lib/validation/rounds";

type Report = { id: string; version: number };

/** The editor submits the project as it stands, with a short note. */
export function SubmitReportForm({ report, again }: { report: Report; again: boolean }) {
  const t = useTranslations("rounds");
  const router = useRouter();
  const { form, ready, onSubmit, formError, saved, message } = useActionForm({
    schema: submitReportSchema,
    defaultValues: { id: report.id, version: report.version, note: "" },
    action: submitReportAction,
    onSuccess: () => router.refresh(),
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={again ? t("resubmit") : t("submit")}>
      <FormMessages error={formError} success={saved ? t("submitted") : null} />
      <fieldset disabled={!ready} className="space-y-4">
        <TextField
          id={`note-${report.id}`}
          label={t("note")}
          hint={t("noteHint")}
          multiline
          registration={form.register("note")}
          error={message(form.formState.errors.note?.message)}
        />
        <SubmitButton
          pending={form.formState.isSubmitting}
          label={again ? t("resubmit") : t("submit")}
          pendingLabel={t("submitting")}
        />
      </fieldset>
    </form>
  );
}

/** The reviewer approves the project as it stands, or returns it with a comment. */
export function ReviewReportForm({ report }: { report: Report }) {
  const t = useTranslations("rounds");
  const router = useRouter();
  const { form, ready, onSubmit, formError, saved, message } = useActionForm({
    schema: reviewReportSchema,
    defaultValues: { id: report.id, version: report.version, decision: "approve" as "approve" | "return", comment: "" },
    action: reviewReportAction,
    onSuccess: () => router.refresh(),
  });
  const decision = form.watch("decision");
  // Each button says what it does; the one pressed sets the decision before the form is sent.
  const choose = (value: "approve" | "return") => () => form.setValue("decision", value);
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("reviewForm")}>
      <FormMessages
        error={formError}
        success={saved ? (decision === "approve" ? t("approvedDone") : t("returnedDone")) : null}
      />
      <fieldset disabled={!ready} className="space-y-4">
        <TextField
          id={`comment-${report.id}`}
          label={t("reviewComment")}
          hint={t("reviewCommentHint")}
          multiline
          registration={form.register("comment")}
          error={message(form.formState.errors.comment?.message)}
        />
        <div className="flex flex-wrap gap-3">
          <SubmitButton
            pending={form.formState.isSubmitting && decision === "approve"}
            label={t("approve")}
            pendingLabel={t("reviewing")}
            onClick={choose("approve")}
          />
          <SubmitButton
            pending={form.formState.isSubmitting && decision === "return"}
            label={t("return")}
            pendingLabel={t("reviewing")}
            tone="danger"
            onClick={choose("return")}
          />
        </div>
      </fieldset>
    </form>
  );
}
