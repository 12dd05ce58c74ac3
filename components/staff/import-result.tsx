"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RefObject } from "react";
import { StatusIcon } from "@/components/report/status-icon";
import type { ImportReport } from "@/lib/import/report";
import type { ImportLabels } from "./import-labels";
import { CountsTable, IssuesTable, RowsTable } from "./import-tables";

/** What the import found or did, what to do next, and where the changes are recorded. */
function Verdict({ report }: { report: ImportReport }) {
  const t = useTranslations("import");
  const { totals } = report;
  const changes = totals.created + totals.updated;
  const problems = report.issues.length > 0 || totals.conflicts > 0;
  let tone: "ok" | "warn" = "ok";
  let text: string;
  if (report.mode === "apply") {
    if (report.applied)
      text = changes ? t("applied", { created: totals.created, updated: totals.updated }) : t("appliedNothing");
    else [tone, text] = ["warn", `${t("notApplied")} ${t("cannotApply")}`];
  } else if (problems) [tone, text] = ["warn", t("cannotApply")];
  else text = changes ? t("readyToApply") : t("nothingToChange");
  return (
    <p
      className={`flex items-start gap-2 rounded-8 border-2 p-3 ${tone === "ok" ? "border-green-900 text-green-900" : "border-red-1000 text-red-1000"}`}
      data-testid="import-verdict"
    >
      <StatusIcon shape={tone === "ok" ? "check" : "warning"} />
      <span>{text}</span>
    </p>
  );
}

export function ImportResult({
  report,
  labels,
  canViewAudit,
  headingRef,
  onApply,
  applying,
}: {
  report: ImportReport;
  labels: ImportLabels;
  canViewAudit: boolean;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onApply: (() => void) | null;
  applying: boolean;
}) {
  const t = useTranslations("import");
  const done = report.mode === "apply" && report.applied && report.totals.created + report.totals.updated > 0;
  return (
    <section aria-labelledby="import-result" className="space-y-6" data-testid="import-result">
      <h2 id="import-result" ref={headingRef} tabIndex={-1} className="text-std-24B-150">
        {t(report.mode === "apply" ? "applyTitle" : "dryRunTitle", { file: report.fileName })}
      </h2>
      <div role="status" aria-live="polite" className="space-y-2">
        <Verdict report={report} />
        {report.mode === "dryRun" && <p>{t("dryRunNote")}</p>}
        {report.totals.conflicts > 0 && <p>{t("conflictHelp")}</p>}
      </div>
      {onApply && (
        <button
          type="button"
          onClick={onApply}
          disabled={applying}
          aria-disabled={applying}
          className="min-h-11 rounded-8 bg-blue-900 px-6 text-std-16B-170 text-white hover:bg-blue-1000 disabled:bg-solid-gray-420"
        >
          {applying ? t("working") : t("apply")}
        </button>
      )}
      {done && (
        <nav aria-labelledby="import-history" className="space-y-1">
          <h3 id="import-history" className="text-std-20B-150">
            {t("historyTitle")}
          </h3>
          <ul className="space-y-1">
            {canViewAudit && (
              <li>
                <Link href="/staff/audit" className="inline-flex min-h-11 items-center">
                  {t("auditLink")}
                </Link>
              </li>
            )}
            {report.projects.map((p) => (
              <li key={p.id}>
                <Link href={`/staff/projects/${p.id}/history`} className="inline-flex min-h-11 items-center">
                  {t("projectHistory", { code: p.code })}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {report.counts.length > 0 && <CountsTable report={report} labels={labels} />}
      {report.rows.length > 0 && <RowsTable report={report} labels={labels} />}
      {report.issues.length > 0 && <IssuesTable report={report} labels={labels} />}
      {report.warnings.length > 0 && <IssuesTable report={report} labels={labels} warnings />}
    </section>
  );
}
