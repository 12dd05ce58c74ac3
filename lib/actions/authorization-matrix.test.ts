import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { findUserByEmail } from "@/db/queries/users";
import { listRecords } from "@/db/queries/project-editor";
import { KINDS, type RecordKind } from "@/db/records/kinds";
import { formDefaults, RECORD_FORMS, type RecordForm, type RecordSchemas } from "@/lib/records/forms";
import { projectToInput } from "@/lib/records/project";
import { projects } from "@/db/schema";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor, PERSONAS, type Persona } from "@/db/testing/personas";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import { writeAudit } from "@/db/mutations/audit";
import { createDraftEdition, publishEdition } from "@/db/mutations/editions";
import type { Actor } from "@/lib/domain/permissions";
import { REPORT_SCHEMA_VERSION, type ReportModel } from "@/lib/report/model";
import { actionRegistry, type DefinedAction } from "./define-action";
import { exportRequest } from "@/lib/import/export-request";
import { auditExportRequest } from "@/lib/export/audit-csv";
import { roundExportRequest } from "@/lib/export/round-export";
import { createEditionDef, deleteEditionDef, publishEditionDef, withdrawEditionDef } from "./editions";
import { importSpreadsheetDef } from "./import";
import { saveMilestoneTableDef } from "./milestone-table";
import type { MilestoneInput } from "@/lib/validation/milestones";
import { importUploadResponse, UPLOAD_BODY_LIMIT } from "./import-upload";
import { progressAnswer, progressReporter } from "./progress";
import type { ActionResult } from "./result";
import {
  addLocationDef,
  addOrganizationDef,
  moveLocationDef,
  moveOrganizationDef,
  removeLocationDef,
  removeOrganizationDef,
  saveOrganizationLinkDef,
  saveProjectDetailsDef,
} from "./projects";
import {
  indicatorActions,
  mediaActions,
  milestoneActions,
  observationActions,
  progressActions,
  targetActions,
} from "./records";
import { sendDigestsDef } from "./reminders";
import { closeRoundDef, openRoundDef, reviewReportDef, submitReportDef } from "./rounds";
import {
  createUserDef,
  resetUserPasswordDef,
  setUserDisabledDef,
  updateProfileDef,
  updateUserAccessDef,
} from "./users";
import { useTestDatabase } from "@/db/testing/use-database";

// Every server action and every staff route handler, and who may call it. The lists are
// compared with the code on disk: an action or route that is not in this matrix fails.

const ROOT = path.resolve(import.meta.dirname, "../..");
type Verdict = "allow" | "deny";
type Row = Record<Persona, Verdict>;

const ADMIN_ONLY: Row = {
  anonymous: "deny",
  viewer: "deny",
  editorOther: "deny",
  editorArea: "deny",
  reviewerArea: "deny",
  admin: "allow",
};
/** For a record of an area-2 project: its area's editor and admins; not the area-5 editor. */
const AREA_EDITORS: Row = {
  anonymous: "deny",
  viewer: "deny",
  editorOther: "deny",
  editorArea: "allow",
  reviewerArea: "deny",
  admin: "allow",
};

type RecordActions = Record<"create" | "save" | "delete" | "move", DefinedAction>;
const RECORD_ACTIONS: Record<RecordKind, RecordActions> = {
  milestone: milestoneActions,
  progress: progressActions,
  media: mediaActions,
  indicator: indicatorActions,
  target: targetActions,
  observation: observationActions,
};

const SERVER = "lib/actions/server";
const PARTNERS = `${SERVER}/partners.ts`;
const EDITIONS = `${SERVER}/editions.ts`;
const ROUNDS = `${SERVER}/rounds.ts`;

/** The four entry points of a list of records: createMilestoneAction, saveMilestoneAction… */
const recordEntryPoints = (file: string, kind: RecordKind) => {
  const name = kind[0]!.toUpperCase() + kind.slice(1);
  return Object.fromEntries(
    (["create", "save", "delete", "move"] as const).map((op) => [
      `${op}${name}Action`,
      { file, definition: RECORD_ACTIONS[kind][op] },
    ]),
  );
};

