import { addOrganization, saveOrganizationLink } from "@/db/mutations/partners";
import { saveProjectDetails } from "@/db/mutations/projects";
import { pick } from "@/db/records/conflict";
import { can } from "@/lib/domain/permissions";
import { addOrganizationSchema, projectDetailsSchema, saveOrganizationLinkSchema } from "@/lib/validation/projects";
import {
  differences,
  forbidden,
  issue,
  mayChange,
  ownerOf,
  parseRow,
  versionVerdict,
  withStaleEnglish,
  type PlanContext,
  type PreparedRow,
  type RowPlan,
} from "./plan-context";

// A row of projects (only ever an update: projects are added in the editor) or of a
// project's partner organisations (a new link when the project has none to that
// organisation, else the link's role and label).

export async function planProjectRow(ctx: PlanContext, row: PreparedRow): Promise<RowPlan> {
  const id = row.cells.project_id as string | null;
  if (!id) return issue("project_id", "import.issues.projectsInEditor");
  const stored = ctx.projects.get(id);
  if (!stored) return issue("project_id", "import.issues.unknownProject", { id });
  const area = row.cells.area_number;
  if (typeof area === "number" && !ctx.areas.has(area))
    return issue("area_number", "import.issues.unknownArea", { area });
  const linkedProjectIds = ctx.linkedProjects.get(id) ?? [];
  const parsed = parseRow(
    projectDetailsSchema,
    { id, version: stored.version, ...row.spec.toInput(row.cells), linkedProjectIds },
    row.spec,
  );
  if ("issues" in parsed) return parsed;
  const { id: _id, version: _version, linkedProjectIds: _links, ...fields } = parsed.data;
  const owner = ownerOf(stored);
  const changes = differences(pick(stored, Object.keys(fields)), fields);
  // Moving a project to another area needs rights in both (saveProjectDetails checks again).
  if (
    changes.length &&
    fields.areaNumber !== stored.areaNumber &&
    !can(ctx.actor, "projects.edit", { areaNumber: fields.areaNumber })
  ) {
    return issue("area_number", "import.issues.outsideAreas", { area: fields.areaNumber });
  }
  const verdict = versionVerdict(
    ctx,
    stored,
    row.cells.version,
    changes,
    owner,
    { table: row.table, row: row.row, projectId: id, code: owner.code, label: `${owner.code} ${fields.titleJa}` },
    (tx, editing) => saveProjectDetails(tx, { ...parsed.data, version: stored.version }, { ...editing, scope: owner }),
    "project_id",
  );
  return withStaleEnglish(verdict, stored, fields);
}

export async function planOrganizationLinkRow(ctx: PlanContext, row: PreparedRow): Promise<RowPlan> {
  const projectId = row.cells.project_id as string | null;
  if (!projectId) return issue("project_id", "validation.required");
  const project = ctx.projects.get(projectId);
  if (!project) return issue("project_id", "import.issues.unknownProject", { id: projectId });
  const key = row.cells.organization_key as string;
  if (!key) return issue("organization_key", "validation.required");
  const organization = ctx.organizations.get(key);
  if (!organization) return issue("organization_key", "import.issues.unknownOrganization", { key });
  const owner = ownerOf(project);
  const text = row.spec.toInput(row.cells);
  const base = {
    table: row.table,
    row: row.row,
    projectId,
    code: owner.code,
    label: `${owner.code} ${organization.nameJa}`,
  };
  const stored = ctx.organizationLinks.get(`${projectId}:${organization.id}`);

  if (!stored) {
    const parsed = parseRow(
      addOrganizationSchema,
      { projectId, organizationId: organization.id, create: false, ...text },
      row.spec,
    );
    if ("issues" in parsed) return parsed;
    if (!mayChange(owner, ctx.actor)) return forbidden(owner, "project_id");
    const { roleJa, roleEn, labelJa, labelEn } = parsed.data;
    return {
      planned: {
        ...base,
        outcome: "created",
        changes: differences({}, { organizationKey: key, roleJa, roleEn, labelJa, labelEn }),
        write: (tx, editing) => addOrganization(tx, parsed.data, { ...editing, scope: owner }),
      },
    };
  }
  const parsed = parseRow(
    saveOrganizationLinkSchema,
    { projectId, organizationId: organization.id, version: stored.version, ...text },
    row.spec,
  );
  if ("issues" in parsed) return parsed;
  const { roleJa, roleEn, labelJa, labelEn } = parsed.data;
  const next = { roleJa, roleEn, labelJa, labelEn };
  return versionVerdict(
    ctx,
    stored,
    row.cells.version,
    differences(pick(stored, Object.keys(next)), next),
    owner,
    base,
    (tx, editing) =>
      saveOrganizationLink(tx, { ...parsed.data, version: stored.version }, { ...editing, scope: owner }),
    "organization_key",
  );
}
