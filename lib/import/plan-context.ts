import type { z } from "zod";
import type { Tx } from "@/db/connection";
import type { Editing } from "@/db/mutations/records";
import type { ImportState } from "@/db/queries/import";
import { pick } from "@/db/records/conflict";
import type { StoredRecord } from "@/db/records/kinds";
import { authorizeOwner, type Owner } from "@/db/records/owner";
import { DomainError } from "@/lib/domain/errors";
import type { Actor } from "@/lib/domain/permissions";
import type { TableName } from "@/lib/export/tables";
import { circled } from "@/lib/domain/circled";
import { canonicalDecimal } from "./convert";
import { columnOfField, columnOfStored, type Cells, type ImportSpec } from "./importable";
import type { ImportIssue } from "./read-file";

// What planning one row needs and gives back: the stored rows it is compared with, who
// is importing, and the row's outcome (created, updated, unchanged, a conflict) with the
// write that carries it out once the whole file has been found clean.

export type Outcome = "created" | "updated" | "unchanged" | "conflict";
export type ChangedColumn = { column: string; old: string | null; new: string | null };
type Row = Record<string, unknown>;

/** The write behind a planned row; run only when the whole file plans without an error or conflict. */
export type Write = (tx: Tx, editing: Omit<Editing, "scope">) => Promise<unknown>;

export type PlannedRow = {
  table: TableName;
  row: number;
  outcome: Outcome;
  label: string;
  projectId: string | null;
  /** The project's code (1-②), empty for the plan's own figures. */
  code: string;
  changes: ChangedColumn[];
  conflict?: { updatedBy: string | null; updatedAt: string };
  /** English columns left as they were while their Japanese changed: a warning, not an error. */
  staleEnglish?: string[];
  write?: Write;
};

export type PreparedRow = { table: TableName; row: number; cells: Cells; spec: ImportSpec };
export type RowIssue = Omit<ImportIssue, "table" | "row">;
/** One row's plan: its outcome, or the issues that stop it. */
export type RowPlan = { planned: PlannedRow } | { issues: RowIssue[] };

export type PlanContext = {
  tx: Tx;
  actor: Actor;
  state: ImportState;
  projects: Map<string, ImportState["projects"][number]>;
  /** "projectId:key" (projectId blank for plan-level figures) → the indicator's id. */
  indicators: Map<string, string>;
  organizations: Map<string, ImportState["organizations"][number]>;
  /** "projectId:organizationId" → the stored link. */
  organizationLinks: Map<string, ImportState["organizationLinks"][number]>;
  /** A project's links to the same initiative in other areas (kept as they are). */
  linkedProjects: Map<string, string[]>;
  areas: Set<number>;
  /** Stored milestones, notes, targets and observations by id. */
  records: { [K in "milestone" | "progress" | "target" | "observation"]: Map<string, StoredRecord<K>> };
  userNames: Map<string, string>;
};

export const issues = (...list: RowIssue[]): RowPlan => ({ issues: list });
export const issue = (column: string | null, message: string, params?: Record<string, string | number>): RowPlan =>
  issues({ column, message, ...(params ? { params } : {}) });

export const ownerOf = (p: { id: string; areaNumber: number; number: number }): Owner => ({
  projectId: p.id,
  areaNumber: p.areaNumber,
  code: `${p.areaNumber}-${circled(p.number)}`,
});
export const PLAN_LEVEL: Owner = { projectId: null, areaNumber: null, code: "" };

/** Whether the importer may change records of this project (editors: their areas; plan-level: admins). */
export const mayChange = (owner: Owner, actor: Actor) => authorizeOwner(owner, actor) !== false;

export const forbidden = (owner: Owner, column: string | null) =>
  owner.areaNumber === null
    ? issue(column, "import.issues.planLevelAdminsOnly")
    : issue(column, "import.issues.outsideAreas", { area: owner.areaNumber });