/** Entry points (exports of "use server" files) → the definition they run, or "public". */
const ENTRY_POINTS: Record<string, { file: string; definition: DefinedAction | "public"; why?: string }> = {
  signInAction: { file: `${SERVER}/login.ts`, definition: "public", why: "the way into a session" },
  signOutAction: {
    file: `${SERVER}/login.ts`,
    definition: "public",
    why: "ends the caller's own session only",
  },
  createUserAction: { file: `${SERVER}/users.ts`, definition: createUserDef },
  updateUserAccessAction: { file: `${SERVER}/users.ts`, definition: updateUserAccessDef },
  setUserDisabledAction: { file: `${SERVER}/users.ts`, definition: setUserDisabledDef },
  resetUserPasswordAction: { file: `${SERVER}/users.ts`, definition: resetUserPasswordDef },
  updateProfileAction: { file: `${SERVER}/users.ts`, definition: updateProfileDef },
  saveProjectDetailsAction: { file: `${SERVER}/project.ts`, definition: saveProjectDetailsDef },
  ...recordEntryPoints(`${SERVER}/milestones.ts`, "milestone"),
  saveMilestoneTableAction: { file: `${SERVER}/milestones.ts`, definition: saveMilestoneTableDef },
  ...recordEntryPoints(`${SERVER}/notes.ts`, "progress"),
  ...recordEntryPoints(`${SERVER}/notes.ts`, "media"),
  ...recordEntryPoints(`${SERVER}/indicators.ts`, "indicator"),
  ...recordEntryPoints(`${SERVER}/indicators.ts`, "target"),
  ...recordEntryPoints(`${SERVER}/indicators.ts`, "observation"),
  addOrganizationAction: { file: PARTNERS, definition: addOrganizationDef },
  saveOrganizationLinkAction: { file: PARTNERS, definition: saveOrganizationLinkDef },
  removeOrganizationAction: { file: PARTNERS, definition: removeOrganizationDef },
  moveOrganizationAction: { file: PARTNERS, definition: moveOrganizationDef },
  addLocationAction: { file: PARTNERS, definition: addLocationDef },
  removeLocationAction: { file: PARTNERS, definition: removeLocationDef },
  moveLocationAction: { file: PARTNERS, definition: moveLocationDef },
  createEditionAction: { file: EDITIONS, definition: createEditionDef },
  publishEditionAction: { file: EDITIONS, definition: publishEditionDef },
  withdrawEditionAction: { file: EDITIONS, definition: withdrawEditionDef },
  deleteEditionAction: { file: EDITIONS, definition: deleteEditionDef },
  openRoundAction: { file: ROUNDS, definition: openRoundDef },
  closeRoundAction: { file: ROUNDS, definition: closeRoundDef },
  submitReportAction: { file: ROUNDS, definition: submitReportDef },
  reviewReportAction: { file: ROUNDS, definition: reviewReportDef },
  sendDigestsAction: { file: ROUNDS, definition: sendDigestsDef },
};

/**
 * Definitions run by a route handler rather than a server action (the import's upload has a
 * body limit of its own): the route and the check of each persona are below.
 */
const ROUTE_ACTIONS: DefinedAction[] = [importSpreadsheetDef];

/** Route handlers open to anyone; every other route handler must be in STAFF_ROUTES. */
const PUBLIC_ROUTES = [
  "app/api/health/route.ts",
  // Readiness: the state of the database, its schema and the shared cache, nothing else.
  "app/api/ready/route.ts",
  "app/api/auth/[...nextauth]/route.ts",
  "app/api/locale/route.ts",
  // The open data API: read-only, and drafts are never served (app/api/v1/editions/route.test.ts).
  "app/api/v1/editions/route.ts",
  "app/api/v1/editions/[period]/route.ts",
  "app/api/v1/editions/[period]/[format]/route.ts",
  "app/api/v1/catalog/route.ts",
  "app/api/v1/schema/edition/route.ts",
  "app/api/v1/schema/tables/route.ts",
  // The status shapes every badge draws: a constant file, made at build time.
  "app/status-icons.svg/route.ts",
];
/** Those who may import (any editor: the rows are checked against their areas one by one). */
const EDITORS: Row = {
  anonymous: "deny",
  viewer: "deny",
  editorOther: "allow",
  editorArea: "allow",
  reviewerArea: "deny",
  admin: "allow",
};
const STAFF: Row = {
  anonymous: "deny",
  viewer: "allow",
  editorOther: "allow",
  editorArea: "allow",
  reviewerArea: "allow",
  admin: "allow",
};
/** Those who read the audit log (and its CSV). */
const AUDIT_READERS: Row = {
  anonymous: "deny",
  viewer: "allow",
  editorOther: "deny",
  editorArea: "deny",
  reviewerArea: "deny",
  admin: "allow",
};
const STAFF_ROUTES: Record<string, Row> = {
  // Their answers are progressAnswer's and exportRequest's, checked per persona below.
  "app/staff/editions/progress/route.ts": ADMIN_ONLY,
  "app/staff/import/progress/route.ts": EDITORS,
  "app/staff/import/export/route.ts": STAFF,
  // auditExportRequest's answer, checked per persona below.
  "app/staff/audit/export/route.ts": AUDIT_READERS,
  // importUploadResponse runs importSpreadsheetDef: allowed to every editor; which rows each
  // may change is decided row by row (see import.test.ts). Checked per persona below.
  "app/staff/import/upload/route.ts": EDITORS,
  // roundExportRequest's answer, checked per persona below: every signed-in role reads rounds.
  "app/staff/rounds/[id]/export/route.ts": STAFF,
};

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "node_modules" || e.name.startsWith(".") ? [] : walk(full);
    return /\.(ts|tsx)$/.test(e.name) && !e.name.endsWith(".test.ts") ? [full] : [];
  });
}

