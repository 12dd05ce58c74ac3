import { createRecord, saveRecord } from "@/db/mutations/records";
import { RECORD_CHECKS } from "@/db/records/checks";
import { KINDS, type RecordKind } from "@/db/records/kinds";
import { pick } from "@/db/records/conflict";
import type { Owner } from "@/db/records/owner";
import { progressSchemas } from "@/lib/validation/content";
import { observationSchemas, targetSchemas } from "@/lib/validation/indicators";
import { milestoneSchemas } from "@/lib/validation/milestones";
import {
  differences,
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

type ImportedKind = Extract<RecordKind, "milestone" | "progress" | "target" | "observation">;
type Row = Record<string, unknown>;

const SCHEMAS = {
  milestone: milestoneSchemas,
  progress: progressSchemas,
  target: targetSchemas,
  observation: observationSchemas,
};

/** Where the record sits: the project it belongs to, or the indicator (by project and key) for targets and observations. */
function parentOf(
  ctx: PlanContext,
  kind: ImportedKind,
  cells: PreparedRow["cells"],
): { parentId: string; owner: Owner } | RowPlan {
  const projectId = cells.project_id as string | null;
  const project = projectId ? ctx.projects.get(projectId) : undefined;
  if (projectId && !project) return issue("project_id", "import.issues.unknownProject", { id: projectId });
  if (KINDS[kind].parent === "project") {
    if (!project) return issue("project_id", "validation.required");
    return { parentId: project.id, owner: ownerOf(project) };
  }
  const key = cells.indicator_key as string;
  if (!key) return issue("indicator_key", "validation.required");
  const indicatorId = ctx.indicators.get(`${projectId ?? ""}:${key}`);
  if (!indicatorId) return issue("indicator_key", "import.issues.unknownIndicator", { key });
  return { parentId: indicatorId, owner: project ? ownerOf(project) : PLAN_LEVEL };
}

async function checksPass(
  ctx: PlanContext,
  row: PreparedRow,
  kind: ImportedKind,
  parentId: string,
  values: Row,
): Promise<RowPlan | null> {
  try {
    await RECORD_CHECKS[kind]?.(ctx.tx, parentId, KINDS[kind].toRow(values));
    return null;
  } catch (e) {
    return { issues: refusalIssues(e, row.spec) };
  }
}

export async function planRecordRow(ctx: PlanContext, row: PreparedRow): Promise<RowPlan> {
  const kind = row.spec.kind as ImportedKind;
  const spec = KINDS[kind];
  const parent = parentOf(ctx, kind, row.cells);
  if (!("parentId" in parent)) return parent;
  const { parentId, owner } = parent;
  const parsed = parseRow(SCHEMAS[kind].create, { parentId, ...row.spec.toInput(row.cells) }, row.spec);
  if ("issues" in parsed) return parsed;
  const { parentId: _, ...values } = parsed.data as Row & { parentId: string };
  const id = row.cells[row.spec.idColumn!] as string | null;
  const base = { table: row.table, row: row.row, projectId: owner.projectId, code: owner.code };

  if (!id) {
    if (!mayChange(owner, ctx.actor)) return forbidden(owner, "project_id");
    const refused = await checksPass(ctx, row, kind, parentId, values);
    if (refused) return refused;
    const next = spec.toRow(values);
    return {
      planned: {
        ...base,
        outcome: "created",
        label: [owner.code, spec.label(next)].filter(Boolean).join(" "),
        changes: differences({}, next),
        write: (tx, editing) => createRecord(tx, spec, parentId, values, { ...editing, scope: owner }),
      },
    };
  }

  const stored = ctx.records[kind].get(id);
  if (!stored) return issue(row.spec.idColumn, "import.issues.unknownId", { id });
  const storedParent = (spec.parent === "project" ? stored.projectId : stored.indicatorId) as string;
  if (storedParent !== parentId)
    return issue(spec.parent === "project" ? "project_id" : "indicator_key", "import.issues.otherParent");
  const kept = keepStoredDecimals(stored, values);
  const next = spec.toRow(kept);
  const changes = differences(pick(stored, Object.keys(next)), next);
  const verdict = versionVerdict(
    ctx,
    stored,
    row.cells.version,
    changes,
    owner,
    { ...base, label: [owner.code, spec.label({ ...stored, ...next })].filter(Boolean).join(" ") },
    (tx, editing) => saveRecord(tx, spec, { id, version: stored.version }, kept, { ...editing, scope: owner }),
    row.spec.idColumn,
  );
  if ("planned" in verdict && verdict.planned.outcome === "updated") {
    const refused = await checksPass(ctx, row, kind, parentId, kept);
    if (refused) return refused;
  }
  return verdict;
}
