import type { Outcome, PlannedRow } from "./plan-context";
import type { Plan, TableCounts } from "./plan";
import { shortened } from "./issues";
import type { ImportIssue } from "./read-file";

// What the page shows of an import: counts per sheet, the rows it creates, updates or finds
// in conflict (with old and new values), and every issue. Long lists are cut at a limit
// and say how many more there are, so that a bad file of 100,000 rows still answers small.

export const REPORT_LIMIT = 500;
const HISTORY_LINKS = 20;

export type ReportRow = Omit<PlannedRow, "write" | "outcome"> & { outcome: Exclude<Outcome, "unchanged"> };
export type Totals = Omit<TableCounts, "table">;

export type ImportReport = {
  mode: "dryRun" | "apply";
  /** Whether the changes were written (apply only). */
  applied: boolean;
  /** A dry run found changes and no error or conflict: the page offers to apply. */
  canApply: boolean;
  fileName: string;
  sha256: string;
  format: "xlsx" | "csv" | "zip" | null;
  counts: TableCounts[];
  totals: Totals;
  rows: ReportRow[];
  moreRows: number;
  issues: ImportIssue[];
  moreIssues: number;
  /** What the dry run asks the staff to look at, without stopping the import. */
  warnings: ImportIssue[];
  /** Projects the import changes, for links to their history. */
  projects: { id: string; code: string }[];
};

const TOTAL_KEYS = ["created", "updated", "unchanged", "conflicts", "errors", "notImported"] as const;

export function totalsOf(counts: TableCounts[]): Totals {
  return Object.fromEntries(TOTAL_KEYS.map((k) => [k, counts.reduce((n, c) => n + c[k], 0)])) as Totals;
}

export function buildReport(
  file: { fileName: string; sha256: string; format: ImportReport["format"] },
  mode: ImportReport["mode"],
  plan: Plan,
  applied: boolean,
): ImportReport {
  const totals = totalsOf(plan.counts);
  const listed = plan.rows.filter(
    (r): r is PlannedRow & { outcome: ReportRow["outcome"] } => r.outcome !== "unchanged",
  );
  const rows = listed.slice(0, REPORT_LIMIT).map(({ write: _write, ...r }) => r);
  const changed = new Map<string, string>();
  for (const r of listed)
    if (r.projectId && r.outcome !== "conflict" && changed.size < HISTORY_LINKS) changed.set(r.projectId, r.code);
  const clean = plan.issues.length === 0 && totals.conflicts === 0;
  return {
    mode,
    applied,
    ...file,
    canApply: mode === "dryRun" && clean && totals.created + totals.updated > 0,
    counts: plan.counts,
    totals,
    rows,
    moreRows: listed.length - rows.length,
    issues: plan.issues.slice(0, REPORT_LIMIT).map(shortened),
    warnings: listed
      .flatMap((r) =>
        (r.staleEnglish ?? []).map((column) => ({
          table: r.table,
          row: r.row,
          column,
          message: "import.warnings.englishUnchanged",
        })),
      )
      .slice(0, REPORT_LIMIT),
    moreIssues: Math.max(0, plan.issues.length - REPORT_LIMIT),
    projects: [...changed].map(([id, code]) => ({ id, code })),
  };
}

/** A file that could not be read at all: only its issues. */
export function unreadableReport(
  file: { fileName: string; sha256: string },
  mode: ImportReport["mode"],
  issues: ImportIssue[],
): ImportReport {
  return buildReport({ ...file, format: null }, mode, { rows: [], issues, counts: [] }, false);
}
