import type { Tx } from "@/db/connection";
import { loadImportState, userNamesOf, type ImportReferences } from "@/db/queries/import";
import type { Actor } from "@/lib/domain/permissions";
import type { TableName } from "@/lib/export/tables";
import { convertRow } from "./convert";
import { datePairIssues, IMPORT_SPEC_BY_TABLE, importedColumns, type Cells, type ImportSpec } from "./importable";
import type { PlanContext, PlannedRow, PreparedRow, RowIssue, RowPlan } from "./plan-context";
import { planOrganizationLinkRow, planProjectRow } from "./plan-projects";
import { planRecordRow } from "./plan-records";
import type { ImportedTable, ImportIssue } from "./read-file";

// The plan of an import: every row of every sheet read, checked and compared with the
// stored data, without writing anything. A dry run shows it; applying runs its writes,
// and only when no row has an error or a conflict.

export type TableCounts = {
  table: TableName;
  created: number;
  updated: number;
  unchanged: number;
  conflicts: number;
  errors: number;
  notImported: number;
};
export type Plan = { rows: PlannedRow[]; issues: ImportIssue[]; counts: TableCounts[] };

/** Projects first (a row below may name the area a project moved to), partners last. */
const ORDER: TableName[] = [
  "projects",
  "milestones",
  "progress_notes",
  "targets",
  "observations",
  "project_organizations",
];

const duplicateKey = (spec: ImportSpec, cells: Cells) => {
  if (spec.kind === "organizationLink")
    return cells.project_id && cells.organization_key ? `${cells.project_id}:${cells.organization_key}` : null;
  const id = cells[spec.idColumn!];
  return typeof id === "string" && id ? id : null;
};

/** Reads every cell; a row with unreadable cells or a key already used above goes no further. */
function prepare(
  tables: ImportedTable[],
  count: (t: TableName) => TableCounts,
  fail: (t: TableName, row: number, list: RowIssue[]) => void,
) {
  const prepared: PreparedRow[] = [];
  for (const t of tables) {
    const spec = IMPORT_SPEC_BY_TABLE.get(t.table);
    if (!spec) {
      count(t.table).notImported += t.rows.length;
      continue;
    }
    const columns = importedColumns(t.table);
    const firstRow = new Map<string, number>();
    for (const r of t.rows) {
      const { cells, issues } = convertRow(columns, r.values);
      issues.push(...datePairIssues(spec, cells));
      const key = duplicateKey(spec, cells);
      const first = key ? firstRow.get(key) : undefined;
      if (first !== undefined)
        issues.push({
          column: spec.idColumn ?? "organization_key",
          message: "import.issues.duplicateKey",
          params: { row: first },
        });
      else if (key) firstRow.set(key, r.row);
      if (issues.length) fail(t.table, r.row, issues);
      else prepared.push({ table: t.table, row: r.row, cells, spec });
    }
  }
  return prepared.sort((a, b) => ORDER.indexOf(a.table) - ORDER.indexOf(b.table) || a.row - b.row);
}

function referencesOf(rows: PreparedRow[]): ImportReferences {
  const ids = (table: TableName, column: string) =>
    rows.filter((r) => r.table === table && r.cells[column]).map((r) => r.cells[column] as string);
  return {
    projects: rows.filter((r) => r.cells.project_id).map((r) => r.cells.project_id as string),
    milestones: ids("milestones", "milestone_id"),
    progress: ids("progress_notes", "progress_id"),
    targets: ids("targets", "target_id"),
    observations: ids("observations", "observation_id"),
    organizationKeys: ids("project_organizations", "organization_key"),
  };
}

async function contextFor(tx: Tx, actor: Actor, refs: ImportReferences): Promise<PlanContext> {
  const state = await loadImportState(tx, refs);
  const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((r) => [r.id, r]));
  const savers = [
    state.projects,
    state.milestones,
    state.progress,
    state.targets,
    state.observations,
    state.organizationLinks,
  ]
    .flatMap((rows) => rows.map((r) => r.updatedBy))
    .filter((id): id is string => id !== null);
  const linkedProjects = new Map<string, string[]>();
  for (const l of state.projectLinks)
    linkedProjects.set(l.projectId, [...(linkedProjects.get(l.projectId) ?? []), l.linkedProjectId]);
  return {
    tx,
    actor,
    state,
    projects: new Map(state.projects.map((p) => [p.id, p])),
    indicators: new Map(state.indicators.map((i) => [`${i.projectId ?? ""}:${i.key}`, i.id])),
    organizations: new Map(state.organizations.map((o) => [o.key, o])),
    organizationLinks: new Map(state.organizationLinks.map((l) => [`${l.projectId}:${l.organizationId}`, l])),
    linkedProjects,
    areas: new Set(state.areaNumbers),
    records: {
      milestone: byId(state.milestones),
      progress: byId(state.progress),
      target: byId(state.targets),
      observation: byId(state.observations),
    },
    userNames: await userNamesOf(tx, savers),
  };
}

const planRow = (ctx: PlanContext, row: PreparedRow): Promise<RowPlan> => {
  if (row.spec.kind === "project") return planProjectRow(ctx, row);
  if (row.spec.kind === "organizationLink") return planOrganizationLinkRow(ctx, row);
  return planRecordRow(ctx, row);
};

const COUNTED = { created: "created", updated: "updated", unchanged: "unchanged", conflict: "conflicts" } as const;

export async function planImport(tx: Tx, actor: Actor, tables: ImportedTable[]): Promise<Plan> {
  const counts = new Map<TableName, TableCounts>();
  const count = (table: TableName) => {
    let c = counts.get(table);
    if (!c)
      counts.set(table, (c = { table, created: 0, updated: 0, unchanged: 0, conflicts: 0, errors: 0, notImported: 0 }));
    return c;
  };
  const issues: ImportIssue[] = [];
  const fail = (table: TableName, row: number, list: RowIssue[]) => {
    count(table).errors++;
    issues.push(...list.map((i) => ({ table, row, ...i })));
  };
  for (const t of tables) count(t.table);
  const prepared = prepare(tables, count, fail);
  const ctx = await contextFor(tx, actor, referencesOf(prepared));
  const rows: PlannedRow[] = [];
  for (const row of prepared) {
    const plan = await planRow(ctx, row);
    if ("issues" in plan) fail(row.table, row.row, plan.issues);
    else {
      count(row.table)[COUNTED[plan.planned.outcome]]++;
      rows.push(plan.planned);
    }
  }
  issues.sort(
    (a, b) => ORDER.indexOf(a.table as TableName) - ORDER.indexOf(b.table as TableName) || (a.row ?? 0) - (b.row ?? 0),
  );
  return { rows, issues, counts: [...counts.values()] };
}
