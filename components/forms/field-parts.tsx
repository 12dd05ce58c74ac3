"use client";

import { useTranslations } from "next-intl";

// The pieces every labelled field shares: the 「※必須」 mark, the hint and the error as
// text tied to the input by aria-describedby (the design system's rules).

export const describedBy = (id: string, hint?: string, error?: string) =>
  [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;

export function RequiredMark() {
  const t = useTranslations("auth");
  return <span className="ml-2 text-dns-16N-130 text-red-1000">{t("required")}</span>;
}

export function FieldHint({ id, hint }: { id: string; hint?: string }) {
  return hint ? (
    <p id={`${id}-hint`} className="text-dns-16N-130 text-solid-gray-700">
      {hint}
    </p>
  ) : null;
}

export function FieldError({ id, error }: { id: string; error?: string }) {
  return error ? (
    <p id={`${id}-error`} className="text-dns-16N-130 text-red-1000">
      {error}
    </p>
  ) : null;
}