const sourceFiles = ["app", "lib", "components"].flatMap((d) => walk(path.join(ROOT, d)));
const rel = (f: string) => path.relative(ROOT, f).split(path.sep).join("/");

describe("the matrix covers the code", () => {
  it('lists every export of every "use server" file', () => {
    const found: string[] = [];
    for (const file of sourceFiles) {
      const text = fs.readFileSync(file, "utf8");
      if (!/^\s*["']use server["']/.test(text)) continue;
      for (const m of text.matchAll(/export\s+(?:async\s+)?(?:function|const)\s+(\w+)/g))
        found.push(`${rel(file)}#${m[1]}`);
    }
    const listed = Object.entries(ENTRY_POINTS).map(([name, e]) => `${e.file}#${name}`);
    expect(found.sort()).toEqual(listed.sort());
  });

  it("lists every route handler", () => {
    const routes = sourceFiles
      .filter((f) => /\/route\.ts$/.test(f))
      .map(rel)
      .sort();
    expect(routes).toEqual([...PUBLIC_ROUTES, ...Object.keys(STAFF_ROUTES)].sort());
  });

  it("the progress route answers each persona as its row says, and only about the caller's own job", async () => {
    const actors: Record<Persona, Actor | null> = {
      anonymous: null,
      viewer: { id: randomUUID(), role: "viewer", areas: [] },
      editorOther: { id: randomUUID(), role: "editor", areas: [5] },
      editorArea: { id: randomUUID(), role: "editor", areas: [2] },
      reviewerArea: { id: randomUUID(), role: "reviewer", areas: [2] },
      admin: { id: randomUUID(), role: "admin", areas: [] },
    };
    for (const persona of PERSONAS) {
      const job = randomUUID();
      progressReporter(job, actors[persona]?.id ?? "nobody", ["read"])("read");
      const { status } = await progressAnswer(actors[persona], job);
      expect([persona, status]).toEqual([
        persona,
        STAFF_ROUTES["app/staff/editions/progress/route.ts"]![persona] === "allow" ? 200 : 403,
      ]);
    }
    const job = randomUUID();
    progressReporter(job, actors.admin!.id, ["read", "build"])("build");
    expect(await progressAnswer(actors.admin, job)).toEqual({ status: 200, body: { step: 2, steps: 2, key: "build" } });
    expect((await progressAnswer({ id: randomUUID(), role: "admin", areas: [] }, job)).status).toBe(404);
  });

  it("the import's progress route and the staff export answer each persona as their rows say", async () => {
    const actors: Record<Persona, Actor | null> = {
      anonymous: null,
      viewer: { id: randomUUID(), role: "viewer", areas: [] },
      editorOther: { id: randomUUID(), role: "editor", areas: [5] },
      editorArea: { id: randomUUID(), role: "editor", areas: [2] },
      reviewerArea: { id: randomUUID(), role: "reviewer", areas: [2] },
      admin: { id: randomUUID(), role: "admin", areas: [] },
    };
    for (const persona of PERSONAS) {
      const job = randomUUID();
      progressReporter(job, actors[persona]?.id ?? "nobody", ["read", "check", "write"])("check");
      const progress = await progressAnswer(actors[persona], job, "projects.edit");
      expect([persona, progress.status]).toEqual([persona, EDITORS[persona] === "allow" ? 200 : 403]);
      const audit = auditExportRequest(actors[persona]);
      expect([persona, "status" in audit ? audit.status : 200]).toEqual([
        persona,
        AUDIT_READERS[persona] === "allow" ? 200 : persona === "anonymous" ? 401 : 403,
      ]);
      const rounds = roundExportRequest(actors[persona], "csv", "reports");
      expect([persona, "status" in rounds ? rounds.status : 200]).toEqual([
        persona,
        STAFF_ROUTES["app/staff/rounds/[id]/export/route.ts"]![persona] === "allow"
          ? 200
          : persona === "anonymous"
            ? 401
            : 403,
      ]);
      const download = exportRequest(actors[persona], "xlsx");
      expect([persona, "status" in download ? download.status : 200]).toEqual([
        persona,
        STAFF[persona] === "allow" ? 200 : persona === "anonymous" ? 401 : 403,
      ]);
    }
    expect(exportRequest(actors.viewer, "pdf")).toMatchObject({ status: 400 });
    expect(roundExportRequest(actors.viewer, "pdf", null)).toMatchObject({ status: 400 });
    expect(roundExportRequest(actors.viewer, "csv", "everything")).toMatchObject({ status: 400 });
    expect(roundExportRequest(actors.viewer, "xlsx", null)).toEqual({ format: "xlsx", table: "areas" });
    expect(exportRequest(actors.viewer, null)).toMatchObject({ status: 400 });
    expect(exportRequest(actors.viewer, "csv")).toEqual({ format: "csv", areas: null });
    // An editor's download holds their own areas, or one of them; an admin's, any one or all.
    const own = actors.editorArea!.areas;
    expect(exportRequest(actors.editorArea, "xlsx")).toEqual({ format: "xlsx", areas: own });
    expect(exportRequest(actors.editorArea, "xlsx", String(own[0]))).toEqual({ format: "xlsx", areas: [own[0]] });
    const other = [1, 2, 3, 4, 5, 6, 7, 8].find((n) => !own.includes(n))!;
    expect(exportRequest(actors.editorArea, "xlsx", String(other))).toMatchObject({ status: 403 });
    expect(exportRequest(actors.admin, "xlsx", String(other))).toEqual({ format: "xlsx", areas: [other] });
    for (const bad of ["0", "x", "1;2", "100", "-1"])
      expect(exportRequest(actors.admin, "xlsx", bad), bad).toMatchObject({ status: 400 });
  });

  it("has a row for every defined action", () => {
    const definitions = new Set([
      ...Object.values(ENTRY_POINTS)
        .map((e) => e.definition)
        .filter((d) => d !== "public"),
      ...ROUTE_ACTIONS,
    ]);
    expect([...actionRegistry.values()].filter((d) => !definitions.has(d)).map((d) => d.name)).toEqual([]);
  });
});

/**
 * For each action: who may call it, and a fresh valid input for one call. Edits made on
 * staff pages revalidate nothing (the form refreshes its own page): `revalidates: false`.
 */
type Case = {
  definition: DefinedAction;
  expected: Row;
  /** The caller is given for inputs about oneself (one's own settings). */
  input: (h: DbHandle, n: number, caller: Actor | null) => Promise<unknown>;
  revalidates?: false;
};

async function subject(h: DbHandle) {
  const user = await findUserByEmail(h.db, "subject@test.example");
  return { id: user!.id, version: user!.version };
}

// The project cases act on project 2-3 (area 2) and on records the setup adds to it, so
// that every list has a neighbour to move past and every saved form is a valid one.

async function asAdmin(h: DbHandle) {
  const user = await findUserByEmail(h.db, "admin@test.example");
  return contextFor(h.db, { id: user!.id, role: "admin", areas: [] });
}

async function ok(result: Promise<ActionResult<unknown>>) {
  const r = await result;
  if (!r.ok) throw new Error(`setup refused: ${JSON.stringify(r)}`);
  return r.data;
}

async function projectId(h: DbHandle) {
  const [p] = await queryRows<{ id: string }>(h, sql`select id from projects where area_number = 2 and number = 3`);
  return p!.id;
}

/** Where a record of the kind is added: the project, or its first indicator. */
async function parentOf(h: DbHandle, kind: RecordKind) {
  const project = await projectId(h);
  if (KINDS[kind].parent === "project") return project;
  const [i] = await queryRows<{ id: string }>(
    h,
    sql`select id from indicators where project_id = ${project} order by sort_order limit 1`,
  );
  return i!.id;
}

/** The records of a kind under their parent, in list order, as their editor forms start. */
async function formsOf<K extends RecordKind, S extends RecordSchemas>(h: DbHandle, form: RecordForm<K, S>, kind: K) {
  const parent = await parentOf(h, kind);
  return ((await listRecords(h.db, kind, [parent])).get(parent) ?? []).map((row) => formDefaults(form, row));
}
const listOf = (h: DbHandle, kind: RecordKind): Promise<{ id: string; version: number }[]> =>
  ({
    milestone: () => formsOf(h, RECORD_FORMS.milestone, "milestone"),
    progress: () => formsOf(h, RECORD_FORMS.progress, "progress"),
    media: () => formsOf(h, RECORD_FORMS.media, "media"),
    indicator: () => formsOf(h, RECORD_FORMS.indicator, "indicator"),
    target: () => formsOf(h, RECORD_FORMS.target, "target"),
    observation: () => formsOf(h, RECORD_FORMS.observation, "observation"),
  })[kind]();

const date = (precision: string, year: string, month = "") => ({ precision, year, month, day: "" });
const NOTES = { breakdownJa: "", breakdownEn: "", noteJa: "", noteEn: "" };
/** A new record's form, numbered so that each is different. */
const fresh = (kind: RecordKind, n: number): Record<string, unknown> =>
  ({
    milestone: {
      titleJa: `節目 ${n}`,
      titleEn: "",
      status: "planned",
      planned: date("year", "2025"),
      actual: EMPTY_DATE,
    },
    progress: {
      date: date("month", "2021", "10"),
      groupJa: "",
      groupEn: "",
      textJa: `進捗 ${n}`,
      textEn: "",
      sub: false,
    },
    media: { captionJa: `写真 ${n}`, captionEn: "" },
    indicator: {
      nameJa: `指標 ${n}`,
      nameEn: "",
      measure: "count",
      unitJa: "人",
      unitEn: "",
      direction: "increase",
      accumulation: "cumulative",
      decimals: "0",
    },
    target: { value: String(100 + n), due: date("year", "2030"), lowerBound: false, ...NOTES },
    observation: {
      value: String(n),
      periodStart: EMPTY_DATE,
      periodEnd: EMPTY_DATE,
      asOf: date("month", "2021", "10"),
      approximate: false,
      lowerBound: false,
      provisional: false,
      isBaseline: false,
      source: "",
      ...NOTES,
    },
  })[kind];
const EDITED_TEXT: Record<RecordKind, string> = {
  milestone: "titleJa",
  progress: "textJa",
  media: "captionJa",
  indicator: "nameJa",
  target: "noteJa",
  observation: "noteJa",
};

async function createRecord(h: DbHandle, kind: RecordKind, n: number) {
  return (await ok(
    RECORD_ACTIONS[kind].create.execute(await asAdmin(h), { parentId: await parentOf(h, kind), ...fresh(kind, n) }),
  )) as { id: string };
}

const areaCase = (definition: DefinedAction, input: Case["input"]): Case => ({
  definition,
  expected: AREA_EDITORS,
  input,
  revalidates: false,
});

function recordCases(kind: RecordKind): Case[] {
  const actions = RECORD_ACTIONS[kind];
  return [
    areaCase(actions.create, async (h, n) => ({ parentId: await parentOf(h, kind), ...fresh(kind, n) })),
    // The last record is one the setup or a delete case added: its form is valid as it stands.
    areaCase(actions.save, async (h, n) => {
      const last = (await listOf(h, kind)).at(-1)!;
      return { ...last, [EDITED_TEXT[kind]]: `変更 ${n}` };
    }),
    areaCase(actions.delete, async (h, n) => ({ id: (await createRecord(h, kind, 1000 + n)).id, version: 1 })),
    areaCase(actions.move, async (h) => ({ id: (await listOf(h, kind))[0]!.id, direction: "down" })),
  ];
}

const LINKS = {
  organization: { table: "project_organizations", column: "organization_id", catalogue: "organizations" },
  location: { table: "project_locations", column: "location_id", catalogue: "locations" },
} as const;
type LinkKind = keyof typeof LINKS;

/** The project's partners or places in list order, with the link's version (places have none). */
async function linksOf(h: DbHandle, kind: LinkKind) {
  const t = LINKS[kind];
  return queryRows<{ id: string; version: number | null }>(
    h,
    sql`
    select ${sql.identifier(t.column)}::text as id, ${kind === "organization" ? sql`version` : sql`null`} as version
    from ${sql.identifier(t.table)} where project_id = ${await projectId(h)} order by sort_order, ${sql.identifier(t.column)}`,
  );
}

async function unlinked(h: DbHandle, kind: LinkKind) {
  const t = LINKS[kind];
  const [row] = await queryRows<{ id: string }>(
    h,
    sql`
    select c.id::text as id from ${sql.identifier(t.catalogue)} c where not exists (
      select 1 from ${sql.identifier(t.table)} l where l.${sql.identifier(t.column)} = c.id and l.project_id = ${await projectId(h)}) order by c.key limit 1`,
  );
  return row!.id;
}

/** Links one more organisation or place to the project, as the admin; returns its id. */
async function linkOneMore(h: DbHandle, kind: LinkKind) {
  const id = await unlinked(h, kind);
  const input =
    kind === "organization"
      ? {
          projectId: await projectId(h),
          organizationId: id,
          create: false,
          roleJa: "",
          roleEn: "",
          labelJa: "",
          labelEn: "",
        }
      : { projectId: await projectId(h), locationId: id, create: false };
  await ok((kind === "organization" ? addOrganizationDef : addLocationDef).execute(await asAdmin(h), input));
  return id;
}

async function projectDetails(h: DbHandle) {
  const id = await projectId(h);
  const [row] = await h.db.select().from(projects).where(eq(projects.id, id));
  const links = await queryRows<{ id: string }>(
    h,
    sql`select linked_project_id::text as id from project_links where project_id = ${id}`,
  );
  return {
    id,
    version: row!.version,
    ...projectToInput({ ...row!, linkedProjectIds: links.map((l) => l.id) }),
  };
}

const linkText = (n: number) => ({ roleJa: `役割 ${n}`, roleEn: "", labelJa: "", labelEn: "" });

const PROJECT_CASES: Case[] = [
  // The milestone table: every milestone of the project as it stands, the last one (added
  // by the setup, planned) moved to another year: one row changed, one audit row.
  areaCase(saveMilestoneTableDef, async (h, n) => {
    const milestones = (await listOf(h, "milestone")) as (MilestoneInput & { id: string; version: number })[];
    const rows = milestones.map(({ id, version, status, planned, actual }, i) => ({
      id,
      version,
      status,
      planned: i === milestones.length - 1 ? date("year", String(2030 + (n % 50))) : planned,
      actual,
    }));
    return { projectId: await projectId(h), rows };
  }),
  areaCase(saveProjectDetailsDef, async (h, n) => ({ ...(await projectDetails(h)), titleEn: `Project ${n}` })),
  areaCase(addOrganizationDef, async (h, n) => ({
    projectId: await projectId(h),
    organizationId: await unlinked(h, "organization"),
    create: false,
    ...linkText(n),
  })),
  areaCase(saveOrganizationLinkDef, async (h, n) => {
    const [link] = await linksOf(h, "organization");
    return { projectId: await projectId(h), organizationId: link!.id, version: link!.version, ...linkText(n) };
  }),
  areaCase(removeOrganizationDef, async (h) => ({
    projectId: await projectId(h),
    organizationId: await linkOneMore(h, "organization"),
    version: 1,
  })),
  areaCase(moveOrganizationDef, async (h) => ({
    projectId: await projectId(h),
    targetId: (await linksOf(h, "organization"))[0]!.id,
    direction: "down",
  })),
  areaCase(addLocationDef, async (h) => ({
    projectId: await projectId(h),
    locationId: await unlinked(h, "location"),
    create: false,
  })),
  areaCase(removeLocationDef, async (h) => ({
    projectId: await projectId(h),
    locationId: await linkOneMore(h, "location"),
  })),
  areaCase(moveLocationDef, async (h) => ({
    projectId: await projectId(h),
    targetId: (await linksOf(h, "location"))[0]!.id,
    direction: "down",
  })),
];

/** Two records of every kind in the project, and its first indicator for targets and observations. */
async function addProjectRecords(h: DbHandle) {
  for (const kind of ["indicator", "milestone", "progress", "media", "target", "observation"] as const) {
    for (const n of [1, 2]) await createRecord(h, kind, n);
  }
  for (const kind of ["organization", "location"] as const) {
    while ((await linksOf(h, kind)).length < 2) await linkOneMore(h, kind);
  }
}

/** A month no other call has used (each call has its own n): each call makes an edition of its own. */
const freshPeriod = (n: number) => `${2030 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;

/** A report with nothing in it, as an edition's content where only the edition matters. */
const emptyReport = (period: string): ReportModel => ({
  schemaVersion: REPORT_SCHEMA_VERSION,
  plan: {
    title: { ja: period, en: null },
    asOf: { date: `${period}-01`, precision: "month" },
    note: { ja: "", en: null },
    indicators: [],
  },
  areas: [],
});

/** An edition made directly (not through the action under test), published when asked. */
async function edition(h: DbHandle, period: string, publish: boolean) {
  return h.db.transaction(async (tx) => {
    const audit = (e: Parameters<typeof writeAudit>[2]) => writeAudit(tx, { actorId: null, ip: null }, e);
    const draft = await createDraftEdition(
      tx,
      { period, asOfDate: `${period}-01`, titleJa: period, titleEn: "" },
      emptyReport(period),
      null,
      audit,
    );
    return publish ? publishEdition(tx, draft, null, audit) : draft;
  });
}

const EDITION_CASES: Case[] = [
  {
    definition: createEditionDef,
    expected: ADMIN_ONLY,
    input: async (_h, n) => ({ period: freshPeriod(n), titleJa: `版 ${n}`, titleEn: "" }),
  },
  {
    definition: publishEditionDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => pickIdVersion(await edition(h, freshPeriod(n), false)),
  },
  {
    definition: withdrawEditionDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => ({
      ...pickIdVersion(await edition(h, freshPeriod(n), true)),
      reasonJa: "誤りがあったため",
      reasonEn: "",
    }),
  },
  {
    definition: deleteEditionDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => pickIdVersion(await edition(h, freshPeriod(n), false)),
  },
];

const pickIdVersion = ({ id, version }: { id: string; version: number }) => ({ id, version });

/** Area 2's reviewers and admins review its reports; nobody else. */
const AREA_REVIEWERS: Row = {
  anonymous: "deny",
  viewer: "deny",
  editorOther: "deny",
  editorArea: "deny",
  reviewerArea: "allow",
  admin: "allow",
};

const roundPeriod = (n: number) => `${2060 + Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, "0")}`;

/** A round of its own for each call (a month no other call used), over area 2, opened by the admin. */
async function freshRound(h: DbHandle, n: number) {
  const period = roundPeriod(n);
  const { id } = (await ok(
    openRoundDef.execute(await asAdmin(h), {
      period,
      titleJa: `${period} の報告`,
      titleEn: "",
      deadline: `${period}-20`,
      instructionsJa: "",
      instructionsEn: "",
      scope: "some",
      areas: [2],
    }),
  )) as { id: string };
  return id;
}

/** Project 2-3's report in a fresh round, submitted by its area's editor when asked. */
async function reportOf(h: DbHandle, n: number, submitted: boolean) {
  const round = await freshRound(h, n);
  const [report] = await queryRows<{ id: string }>(
    h,
    sql`select id::text from round_reports where round_id = ${round} and project_id = ${await projectId(h)}`,
  );
  if (!submitted) return { id: report!.id, version: 1 };
  const editor = await findUserByEmail(h.db, "editor2@test.example");
  await ok(
    submitReportDef.execute(contextFor(h.db, { id: editor!.id, role: "editor", areas: [2] }), {
      id: report!.id,
      version: 1,
      note: "",
    }),
  );
  return { id: report!.id, version: 2 };
}

const ROUND_CASES: Case[] = [
  { definition: sendDigestsDef, expected: ADMIN_ONLY, input: async () => ({}), revalidates: false },
  {
    definition: openRoundDef,
    expected: ADMIN_ONLY,
    input: async (_h, n) => ({
      period: roundPeriod(n),
      titleJa: `報告 ${n}`,
      titleEn: "",
      deadline: "2099-12-31",
      instructionsJa: "",
      instructionsEn: "",
      scope: "all",
      areas: [],
    }),
  },
  {
    definition: closeRoundDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => ({ id: await freshRound(h, n), version: 1 }),
  },
  {
    definition: submitReportDef,
    expected: AREA_EDITORS,
    input: async (h, n) => ({ ...(await reportOf(h, n, false)), note: `更新しました ${n}` }),
    revalidates: false,
  },
  // Returned rather than approved: the admin added records to project 2-3 in the setup, and
  // nobody approves a project they edited since the last edition (rounds.test.ts).
  {
    definition: reviewReportDef,
    expected: AREA_REVIEWERS,
    input: async (h, n) => ({
      ...(await reportOf(h, n, true)),
      decision: "return",
      comment: `追記をお願いします ${n}`,
    }),
    revalidates: false,
  },
];

const CASES: Case[] = [
  {
    definition: createUserDef,
    expected: ADMIN_ONLY,
    input: async (_h, n) => ({
      email: `new${n}@test.example`,
      name: `New ${n}`,
      role: "viewer",
      areas: [],
      password: "long-enough-password",
    }),
  },
  {
    definition: updateUserAccessDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => ({ ...(await subject(h)), role: "editor", areas: [n % 2 ? 2 : 3] }),
  },
  {
    definition: setUserDisabledDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => ({ ...(await subject(h)), disabled: n % 2 === 1 }),
  },
  {
    definition: resetUserPasswordDef,
    expected: ADMIN_ONLY,
    input: async (h, n) => ({ ...(await subject(h)), password: `another-password-${n}` }),
  },
  // One's own settings: everyone signed in, each on their own account (the version read first).
  {
    definition: updateProfileDef,
    expected: STAFF,
    input: async (h, n, caller) => {
      const [me] = caller
        ? await queryRows<{ version: number }>(h, sql`select version from users where id = ${caller.id}`)
        : [];
      return { version: me?.version ?? 1, locale: n % 2 ? "en" : "ja", digestsEnabled: n % 3 !== 0 };
    },
    revalidates: false,
  },
  ...(["milestone", "progress", "media", "indicator", "target", "observation"] as const).flatMap(recordCases),
  ...PROJECT_CASES,
  ...EDITION_CASES,
  ...ROUND_CASES,
];

async function countAudit(h: DbHandle): Promise<number> {
  return (await queryRows<{ n: number }>(h, sql`select count(*)::int as n from audit_events`))[0]!.n;
}

describe.each(testDbKinds())("authorization on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });
  beforeAll(async () => {
    await createUserDef.execute(contextFor(fx.h.db, fx.actors.admin), {
      email: "subject@test.example",
      name: "Subject",
      role: "viewer",
      areas: [],
      password: "subject-password-1",
    });
    await addProjectRecords(fx.h);
  });

  it.each(PERSONAS)("the import's upload route as %s: as its row says, before the body is read", async (persona) => {
    const form = new FormData();
    form.set("file", new File(["plan_id\r\n"], "plan.csv"));
    form.set("mode", "dryRun");
    const request = new Request("http://127.0.0.1/staff/import/upload", {
      method: "POST",
      body: form,
      headers: { "sec-fetch-site": "same-origin" },
    });
    const before = await countAudit(fx.h);
    const response = await importUploadResponse(request, contextFor(fx.h.db, fx.actors[persona]));
    const allowed = STAFF_ROUTES["app/staff/import/upload/route.ts"]![persona] === "allow";
    expect([persona, response.status]).toEqual([persona, allowed ? 200 : persona === "anonymous" ? 401 : 403]);
    expect((await response.json()).ok).toBe(allowed);
    expect(await countAudit(fx.h)).toBe(before);
  });

  it("the import's upload route refuses a body past its limit (413) and a request from another site", async () => {
    const ctx = contextFor(fx.h.db, fx.actors.editorArea);
    const huge = new ReadableStream<Uint8Array>({
      start(controller) {
        // Sent in chunks without a length, as a client that declares nothing would.
        for (let sent = 0; sent <= UPLOAD_BODY_LIMIT; sent += 1024 * 1024)
          controller.enqueue(new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const big = new Request("http://127.0.0.1/staff/import/upload", {
      method: "POST",
      body: huge,
      duplex: "half",
      headers: { "sec-fetch-site": "same-origin", "content-type": "multipart/form-data; boundary=x" },
    } as RequestInit);
    const refused = await importUploadResponse(big, ctx);
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({ ok: false, formError: "import.uploadTooLarge", fieldErrors: {} });
    const declared = new Request("http://127.0.0.1/staff/import/upload", {
      method: "POST",
      body: "x",
      headers: {
        "sec-fetch-site": "same-origin",
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(UPLOAD_BODY_LIMIT + 1),
      },
    });
    expect((await importUploadResponse(declared, ctx)).status).toBe(413);
    const crossSite = new Request("http://127.0.0.1/staff/import/upload", {
      method: "POST",
      body: new FormData(),
      headers: { "sec-fetch-site": "cross-site" },
    });
    expect((await importUploadResponse(crossSite, ctx)).status).toBe(403);
  });

  const expectations = CASES.flatMap((c) => PERSONAS.map((p) => [c.definition.name, p, c.expected[p], c] as const));
  let n = 0;
  it.each(expectations)("%s as %s: %s", async (_name, persona, verdict, c) => {
    const input = await c.input(fx.h, ++n, fx.actors[persona]);
    const before = await countAudit(fx.h);
    const ctx = contextFor(fx.h.db, fx.actors[persona]);
    const result = await c.definition.execute(ctx, input);
    const after = await countAudit(fx.h);
    if (verdict === "allow") {
      expect(result).toMatchObject({ ok: true });
      expect(after).toBe(before + 1);
      if (c.revalidates !== false) expect(ctx.revalidated.length).toBeGreaterThan(0);
    } else {
      expect(result).toEqual({
        ok: false,
        formError: persona === "anonymous" ? "errors.signInRequired" : "errors.forbidden",
        fieldErrors: {},
      });
      expect(after).toBe(before);
      expect(ctx.revalidated).toEqual([]);
    }
  });
});
