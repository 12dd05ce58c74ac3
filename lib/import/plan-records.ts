import { createRecord, saveRecord } from "@/db/mutations/records";
import { RECORD_CHECKS } from "@/db/records/checks";
import { KINDS, type KindSpec, type RecordKind, type RecordValues, type StoredRecord } from "@/db/records/kinds";
import { pick } from "@/db/records/conflict";
import type { Owner } from "@/db/records/owner";
import { RECORD_FORMS, type RecordForm, type RecordSchemas } from "@/lib/records/forms";
import {
  differences,
  withStaleEnglish,
  forbidden,
  issue,
  keepStoredDecimals,
  mayChange,
  ownerOf,
  parseRow,
  PLAN_LEVEL,
  refusalIssues,
  versionVerdict,
  type PlanContext,
  type PreparedRow,
  type RowPlan,
} from "./plan-context";

// A row of milestones, progress notes, targets or observations: a new record when its id
// cell is blank, else the stored one it names, found under the same project (and, for
// targets and observations, the same indicator) as the file says.

export type ImportedKind = Extract<RecordKind, "milestone" | "progress" | "target" | "observation">;

/** Where the record sits: the project it belongs to, or the indicator (by project and key) for targets and observations. */
function parentOf<K extends ImportedKind>(
  ctx: PlanContext,
  spec: KindSpec<K>,
  cells: PreparedRow["cells"],
): { parentId: string; owner: Owner } | RowPlan {
  const projectId = cells.project_id as string | null;
  const project = projectId ? ctx.projects.get(projectId) : undefined;
  if (projectId && !project) return issue("project_id", "import.issues.unknownProject", { id: projectId });
  if (spec.parent === "project") {
    if (!project) return issue("project_id", "validation.required");
    return { parentId: project.id, owner: ownerOf(project) };
  }
  const key = cells.indicator_key as string;
  if (!key) return issue("indicator_key", "validation.required");
  const indicatorId = ctx.indicators.get(`${projectId ?? ""}:${key}`);
  if (!indicatorId) return issue("indicator_key", "import.issues.unknownIndicator", { key });
  return { parentId: indicatorId, owner: project ? ownerOf(project) : PLAN_LEVEL };
}

async function checksPass<K extends ImportedKind>(
  ctx: PlanContext,
  row: PreparedRow,
  kind: K,
  parentId: string,
  next: RecordValues<K>,
): Promise<RowPlan | null> {
  try {
    await RECORD_CHECKS[kind]?.(ctx.tx, parentId, next);
    return null;
  } catch (e) {
    return { issues: refusalIssues(e, row.spec) };
  }
}

async function planRecord<K extends ImportedKind, S extends RecordSchemas>(
  ctx: PlanContext,
  row: PreparedRow,
  spec: KindSpec<K>,
  form: RecordForm<K, S>,
  storedRecords: Map<string, StoredRecord<K>>,
): Promise<RowPlan> {
  const parent = parentOf(ctx, spec, row.cells);
  if (!("parentId" in parent)) return parent;
  const { parentId, owner } = parent;
  const parsed = parseRow<S["create"]>(form.schemas.create, { parentId, ...row.spec.toInput(row.cells) }, row.spec);
  if ("issues" in parsed) return parsed;
  const id = row.cells[row.spec.idColumn!] as string | null;
  const base = { table: row.table, row: row.row, projectId: owner.projectId, code: owner.code };

  if (!id) {
    if (!mayChange(owner, ctx.actor)) return forbidden(owner, "project_id");
    const next = form.toRow(parsed.data);
    const refused = await checksPass(ctx, row, spec.kind, parentId, next);
    if (refused) return refused;
    return {
      planned: {
        ...base,
        outcome: "created",
        label: [owner.code, spec.label(next)].filter(Boolean).join(" "),
        changes: differences({}, next),
        write: (tx, editing) => createRecord(tx, spec, parentId, next, { ...editing, scope: owner }),
      },
    };
  }

  const stored = storedRecords.get(id);
  if (!stored) return issue(row.spec.idColumn, "import.issues.unknownId", { id });
  if (spec.parentIdOf(stored) !== parentId)
    return issue(spec.parent === "project" ? "project_id" : "indicator_key", "import.issues.otherParent");
  const next = keepStoredDecimals(stored, form.toRow(parsed.data));
  const changes = differences(pick(stored, spec.written), next);
  const verdict = versionVerdict(
    ctx,
    stored,
    row.cells.version,
    changes,
    owner,
    { ...base, label: [owner.code, spec.label({ ...stored, ...next })].filter(Boolean).join(" ") },
    (tx, editing) => saveRecord(tx, spec, { id, version: stored.version }, next, { ...editing, scope: owner }),
    row.spec.idColumn,
  );
  if ("planned" in verdict && verdict.planned.outcome === "updated") {
    const refused = await checksPass(ctx, row, spec.kind, parentId, next);
    if (refused) return refused;
  }
  return withStaleEnglish(verdict, stored, next);
}

const PLANS: { [K in ImportedKind]: (ctx: PlanContext, row: PreparedRow) => Promise<RowPlan> } = {
  milestone: (ctx, row) => planRecord(ctx, row, KINDS.milestone, RECORD_FORMS.milestone, ctx.records.milestone),
  progress: (ctx, row) => planRecord(ctx, row, KINDS.progress, RECORD_FORMS.progress, ctx.records.progress),
  target: (ctx, row) => planRecord(ctx, row, KINDS.target, RECORD_FORMS.target, ctx.records.target),
  observation: (ctx, row) => planRecord(ctx, row, KINDS.observation, RECORD_FORMS.observation, ctx.records.observation),
};

export const planRecordRow = (ctx: PlanContext, row: PreparedRow) => PLANS[row.spec.kind as ImportedKind](ctx, row);
