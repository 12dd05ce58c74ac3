"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { FieldError, UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError as FieldErrorText } from "@/components/forms/field-parts";
import { FormMessages, SubmitButton } from "@/components/forms/form-messages";
import { StatusIcon } from "@/components/report/status-icon";
import { saveMilestoneTableAction } from "@/lib/actions/server/milestones";
import { MILESTONE_STATUSES } from "@/lib/domain/code-lists";
import { DATE_PRECISIONS } from "@/lib/domain/partial-date";
import { useActionForm } from "@/lib/forms/use-action-form";
import { milestoneTableSchema, type MilestoneTableInput } from "@/lib/validation/milestones";

/** A row as the page gives it: the form's values, and the title and order it shows beside them. */
export type MilestoneTableItem = MilestoneTableInput["rows"][number] & { seq: number; title: string };

type DateErrors = Partial<Record<"precision" | "year" | "month" | "day", FieldError>>;
type RowErrors = FieldError & { status?: FieldError; planned?: DateErrors; actual?: DateErrors };

const CONTROL = "min-h-11 rounded-8 border bg-white px-2 py-1";
const border = (error: string) => (error ? "border-2 border-red-1000" : "border-solid-gray-600");

/**
 * The status, planned date and actual date of every milestone of one item, edited as one
 * table and saved together. Each row keeps the version it was read at: a row someone else
 * changed meanwhile refuses the save, and that row says so; nothing is saved until all pass.
 */
export function MilestoneTable({
  projectId,
  caption,
  items,
  readOnly,
}: {
  projectId: string;
  caption: string;
  items: MilestoneTableItem[];
  readOnly: boolean;
}) {
  const t = useTranslations("editor.milestoneTable");
  const td = useTranslations("form.date");
  const ts = useTranslations("milestoneStatus");
  const [savedCount, setSavedCount] = useState(0);
  const { form, ready, onSubmit, formError, saved, message } = useActionForm({
    schema: milestoneTableSchema,
    defaultValues: {
      projectId,
      rows: items.map(({ id, version, status, planned, actual }) => ({ id, version, status, planned, actual })),
    },
    action: saveMilestoneTableAction,
    onSuccess: (data) => {
      // Each saved row now has the version it was saved at, so the table can be saved again.
      const rows = form.getValues("rows");
      setSavedCount(data.filter((row, i) => row.version !== rows[i]?.version).length);
      form.reset({ projectId, rows: rows.map((row, i) => ({ ...row, version: data[i]?.version ?? row.version })) });
    },
  });
  const errors = (form.formState.errors.rows ?? []) as unknown as (RowErrors | undefined)[];
  const dirty = (form.formState.dirtyFields.rows ?? []) as unknown[];

  const select = (
    id: string,
    label: string,
    registration: UseFormRegisterReturn,
    options: { value: string; label: string }[],
    error: string,
    rowError: string,
  ) => (
    <span className="flex flex-col gap-1">
      <label htmlFor={id} className="sr-only">
        {label}
      </label>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={
          [describedBy(id, undefined, error || undefined), rowError].filter(Boolean).join(" ") || undefined
        }
        className={`${CONTROL} ${border(error)}`}
        {...registration}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldErrorText id={id} error={error || undefined} />
    </span>
  );

  const dateCell = (i: number, which: "planned" | "actual", title: string, rowError: string) => {
    const id = `milestone-table-${i}-${which}`;
    const partErrors = errors[i]?.[which] ?? {};
    const err = (part: keyof DateErrors) => message(partErrors[part]?.message);
    const legend = t(which);
    const input = (part: "year" | "month" | "day", width: string) => (
      <span className="flex flex-col gap-1">
        <label htmlFor={`${id}-${part}`} className="sr-only">
          {t("part", { title, field: legend, part: td(part) })}
        </label>
        <input
          id={`${id}-${part}`}
          inputMode="numeric"
          autoComplete="off"
          placeholder={td(part)}
          aria-invalid={err(part) ? true : undefined}
          aria-describedby={
            [describedBy(`${id}-${part}`, undefined, err(part) || undefined), rowError].filter(Boolean).join(" ") ||
            undefined
          }
          className={`${CONTROL} ${width} ${border(err(part))}`}
          {...form.register(`rows.${i}.${which}.${part}`)}
        />
        <FieldErrorText id={`${id}-${part}`} error={err(part) || undefined} />
      </span>
    );
    return (
      <td className="p-2 align-top">
        <span className="flex flex-wrap items-start gap-1">
          {select(
            `${id}-precision`,
            t("part", { title, field: legend, part: td("precision") }),
            form.register(`rows.${i}.${which}.precision`),
            [
              { value: "", label: td("none") },
              ...DATE_PRECISIONS.map((p) => ({ value: p, label: td(`precisions.${p}`) })),
            ],
            err("precision"),
            rowError,
          )}
          {input("year", "w-20")}
          {input("month", "w-14")}
          {input("day", "w-14")}
        </span>
      </td>
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <FormMessages
        error={formError}
        success={saved ? (savedCount ? t("saved", { count: savedCount }) : t("nothingChanged")) : null}
      />
      <fieldset disabled={readOnly || !ready || form.formState.isSubmitting} className="min-w-0">
        <legend className="sr-only">{caption}</legend>
        <div className="overflow-x-auto" role="region" aria-label={caption} tabIndex={0}>
          <table className="w-full border-collapse text-left">
            <caption className="mb-2 text-left text-std-20B-150">{caption}</caption>
            <thead>
              <tr className="border-b-2 border-solid-gray-600">
                {(["title", "status", "planned", "actual"] as const).map((key) => (
                  <th key={key} scope="col" className="p-2">
                    {t(key)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((item, i) => {
                const rowError = message(errors[i]?.message);
                const rowErrorId = rowError ? `milestone-table-${i}-row-error` : "";
                const changed = Boolean(dirty[i]);
                return (
                  <tr
                    key={item.id}
                    data-testid={`milestone-row-${item.id}`}
                    className={`border-b border-solid-gray-420 ${rowError ? "bg-red-50" : ""}`}
                  >
                    <th scope="row" className="p-2 text-left align-top font-normal">
                      <span className="mr-2 text-solid-gray-700">{item.seq}.</span>
                      <span className="font-bold">{item.title}</span>
                      {changed && (
                        <span className="ml-2 inline-flex items-center gap-1 text-dns-16N-130 text-blue-900">
                          <StatusIcon shape="circle" />
                          {t("changed")}
                        </span>
                      )}
                      {rowError && (
                        <p id={rowErrorId} className="mt-1 flex items-start gap-1 text-dns-16N-130 text-red-1000">
                          <StatusIcon shape="warning" />
                          <span>{rowError}</span>
                        </p>
                      )}
                    </th>
                    <td className="p-2 align-top">
                      {select(
                        `milestone-table-${i}-status`,
                        t("field", { title: item.title, field: t("status") }),
                        form.register(`rows.${i}.status`),
                        MILESTONE_STATUSES.map((s) => ({ value: s, label: ts(s) })),
                        message(errors[i]?.status?.message),
                        rowErrorId,
                      )}
                    </td>
                    {dateCell(i, "planned", item.title, rowErrorId)}
                    {dateCell(i, "actual", item.title, rowErrorId)}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </fieldset>
      {!readOnly && <SubmitButton pending={form.formState.isSubmitting} label={t("save")} pendingLabel={t("saving")} />}
    </form>
  );
}
