"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useForm } from "react-hook-form";
import { describedBy, FieldError, FieldHint, RequiredMark } from "@/components/forms/field-parts";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { JobProgress } from "@/components/forms/job-progress";
import type { ActionResult } from "@/lib/actions/result";
import type { ImportReport } from "@/lib/import/report";
import { useMessage } from "@/lib/forms/use-action-form";
import { useJobProgress } from "@/lib/forms/use-job-progress";
import { importFormSchema } from "@/lib/validation/import";
import type { ImportLabels } from "./import-labels";
import { ImportResult } from "./import-result";

const FILE_ID = "import-file";

/**
 * The import: a dry run of the chosen file first, then applying that very file (the server
 * checks it is the same by its sha256). The steps show while it runs; the result takes the
 * focus when it arrives, so keyboard and screen-reader users land on it.
 */
export function ImportForm({
  labels,
  limitMb,
  canViewAudit,
}: {
  labels: ImportLabels;
  limitMb: number;
  canViewAudit: boolean;
}) {
  const t = useTranslations("import");
  const message = useMessage();
  const form = useForm<{ file: FileList }>({ resolver: zodResolver(importFormSchema), mode: "onSubmit" });
  const [report, setReport] = useState<ImportReport | null>(null);
  const [reviewed, setReviewed] = useState<File | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [pending, setPending] = useState<{ mode: "dryRun" | "apply"; job: string } | null>(null);
  const progress = useJobProgress("/staff/import/progress", pending?.job ?? null);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (report) heading.current?.focus();
  }, [report]);

  const send = async (file: File, mode: "dryRun" | "apply", expectedSha256?: string) => {
    const job = crypto.randomUUID();
    setPending({ mode, job });
    setFormError(null);
    const data = new FormData();
    data.set("file", file);
    data.set("mode", mode);
    data.set("job", job);
    if (expectedSha256) data.set("expectedSha256", expectedSha256);
    try {
      // A route of its own (app/staff/import/upload), with a body limit of its own.
      const response = await fetch("/staff/import/upload", { method: "POST", body: data });
      const result = (await response.json()) as ActionResult<ImportReport>;
      if (result.ok) {
        setReport(result.data);
        return;
      }
      const fileError = result.fieldErrors.file?.[0];
      if (fileError) form.setError("file", { type: "server", message: fileError });
      setFormError(result.formError ?? (fileError ? "errors.formHasErrors" : "errors.unexpected"));
    } catch {
      setFormError("errors.unexpected");
    } finally {
      setPending(null);
    }
  };

  const onDryRun = form.handleSubmit(
    async ({ file }) => {
      const chosen = file[0]!;
      setReport(null);
      setReviewed(chosen);
      await send(chosen, "dryRun");
    },
    () => setFormError("errors.formHasErrors"),
  );
  const onApply = () => {
    if (reviewed && report) void send(reviewed, "apply", report.sha256);
  };

  const registration = form.register("file", {
    // Another file makes the last result meaningless: it is cleared, and must be tried anew.
    onChange: () => {
      setReport(null);
      setReviewed(null);
      setFormError(null);
      form.clearErrors("file");
    },
  });
  const error = message(form.formState.errors.file?.message);
  const hint = t("fileHint", { limitMb });
  return (
    <section aria-labelledby="import-form" className="space-y-6">
      <form onSubmit={onDryRun} noValidate className="space-y-4" aria-labelledby="import-form">
        <h2 id="import-form" className="text-std-24B-150">
          {t("formTitle")}
        </h2>
        <FormMessages error={formError ? message(formError) : null} />
        <div className="flex flex-col gap-1">
          <label htmlFor={FILE_ID} className="text-std-17B-170">
            {t("fileLabel")}
            <RequiredMark />
          </label>
          <FieldHint id={FILE_ID} hint={hint} />
          <input
            id={FILE_ID}
            type="file"
            accept=".xlsx,.zip,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/zip,text/csv"
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy(FILE_ID, hint, error)}
            aria-required
            className={`min-h-11 w-full max-w-[480px] rounded-8 border bg-white px-3 py-2 ${error ? "border-2 border-red-1000" : "border-solid-gray-600"}`}
            {...registration}
          />
          <FieldError id={FILE_ID} error={error} />
        </div>
        {/* Held while anything runs: a second dry run during an apply would only confuse. */}
        <SubmitButton
          pending={pending !== null}
          label={t("dryRun")}
          pendingLabel={pending?.mode === "dryRun" ? t("working") : t("dryRun")}
        />
        <JobProgress progress={progress} running={pending !== null} messages="import" testId="import-progress" />
      </form>
      {report && (
        <ImportResult
          report={report}
          labels={labels}
          canViewAudit={canViewAudit}
          headingRef={heading}
          onApply={report.canApply && reviewed ? onApply : null}
          applying={pending?.mode === "apply"}
        />
      )}
    </section>
  );
}
