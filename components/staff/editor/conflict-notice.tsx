"use client";

import { useLocale, useTranslations } from "next-intl";
import { StatusIcon } from "@/components/report/status-icon";
import { formatPartialDate } from "@/lib/format/dates";
import type { Conflict } from "@/lib/actions/result";
import { partialDateSchema } from "@/lib/validation/partial-date";

export type ConflictField = { name: string; label: string; format?: (value: unknown) => string };

/** A date as the form holds it, shown as the report would write it. */
function formatDateInput(value: unknown, locale: "ja" | "en") {
  const parsed = partialDateSchema.safeParse(value);
  return parsed.success && parsed.data ? formatPartialDate(parsed.data, locale) : null;
}

function useFormatValue() {
  const t = useTranslations("editor");
  const locale = useLocale() === "en" ? "en" : "ja";
  return (value: unknown, format?: (v: unknown) => string): string => {
    if (format) return format(value);
    if (value === null || value === undefined || value === "") return t("none");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (Array.isArray(value)) return value.length ? value.join("、") : t("none");
    if (typeof value === "object") return formatDateInput(value, locale) ?? t("none");
    return String(value);
  };
}

const formatTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Tokyo",
  }).format(new Date(iso));

/**
 * Someone saved this record after the form was opened. Nothing was written; the user
 * sees their values beside their own and chooses which to keep.
 */
export function ConflictNotice({
  conflict,
  mine,
  fields,
  onResolve,
}: {
  conflict: Conflict;
  mine: Record<string, unknown>;
  fields: ConflictField[];
  onResolve: (choice: "theirs" | "mine") => void;
}) {
  const t = useTranslations("editor");
  const locale = useLocale();
  const show = useFormatValue();
  const who = conflict.updatedBy ?? t("someone");
  if (!conflict.current) {
    return (
      <div className="space-y-2 rounded-8 border-2 border-red-1000 p-4" data-testid="conflict">
        <p className="flex items-start gap-2 font-bold">
          <StatusIcon shape="warning" />
          <span>{t("deletedMeanwhile")}</span>
        </p>
        <p>{t("deletedHint")}</p>
      </div>
    );
  }
  const current = conflict.current;
  return (
    <div className="space-y-3 rounded-8 border-2 border-red-1000 p-4" data-testid="conflict">
      <p className="flex items-start gap-2 font-bold">
        <StatusIcon shape="warning" />
        <span>{t("conflictBy", { name: who, time: formatTime(conflict.updatedAt, locale) })}</span>
      </p>
      <p>{t("conflictHint")}</p>
      <table className="w-full border-collapse text-left">
        <caption className="sr-only">{t("conflictTable")}</caption>
        <thead>
          <tr className="border-b border-solid-gray-420">
            <th scope="col" className="p-2">
              {t("field")}
            </th>
            <th scope="col" className="p-2">
              {t("theirValue", { name: who })}
            </th>
            <th scope="col" className="p-2">
              {t("yourValue")}
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f) => {
            const theirs = show(current[f.name], f.format);
            const yours = show(mine[f.name], f.format);
            const differs = theirs !== yours;
            return (
              <tr key={f.name} className="border-b border-solid-gray-420 align-top">
                <th scope="row" className="p-2 font-bold">
                  {f.label}
                  {differs && <span className="ml-2 text-red-1000">{t("differs")}</span>}
                </th>
                <td className="p-2 break-words whitespace-pre-wrap">{theirs}</td>
                <td className="p-2 break-words whitespace-pre-wrap">{yours}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => onResolve("theirs")}
          className="min-h-11 rounded-8 border-2 border-blue-900 bg-white px-4 text-blue-900"
        >
          {t("useTheirs")}
        </button>
        <button
          type="button"
          onClick={() => onResolve("mine")}
          className="min-h-11 rounded-8 border-2 border-blue-900 bg-white px-4 text-blue-900"
        >
          {t("keepMine")}
        </button>
      </div>
    </div>
  );
}
