"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

type Props = {
  id: string;
  legend: string;
  type: "radio" | "checkbox";
  options: { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  required?: boolean;
};

/** Radio buttons or checkboxes in a fieldset with its legend, hint and error. */
export function ChoiceGroup({ id, legend, type, options, registration, error, hint, required }: Props) {
  const t = useTranslations("auth");
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <fieldset className="flex flex-col gap-1" aria-describedby={describedBy} aria-invalid={error ? true : undefined}>
      <legend className="text-std-17B-170">
        {legend}
        {required && <span className="ml-2 text-dns-16N-130 text-red-1000">{t("required")}</span>}
      </legend>
      {hint && (
        <p id={`${id}-hint`} className="text-dns-16N-130 text-solid-gray-700">
          {hint}
        </p>
      )}
      <div className="flex flex-col gap-1">
        {options.map((o) => (
          <label key={o.value} className="inline-flex min-h-11 items-center gap-3">
            <input type={type} value={o.value} className="h-6 w-6" {...registration} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="text-dns-16N-130 text-red-1000">
          {error}
        </p>
      )}
    </fieldset>
  );
}
