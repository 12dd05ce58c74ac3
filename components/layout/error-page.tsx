"use client";

import { useTranslations } from "next-intl";

// Unexpected failures show a calm page, never a stack trace.
export function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("error");
  return (
    <div className="space-y-4">
      <h1 className="text-std-32B-150">{t("title")}</h1>
      <p>{t("body")}</p>
      <button
        type="button"
        onClick={reset}
        className="min-h-11 rounded-8 bg-blue-900 px-4 text-white underline-offset-2 hover:bg-blue-1000"
      >
        {t("retry")}
      </button>
    </div>
  );
}