/** Parses a row's form values with the editor's own schema; errors land on the row's columns. */
export function parseRow<S extends z.ZodType>(
  schema: S,
  input: unknown,
  spec: ImportSpec,
): { data: z.output<S> } | { issues: RowIssue[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { data: parsed.data };
  const seen = new Set<string>();
  const list: RowIssue[] = [];
  for (const i of parsed.error.issues) {
    const column = columnOfField(spec, i.path);
    const key = `${column}:${i.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    list.push({ column, message: i.message });
  }
  return { issues: list };
}

/** A rule the database checks (RECORD_CHECKS, a mutation's own refusal) as issues on the row's columns. */
export function refusalIssues(e: unknown, spec: ImportSpec): RowIssue[] {
  if (!(e instanceof DomainError)) throw e;
  const fields = Object.entries(e.fieldErrors).flatMap(([path, messages]) =>
    messages.map((message) => ({ column: columnOfField(spec, path.split(".")), message })),
  );
  return e.formError ? [{ column: null, message: e.formError }, ...fields] : fields;
}

const NUMERIC = new Set(["value"]);
const same = (field: string, a: unknown, b: unknown) =>
  NUMERIC.has(field)
    ? canonicalDecimal(a ?? null) === canonicalDecimal(b ?? null)
    : JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const shown = (v: unknown) => (v === null || v === undefined || v === "" ? null : String(v));

/** The stored fields a row would change, with old and new values as the report shows them. */
export function differences(current: Row, next: Row): ChangedColumn[] {
  return Object.keys(next)
    .filter((field) => !same(field, current[field], next[field]))
    .map((field) => ({ column: columnOfStored(field), old: shown(current[field]), new: shown(next[field]) }));
}

/**
 * An update's English columns that stayed as they were though their Japanese changed (and
 * were not empty): probably no longer a translation of it. Listed in the dry run as a warning.
 */
export function withStaleEnglish(plan: RowPlan, current: Row, next: Row): RowPlan {
  if (!("planned" in plan) || plan.planned.outcome !== "updated") return plan;
  const stale = Object.keys(next)
    .filter((field) => field.endsWith("Ja") && !same(field, current[field], next[field]))
    .map((field) => `${field.slice(0, -2)}En`)
    .filter((en) => en in next && Boolean(current[en]) && same(en, current[en], next[en]))
    .map(columnOfStored);
  return stale.length ? { planned: { ...plan.planned, staleEnglish: stale } } : plan;
}

/** A decimal written differently but equal (5400 / 5400.0) keeps its stored form, so it is no change in the log. */
export function keepStoredDecimals<V extends object>(current: object, values: V): V {
  const stored = pick(current, ["value"]).value;
  return "value" in values && same("value", stored, values.value) ? { ...values, value: stored } : values;
}

type Versioned = { version: number; updatedAt: Date; updatedBy: string | null };

/**
 * A stored row the file would change: unchanged when equal, whatever its version; an error
 * when the importer may not change it or left its version out; a conflict when someone
 * saved it since the export (named, like checkVersion does); otherwise an update.
 */
export function versionVerdict(
  ctx: PlanContext,
  stored: Versioned,
  fileVersion: unknown,
  changes: ChangedColumn[],
  owner: Owner,
  base: Omit<PlannedRow, "outcome" | "changes" | "write">,
  write: Write,
  idColumn: string | null,
): RowPlan {
  if (changes.length === 0) return { planned: { ...base, outcome: "unchanged", changes } };
  if (!mayChange(owner, ctx.actor)) return forbidden(owner, idColumn);
  if (typeof fileVersion !== "number") return issue("version", "import.issues.versionMissing");
  if (fileVersion !== stored.version) {
    const updatedBy = stored.updatedBy ? (ctx.userNames.get(stored.updatedBy) ?? null) : null;
    return {
      planned: {
        ...base,
        outcome: "conflict",
        changes,
        conflict: { updatedBy, updatedAt: stored.updatedAt.toISOString() },
      },
    };
  }
  return { planned: { ...base, outcome: "updated", changes, write } };
}
