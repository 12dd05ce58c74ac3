"use client";

import { useTranslations } from "next-intl";
import type { UseFormRegisterReturn } from "react-hook-form";

type Props = {
  id: string;
  label: string;
  registration: UseFormRegisterReturn;
  error?: string;
  hint?: string;
  required?: boolean;
  type?: "text" | "email" | "password";
  autoComplete?: string;
};

/**
 * A labelled input as the design system prescribes: no placeholder, the hint and the error
 * as text tied to the input, 「※必須」 on required fields, 44px tall.
 */
export function TextField({ id, label, registration, error, hint, required, type = "text", autoComplete }: Props) {
  const t = useTranslations("auth");
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-std-17B-170">
        {label}
        {required && <span className="ml-2 text-dns-16N-130 text-red-1000">{t("required")}</span>}
      </label>
      {hint && <p id={`${id}-hint`} className="text-dns-16N-130 text-solid-gray-700">{hint}</p>}
      <input
        id={id}
        type={type}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        aria-required={required || undefined}
        className={`min-h-11 max-w-[480px] rounded-8 border px-3 py-2 bg-white ${error ? "border-red-1000 border-2" : "border-solid-gray-600"}`}
        {...registration}
      />
      {error && <p id={`${id}-error`} className="text-dns-16N-130 text-red-1000">{error}</p>}
    </div>
  );
}
