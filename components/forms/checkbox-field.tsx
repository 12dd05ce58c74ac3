"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { FieldError } from "./field-parts";

/** One yes/no choice: the box and its label are one 44px target. */
export function CheckboxField({
  id,
  label,
  registration,
  error,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="inline-flex min-h-11 items-center gap-3">
        <input
          id={id}
          type="checkbox"
          className="h-6 w-6"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          {...registration}
        />
        <span>{label}</span>
      </label>
      <FieldError id={id} error={error} />
    </div>
  );
}
