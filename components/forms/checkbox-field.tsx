"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, FieldHint } from "./field-parts";

/** One yes/no choice: the box and its label are one 44px target. */
export function CheckboxField({
  id,
  label,
  registration,
  error,
  hint,
}: {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="inline-flex min-h-11 items-center gap-3">
        <input
          id={id}
          type="checkbox"
          className="h-6 w-6"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, hint, error)}
          {...registration}
        />
        <span>{label}</span>
      </label>
      <FieldHint id={id} hint={hint} />
      <FieldError id={id} error={error} />
    </div>
  );
}
