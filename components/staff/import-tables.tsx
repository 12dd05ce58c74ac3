"use client";

import { useLocale, useTranslations } from "next-intl";
import { runtimeKey } from "@/lib/i18n/runtime-key";
import { StatusIcon, type StatusShape } from "@/components/report/status-icon";
import type { ImportReport } from "@/lib/import/report";
import type { ImportLabels } from "./import-labels";

// The three tables of an import's result: counts per sheet, the rows it adds, changes or
// finds in conflict (old → new), and every error by sheet, row and column. Native tables
// with captions and header scopes; outcomes as icon and text.

const COUNT_KEYS = ["created", "updated", "unchanged", "conflicts", "errors", "notImported"] as const;
const OUTCOME_SHAPES: Record<ImportReport["rows"][number]["outcome"], StatusShape> = {
  created: "check",
  updated: "progress",
  conflict: "warning",
};
const cell = "py-2 pr-4 align-top";

const formatTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "ja-JP", {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "Asia/Tokyo",
  }).format(new Date(iso));

export function CountsTable({ report, labels }: { report: ImportReport; labels: ImportLabels }) {
  const t = useTranslations("import");
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="import-counts">
        <caption className="mb-1 text-left text-std-17B-170">{t("summaryCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            <th scope="col" className="py-1 pr-4">
              {t("sheet")}
            </th>
            {COUNT_KEYS.map((k) => (
              <th key={k} scope="col" className="py-1 pr-4 text-right">
                {t(`counts.${k}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.counts.map((c) => (
            <tr key={c.table} className="border-b border-solid-gray-420" data-testid={`import-count-${c.table}`}>
              <th scope="row" className={`${cell} font-normal`}>
                {labels.tables[c.table] ?? c.table}
              </th>
              {COUNT_KEYS.map((k) => (
                <td key={k} className={`${cell} text-right tabular-nums`}>
                  {c[k]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="border-t-2 border-solid-gray-600 font-bold">
            <th scope="row" className={cell}>
              {t("total")}
            </th>
            {COUNT_KEYS.map((k) => (
              <td key={k} className={`${cell} text-right tabular-nums`}>
                {report.totals[k]}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

export function RowsTable({ report, labels }: { report: ImportReport; labels: ImportLabels }) {
  const t = useTranslations("import");
  const locale = useLocale();
  const shown = (v: string | null) => (v === null ? t("blank") : v);
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid="import-rows">
        <caption className="mb-1 text-left text-std-17B-170">{t("rowsCaption")}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            {[t("sheet"), t("row"), t("outcome"), t("record"), t("changes")].map((h) => (
              <th key={h} scope="col" className="py-1 pr-4">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((r) => (
            <tr key={`${r.table}-${r.row}`} className="border-b border-solid-gray-420">
              <td className={cell}>{labels.tables[r.table] ?? r.table}</td>
              <th scope="row" className={`${cell} font-normal tabular-nums`}>
                {r.row}
              </th>
              <td className={cell}>
                <span className="inline-flex items-center gap-1 whitespace-nowrap">
                  <StatusIcon shape={OUTCOME_SHAPES[r.outcome]} />
                  {t(`outcomes.${r.outcome}`)}
                </span>
              </td>
              <td className={`${cell} break-words`}>
                {r.label}
                {r.conflict && (
                  <p className="text-dns-16N-130 text-red-1000">
                    {r.conflict.updatedBy
                      ? t("conflictBy", { who: r.conflict.updatedBy, when: formatTime(r.conflict.updatedAt, locale) })
                      : t("conflictAt", { when: formatTime(r.conflict.updatedAt, locale) })}
                  </p>
                )}
              </td>
              <td className={cell}>
                <ul className="space-y-1">
                  {r.changes.map((c) => (
                    <li key={c.column} className="break-words">
                      <span className="font-bold">{labels.columns[r.table]?.[c.column] ?? c.column}</span>:{" "}
                      {shown(c.old)} → {shown(c.new)}
                    </li>
                  ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.moreRows > 0 && (
        <p className="mt-2">{t("moreRows", { count: report.moreRows, limit: report.rows.length })}</p>
      )}
    </div>
  );
}

/** The file's problems, or (`warnings`) what it asks the staff to look at without stopping it. */
export function IssuesTable({
  report,
  labels,
  warnings = false,
}: {
  report: ImportReport;
  labels: ImportLabels;
  warnings?: boolean;
}) {
  const items = warnings ? report.warnings : report.issues;
  const t = useTranslations("import");
  const all = useTranslations();
  const text = (message: string, params?: Record<string, string | number>) =>
    all.has(runtimeKey(all, message)) ? all(runtimeKey(all, message), params) : message;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left" data-testid={warnings ? "import-warnings" : "import-issues"}>
        <caption className="mb-1 text-left text-std-17B-170">
          {t(warnings ? "warningsCaption" : "issuesCaption")}
        </caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            {[t("sheet"), t("row"), t("column"), t("message")].map((h) => (
              <th key={h} scope="col" className="py-1 pr-4">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {items.map((i, n) => (
            <tr key={n} className="border-b border-solid-gray-420">
              <td className={cell}>{i.table ? (labels.tables[i.table] ?? i.table) : t("wholeFile")}</td>
              <td className={`${cell} tabular-nums`}>{i.row ?? ""}</td>
              <td className={cell}>
                {i.column
                  ? (labels.columns[i.table ?? ""]?.[i.column] ?? i.column)
                  : i.table && i.row
                    ? t("wholeRow")
                    : ""}
              </td>
              <td className={cell}>
                <span className={`inline-flex items-start gap-1 ${warnings ? "text-orange-900" : "text-red-1000"}`}>
                  <StatusIcon shape={warnings ? "warning" : "cross"} />
                  <span>{text(i.message, i.params)}</span>
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!warnings && report.moreIssues > 0 && (
        <p className="mt-2">{t("moreIssues", { count: report.moreIssues, limit: report.issues.length })}</p>
      )}
    </div>
  );
}
