import type { ImportIssue } from "./types";

// Staff fix a whole file in one sitting, so every reader reports all it finds rather than
// stopping at the first problem; past a cap the list stops helping (and a hostile file
// could make it endless), so the last place says there were more.

export const MAX_ISSUES = 200;

/**
 * Rows a table may have: far more than the plan needs (an edition of 10,000 projects has
 * some 40,000 in its largest table), and a bound on what a file of blank lines can cost.
 */
export const MAX_ROWS = 100_000;

/** What a problem echoes of a cell's text: enough to find it, never the whole of a long text. */
export const ECHO_LENGTH = 100;

const short = (value: string | number) =>
  typeof value === "string" && value.length > ECHO_LENGTH ? `${value.slice(0, ECHO_LENGTH)}…` : value;

/** The issue with every text it quotes cut to ECHO_LENGTH characters and "…". */
export function shortened(issue: ImportIssue): ImportIssue {
  if (!issue.params) return issue;
  return { ...issue, params: Object.fromEntries(Object.entries(issue.params).map(([k, v]) => [k, short(v)])) };
}

export class IssueList {
  readonly items: ImportIssue[] = [];
  private dropped = false;

  add(issue: Omit<ImportIssue, "table" | "row" | "column"> & Partial<ImportIssue>): void {
    if (this.items.length >= MAX_ISSUES - 1) {
      if (!this.dropped)
        this.items.push({
          table: null,
          row: null,
          column: null,
          message: "importFile.tooManyIssues",
          params: { limit: MAX_ISSUES },
        });
      this.dropped = true;
      return;
    }
    const { params, ...rest } = issue;
    this.items.push(shortened({ table: null, row: null, column: null, ...rest, ...(params ? { params } : {}) }));
  }

  get full(): boolean {
    return this.dropped;
  }

  get empty(): boolean {
    return this.items.length === 0;
  }
}

/** The result of a step that finds the file unreadable: its one issue. */
export const fileIssue = (message: string, params?: ImportIssue["params"]): ImportIssue[] => [
  { table: null, row: null, column: null, message, ...(params ? { params } : {}) },
];
