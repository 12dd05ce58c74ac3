"use client";

import { useTranslations } from "next-intl";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import { DATE_PRECISIONS } from "@/lib/domain/partial-date";
import { describedBy, FieldError } from "./field-parts";

type Props<F extends FieldValues> = {
  id: string;
  legend: string;
  /** The form field holding { precision, year, month, day }. */
  name: string;
  form: UseFormReturn<F>;
  message: (m: string | undefined) => string;
};

/**
 * A reported date at its own precision: 2021年度, 2021年10月下旬, 2021年10月3日. The
 * precision comes first and says which of year, month and day are needed.
 */
export function PartialDateField<F extends FieldValues>({ id, legend, name, form, message }: Props<F>) {
  const t = useTranslations("form");
  const errors = (name
    .split(".")
    .reduce<unknown>((e, k) => (e as Record<string, unknown> | undefined)?.[k], form.formState.errors) ?? {}) as Record<
    string,
    { message?: string } | undefined
  >;
  const field = (part: string) => `${name}.${part}` as Path<F>;
  const err = (part: string) => message(errors[part]?.message);
  const input = (part: "year" | "month" | "day", width: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-${part}`}>{t(`date.${part}`)}</label>
      <input
        id={`${id}-${part}`}
        inputMode="numeric"
        autoComplete="off"
        aria-invalid={err(part) ? true : undefined}
        aria-describedby={describedBy(`${id}-${part}`, undefined, err(part) || undefined)}
        className={`min-h-11 ${width} rounded-8 border bg-white px-3 py-2 ${err(part) ? "border-2 border-red-1000" : "border-solid-gray-600"}`}
        {...form.register(field(part))}
      />
      <FieldError id={`${id}-${part}`} error={err(part) || undefined} />
    </div>
  );
  return (
    <fieldset className="flex flex-col gap-2" aria-describedby={`${id}-hint`}>
      <legend className="text-std-17B-170">{legend}</legend>
      <p id={`${id}-hint`} className="text-dns-16N-130 text-solid-gray-700">
        {t("date.hint")}
      </p>
      <div className="flex flex-wrap items-start gap-4">
        <div className="flex flex-col gap-1">
          <label htmlFor={`${id}-precision`}>{t("date.precision")}</label>
          <select
            id={`${id}-precision`}
            aria-invalid={err("precision") ? true : undefined}
            aria-describedby={describedBy(`${id}-precision`, undefined, err("precision") || undefined)}
            className={`min-h-11 rounded-8 border bg-white px-3 py-2 ${err("precision") ? "border-2 border-red-1000" : "border-solid-gray-600"}`}
            {...form.register(field("precision"))}
          >
            <option value="">{t("date.none")}</option>
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {t(`date.precisions.${p}`)}
              </option>
            ))}
          </select>
          <FieldError id={`${id}-precision`} error={err("precision") || undefined} />
        </div>
        {input("year", "w-28")}
        {input("month", "w-20")}
        {input("day", "w-20")}
      </div>
    </fieldset>
  );
}
