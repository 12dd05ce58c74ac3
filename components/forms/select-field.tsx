"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, FieldHint, RequiredMark } from "./field-parts";

type Props = {
  id: string;
  label: string;
  options: { value: string; label: string }[];
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  required?: boolean;
  /** A first "none" option with an empty value. */
  emptyLabel?: string;
};

export function SelectField({ id, label, options, registration, error, hint, required, emptyLabel }: Props) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-std-17B-170">
        {label}
        {required && <RequiredMark />}
      </label>
      <FieldHint id={id} hint={hint} />
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        aria-required={required || undefined}
        className={`min-h-11 max-w-[480px] rounded-8 border bg-white px-3 py-2 ${error ? "border-2 border-red-1000" : "border-solid-gray-600"}`}
        {...registration}
      >
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError id={id} error={error} />
    </div>
  );
}
