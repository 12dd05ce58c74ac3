"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition, type ReactNode } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import type { ActionResult } from "@/lib/actions/result";
import { callAction, useActionForm } from "@/lib/forms/use-action-form";
import { ConflictNotice, type ConflictField } from "./conflict-notice";

type Action = (input: unknown) => Promise<ActionResult<unknown>>;
export type RenderFields = (
  form: UseFormReturn<FieldValues>,
  message: (m: string | undefined) => string,
  idPrefix: string,
) => ReactNode;

type Props = {
  /** The record's one-line summary, shown while the form is closed. */
  summary: ReactNode;
  idPrefix: string;
  schema: z.ZodType<FieldValues, FieldValues>;
  defaults: FieldValues & { id: string; version: number };
  /** Absent for records with nothing to edit (a place: only moved or removed). */
  save?: Action;
  remove?: Action;
  move?: Action;
  position: { index: number; count: number };
  conflictFields: ConflictField[];
  readOnly: boolean;
  renderFields: RenderFields;
  /** What sits under the record (an indicator's targets and observations). */
  children?: ReactNode;
};

/** One record of a list: its form, its save, and moving and deleting it. */
export function RecordItem({
  summary,
  idPrefix,
  schema,
  defaults,
  save,
  remove,
  move,
  position,
  conflictFields,
  readOnly,
  renderFields,
  children,
}: Props) {
  const t = useTranslations("editor");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [open, setOpen] = useState(false);
  const { form, ready, onSubmit, formError, saved, message, conflict, resolveConflict, report } = useActionForm({
    schema,
    defaultValues: defaults,
    action: save ?? (async () => ({ ok: true, data: null })),
    onSuccess: (data) => {
      if (data) form.setValue("version", (data as { version: number }).version);
      router.refresh();
    },
  });
  const act = (run: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await callAction(run);
      report(result);
      if (result.ok) router.refresh();
    });
  const onDelete = () => {
    if (!remove || !window.confirm(t("confirmDelete"))) return;
    act(() => remove({ id: defaults.id, version: form.getValues("version") }));
  };
  const onMove = (direction: "up" | "down") => move && act(() => move({ id: defaults.id, direction }));
  const busy = form.formState.isSubmitting || pending;
  return (
    <li className="rounded-8 border border-solid-gray-420 p-4" data-testid={`record-${defaults.id}`}>
      <details
        open={open || !!formError || !!conflict}
        onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}
      >
        <summary className="min-h-11 cursor-pointer py-2">{summary}</summary>
        <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" aria-label={t("editRecord")}>
          <FormMessages error={formError} success={saved ? t("saved") : null} />
          {conflict && (
            <ConflictNotice
              conflict={conflict}
              mine={form.getValues()}
              fields={conflictFields}
              onResolve={resolveConflict}
            />
          )}
          <fieldset disabled={readOnly || !ready} className="space-y-4">
            <legend className="sr-only">{t("editRecord")}</legend>
            {renderFields(form, message, idPrefix)}
          </fieldset>
          {!readOnly && (
            <div className="flex flex-wrap items-center gap-3">
              {save && <SubmitButton pending={busy} label={t("save")} pendingLabel={t("saving")} />}
              {move && (
                <>
                  <button
                    type="button"
                    disabled={busy || position.index === 0}
                    onClick={() => onMove("up")}
                    className="min-h-11 rounded-8 border border-solid-gray-600 bg-white px-4 disabled:text-solid-gray-420"
                  >
                    {t("moveUp")}
                  </button>
                  <button
                    type="button"
                    disabled={busy || position.index === position.count - 1}
                    onClick={() => onMove("down")}
                    className="min-h-11 rounded-8 border border-solid-gray-600 bg-white px-4 disabled:text-solid-gray-420"
                  >
                    {t("moveDown")}
                  </button>
                </>
              )}
              {remove && (
                <button
                  type="button"
                  disabled={busy}
                  onClick={onDelete}
                  className="min-h-11 rounded-8 border-2 border-red-1000 bg-white px-4 text-red-1000"
                >
                  {t("delete")}
                </button>
              )}
            </div>
          )}
        </form>
      </details>
      {children}
    </li>
  );
}

/** The form that adds a record at the end of a list. */
export function RecordCreate({
  title,
  idPrefix,
  schema,
  defaults,
  create,
  renderFields,
}: {
  title: string;
  idPrefix: string;
  schema: z.ZodType<FieldValues, FieldValues>;
  defaults: FieldValues & { parentId: string };
  create: Action;
  renderFields: RenderFields;
}) {
  const t = useTranslations("editor");
  const router = useRouter();
  const { form, ready, onSubmit, formError, saved, message } = useActionForm({
    schema,
    defaultValues: defaults,
    action: create,
    onSuccess: () => {
      form.reset(defaults);
      router.refresh();
    },
  });
  return (
    <details className="rounded-8 border border-dashed border-solid-gray-600 p-4">
      <summary className="min-h-11 cursor-pointer py-2 font-bold">{title}</summary>
      <form onSubmit={onSubmit} noValidate className="mt-4 space-y-4" aria-label={title}>
        <FormMessages error={formError} success={saved ? t("added") : null} />
        <fieldset disabled={!ready} className="space-y-4">
          {renderFields(form, message, idPrefix)}
        </fieldset>
        <SubmitButton pending={form.formState.isSubmitting} label={t("add")} pendingLabel={t("saving")} />
      </form>
    </details>
  );
}
