"use client";

import type { UseFormRegisterReturn } from "react-hook-form";
import { describedBy, FieldError, FieldHint, RequiredMark } from "./field-parts";

type Props = {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: "text" | "email" | "password";
  autoComplete?: string;
  /** Several lines of text (a note, a summary). */
  multiline?: boolean;
  inputMode?: "numeric" | "decimal";
  width?: "full" | "short";
};

/**
 * A labelled input as the design system prescribes: no placeholder, the hint and the error
 * as text tied to the input, 「※必須」 on required fields, 44px tall.
 */
export function TextField({
  id,
  label,
  registration,
  error,
  hint,
  required,
  type = "text",
  autoComplete,
  multiline,
  inputMode,
  width = "full",
}: Props) {
  const common = {
    id,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(id, hint, error),
    "aria-required": required || undefined,
    className: `min-h-11 ${width === "short" ? "w-32" : "w-full max-w-[480px]"} rounded-8 border px-3 py-2 bg-white ${error ? "border-red-1000 border-2" : "border-solid-gray-600"}`,
    ...registration,
  };
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-std-17B-170">
        {label}
        {required && <RequiredMark />}
      </label>
      <FieldHint id={id} hint={hint} />
      {multiline ? (
        <textarea rows={4} {...common} className={`${common.className} max-w-[720px]`} />
      ) : (
        <input type={type} autoComplete={autoComplete} inputMode={inputMode} {...common} />
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}
