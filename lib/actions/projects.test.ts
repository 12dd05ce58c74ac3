import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { projectToInput } from "@/lib/records/project";
import { projects } from "@/db/schema";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor } from "@/db/testing/personas";
import type { Actor } from "@/lib/domain/permissions";
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
import { createUserDef } from "./users";
import { useTestDatabase } from "@/db/testing/use-database";

type Audit = {
  action: string;
  entity_type: string;
  entity_id: string;
  changes: Record<string, { old: unknown; new: unknown }>;
  project_id: string;
  area_number: number;
  label: string;
  actor_id: string;
};

async function idOf(h: DbHandle, code: string) {
  const [area, number] = code.split("-").map(Number);
  const [p] = await queryRows<{ id: string }>(
    h,
    sql`select id from projects where area_number = ${area} and number = ${number}`,
  );
  return p!.id;
}

/** A project's details form as the page fills it, with the version it was read at. */
async function detailsOf(h: DbHandle, id: string) {
  const [row] = await h.db.select().from(projects).where(eq(projects.id, id));
  return { id, version: row!.version, ...projectToInput({ ...row!, linkedProjectIds: await linksOf(h, id) }) };
}

const linksOf = async (h: DbHandle, id: string) =>
  (
    await queryRows<{ id: string }>(
      h,
      sql`select linked_project_id::text as id from project_links where project_id = ${id} order by 1`,
    )
  ).map((r) => r.id);
const lastAudit = async (h: DbHandle) =>
  (await queryRows<Audit>(h, sql`select * from audit_events order by id desc limit 1`))[0]!;
const auditCount = async (h: DbHandle) =>
  (await queryRows<{ n: number }>(h, sql`select count(*)::int as n from audit_events`))[0]!.n;

async function partnersOf(h: DbHandle, projectId: string) {
  return queryRows<{ id: string; name_ja: string; role_ja: string | null; version: number }>(
    h,
    sql`
    select o.id, o.name_ja, l.role_ja, l.version from project_organizations l join organizations o on o.id = l.organization_id
    where l.project_id = ${projectId} order by l.sort_order, l.organization_id`,
  );
}
async function placesOf(h: DbHandle, projectId: string) {
  return queryRows<{ id: string; name_ja: string; lat: string | null; lon: string | null }>(
    h,
    sql`
    select o.id, o.name_ja, o.lat::text, o.lon::text from project_locations l join locations o on o.id = l.location_id
    where l.project_id = ${projectId} order by l.sort_order, l.location_id`,
  );
}
async function unlinked(h: DbHandle, table: "organizations" | "locations", projectId: string) {
  const [row] =
    table === "organizations"
      ? await queryRows<{ id: string }>(
          h,
          sql`select id from organizations o where not exists (select 1 from project_organizations l where l.organization_id = o.id and l.project_id = ${projectId}) order by key limit 1`,
        )
      : await queryRows<{ id: string }>(
          h,
          sql`select id from locations o where not exists (select 1 from project_locations l where l.location_id = o.id and l.project_id = ${projectId}) order by key limit 1`,
        );
  return row!.id;
}

const noLinkText = { roleJa: "", roleEn: "", labelJa: "", labelEn: "" };

describe.each(testDbKinds())("project details, partners and places on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });
  /** An editor of areas 2 and 5: the one who may move a project between them. */
  let bothAreas: Actor;
  const as = (actor: Actor | null) => contextFor(fx.h.db, actor);
  beforeAll(async () => {
    const created = await createUserDef.execute(as(fx.actors.admin), {
      email: "editor25@test.example",
      name: "Editor 2+5",
      role: "editor",
      areas: [2, 5],
      password: "a-test-password-long-enough",
    });
    bothAreas = { id: (created as { data: { id: string } }).data.id, role: "editor", areas: [2, 5] };
  });

  describe("details", () => {
    it("saves an editor's change, bumps the version and audits old and new values", async () => {
      const id = await idOf(fx.h, "2-1");
      const form = await detailsOf(fx.h, id);
      const ctx = as(fx.actors.editorArea);
      const result = await saveProjectDetailsDef.execute(ctx, {
        ...form,
        titleEn: "Model city: Voronezh (revised)",
        lifecycleStatus: "completed",
      });
      expect(result).toEqual({ ok: true, data: { id, version: form.version + 1 } });
      // The form refreshes its own page: the save revalidates nothing.
      expect(ctx.revalidated).toEqual([]);
      expect(await detailsOf(fx.h, id)).toMatchObject({
        titleEn: "Model city: Voronezh (revised)",
        lifecycleStatus: "completed",
        version: form.version + 1,
      });
      const audit = await lastAudit(fx.h);
      expect(audit).toMatchObject({
        action: "update",
        entity_type: "project",
        entity_id: id,
        project_id: id,
        area_number: 2,
        actor_id: fx.actors.editorArea!.id,
      });
      expect(audit.label).toMatch(/^2-① /);
      expect(audit.changes).toEqual({
        titleEn: { old: form.titleEn, new: "Model city: Voronezh (revised)" },
        lifecycleStatus: { old: "in_progress", new: "completed" },
      });
    });

    it("saving the form unchanged is no change: same version, no audit row", async () => {
      const form = await detailsOf(fx.h, await idOf(fx.h, "2-1"));
      const before = await auditCount(fx.h);
      expect(await saveProjectDetailsDef.execute(as(fx.actors.editorArea), form)).toEqual({
        ok: true,
        data: { id: form.id, version: form.version },
      });
      expect(await auditCount(fx.h)).toBe(before);
    });

    it("refuses a stale version, naming who saved and showing their values, and writes nothing", async () => {
      const form = await detailsOf(fx.h, await idOf(fx.h, "2-3"));
      expect(
        await saveProjectDetailsDef.execute(as(fx.actors.admin), { ...form, summaryJa: "管理者の要約" }),
      ).toMatchObject({ ok: true });
      const before = await auditCount(fx.h);
      const stale = await saveProjectDetailsDef.execute(as(fx.actors.editorArea), {
        ...form,
        summaryJa: "編集者の要約",
      });
      expect(stale).toMatchObject({
        ok: false,
        formError: "errors.conflict",
        fieldErrors: {},
        conflict: {
          updatedBy: "admin@test.example",
          version: form.version + 1,
          current: { summaryJa: "管理者の要約", titleJa: form.titleJa, linkedProjectIds: [] },
        },
      });
      expect((await detailsOf(fx.h, form.id)).summaryJa).toBe("管理者の要約");
      expect(await auditCount(fx.h)).toBe(before);
    });

    it("refuses at risk or off track without a narrative, and keeps one given", async () => {
      const form = await detailsOf(fx.h, await idOf(fx.h, "2-3"));
      for (const deliveryConfidence of ["at_risk", "off_track"]) {
        const refused = await saveProjectDetailsDef.execute(as(fx.actors.editorArea), {
          ...form,
          deliveryConfidence,
          confidenceNarrativeJa: "  ",
        });
        expect(refused).toEqual({
          ok: false,
          formError: null,
          fieldErrors: { confidenceNarrativeJa: ["validation.narrativeRequired"] },
        });
      }
      const saved = await saveProjectDetailsDef.execute(as(fx.actors.editorArea), {
        ...form,
        deliveryConfidence: "at_risk",
        confidenceNarrativeJa: "資材の調達が遅れている",
      });
      expect(saved).toMatchObject({ ok: true });
      expect(await detailsOf(fx.h, form.id)).toMatchObject({
        deliveryConfidence: "at_risk",
        confidenceNarrativeJa: "資材の調達が遅れている",
      });
    });

    it("moves a project to another area only with rights in both, giving it the next number there", async () => {
      const id = await idOf(fx.h, "2-4");
      const form = await detailsOf(fx.h, id);
      const [{ next }] = (await queryRows<{ next: number }>(
        fx.h,
        sql`select max(number)::int + 1 as next from projects where area_number = 5`,
      )) as [{ next: number }];
      expect(await saveProjectDetailsDef.execute(as(fx.actors.editorArea), { ...form, areaNumber: 5 })).toEqual({
        ok: false,
        formError: null,
        fieldErrors: { areaNumber: ["validation.areaOutsideScope"] },
      });
      expect(await saveProjectDetailsDef.execute(as(fx.actors.editorOther), { ...form, areaNumber: 5 })).toEqual({
        ok: false,
        formError: "errors.forbidden",
        fieldErrors: {},
      });
      expect(await saveProjectDetailsDef.execute(as(fx.actors.admin), { ...form, areaNumber: 42 })).toEqual({
        ok: false,
        formError: null,
        fieldErrors: { areaNumber: ["validation.unknownArea"] },
      });

      expect(await saveProjectDetailsDef.execute(as(bothAreas), { ...form, areaNumber: 5 })).toMatchObject({
        ok: true,
      });
      const [moved] = await fx.h.db.select().from(projects).where(eq(projects.id, id));
      expect(moved).toMatchObject({ areaNumber: 5, number: next });
      expect((await lastAudit(fx.h)).changes).toEqual({
        areaNumber: { old: 2, new: 5 },
        number: { old: 4, new: next },
      });
      // Now it is area 5's: the area-2 editor may no longer touch it, the area-5 editor may.
      const now = await detailsOf(fx.h, id);
      expect(await saveProjectDetailsDef.execute(as(fx.actors.editorArea), { ...now, titleEn: "x" })).toMatchObject({
        formError: "errors.forbidden",
      });
      expect(
        await saveProjectDetailsDef.execute(as(fx.actors.editorOther), { ...now, titleEn: "Other cities (area 5)" }),
      ).toMatchObject({ ok: true });
    });

    it("stores a link both ways and removes it both ways; an editor needs both projects' areas", async () => {
      const [a, b, other] = [await idOf(fx.h, "2-5"), await idOf(fx.h, "2-1"), await idOf(fx.h, "5-1")];
      const linked = await saveProjectDetailsDef.execute(as(fx.actors.editorArea), {
        ...(await detailsOf(fx.h, a)),
        linkedProjectIds: [b],
      });
      expect(linked).toMatchObject({ ok: true });
      expect([await linksOf(fx.h, a), await linksOf(fx.h, b)]).toEqual([[b], [a]]);
      // The log names linked projects by their codes, which stay readable after a deletion.
      expect((await lastAudit(fx.h)).changes).toEqual({ linkedProjectIds: { old: [], new: ["2-①"] } });
      // The other project's list changed, so its last activity moved; its own form (version) did not.
      const [bRow] = await fx.h.db.select().from(projects).where(eq(projects.id, b));
      expect(bRow!.lastActivityBy).toBe(fx.actors.editorArea!.id);

      expect(
        await saveProjectDetailsDef.execute(as(fx.actors.editorArea), {
          ...(await detailsOf(fx.h, a)),
          linkedProjectIds: [b, other],
        }),
      ).toEqual({ ok: false, formError: null, fieldErrors: { linkedProjectIds: ["validation.linkOutsideAreas"] } });
      expect(
        await saveProjectDetailsDef.execute(as(bothAreas), {
          ...(await detailsOf(fx.h, a)),
          linkedProjectIds: [b, other],
        }),
      ).toMatchObject({ ok: true });
      expect(await linksOf(fx.h, other)).toEqual([a]);
      // Unlinking changes the other project too: the area-2 editor may not, the editor of both may.
      expect(
        await saveProjectDetailsDef.execute(as(fx.actors.editorArea), {
          ...(await detailsOf(fx.h, a)),
          linkedProjectIds: [b],
        }),
      ).toMatchObject({ ok: false, fieldErrors: { linkedProjectIds: ["validation.linkOutsideAreas"] } });
      expect(
        await saveProjectDetailsDef.execute(as(bothAreas), { ...(await detailsOf(fx.h, a)), linkedProjectIds: [] }),
      ).toMatchObject({ ok: true });
      expect([await linksOf(fx.h, a), await linksOf(fx.h, b), await linksOf(fx.h, other)]).toEqual([[], [], []]);
    });

    it("saves a project linked to another area when the link is left as it is", async () => {
      const id = await idOf(fx.h, "2-2");
      const form = await detailsOf(fx.h, id);
      expect(form.linkedProjectIds).toHaveLength(1);
      expect(
        await saveProjectDetailsDef.execute(as(fx.actors.editorArea), {
          ...form,
          titleEn: "Model city: Vladivostok (2)",
        }),
      ).toMatchObject({ ok: true });
      expect(await linksOf(fx.h, id)).toEqual(form.linkedProjectIds);
    });

    it("refuses a link to itself, in whatever case the id is written, and an unknown project", async () => {
      const form = await detailsOf(fx.h, await idOf(fx.h, "2-5"));
      for (const self of [form.id, form.id.toUpperCase()]) {
        expect(await saveProjectDetailsDef.execute(as(fx.actors.admin), { ...form, linkedProjectIds: [self] })).toEqual(
          {
            ok: false,
            formError: null,
            fieldErrors: { linkedProjectIds: ["validation.linkSelf"] },
          },
        );
      }
      expect(
        await saveProjectDetailsDef.execute(as(fx.actors.admin), {
          ...form,
          linkedProjectIds: ["00000000-0000-4000-8000-000000000000"],
        }),
      ).toEqual({ ok: false, formError: null, fieldErrors: { linkedProjectIds: ["validation.unknownRecord"] } });
    });
  });

  describe("partners", () => {
    it("adds an existing organisation with its role, at the end of the list, audited", async () => {
      const projectId = await idOf(fx.h, "2-3");
      const organizationId = await unlinked(fx.h, "organizations", projectId);
      const result = await addOrganizationDef.execute(as(fx.actors.editorArea), {
        projectId,
        organizationId,
        create: false,
        ...noLinkText,
        roleJa: "資材の供給",
      });
      expect(result).toEqual({ ok: true, data: { organizationId } });
      expect((await partnersOf(fx.h, projectId)).at(-1)).toMatchObject({
        id: organizationId,
        role_ja: "資材の供給",
        version: 1,
      });
      expect(await lastAudit(fx.h)).toMatchObject({
        action: "create",
        entity_type: "organizationLink",
        entity_id: `${projectId}:${organizationId}`,
        project_id: projectId,
        area_number: 2,
        changes: { roleJa: { old: null, new: "資材の供給" } },
      });
    });

    it("creates a new organisation together with its link: two audit rows", async () => {
      const projectId = await idOf(fx.h, "2-3");
      const before = await auditCount(fx.h);
      const result = await addOrganizationDef.execute(as(fx.actors.editorArea), {
        projectId,
        organizationId: "",
        create: true,
        organization: { nameJa: " 新しい協力企業 ", nameEn: "New partner", side: "joint", kind: "company" },
        ...noLinkText,
      });
      expect(result).toMatchObject({ ok: true });
      const organizationId = (result as { data: { organizationId: string } }).data.organizationId;
      const [org] = await queryRows<{ name_ja: string; side: string; kind: string }>(
        fx.h,
        sql`select name_ja, side, kind from organizations where id = ${organizationId}`,
      );
      expect(org).toEqual({ name_ja: "新しい協力企業", side: "joint", kind: "company" });
      expect((await partnersOf(fx.h, projectId)).at(-1)?.id).toBe(organizationId);
      const events = await queryRows<{ entity_type: string }>(
        fx.h,
        sql`select entity_type from audit_events order by id desc limit 2`,
      );
      expect(events.map((e) => e.entity_type).sort()).toEqual(["organization", "organizationLink"]);
      expect(await auditCount(fx.h)).toBe(before + 2);
    });

    it("refuses an organisation the project already has, and an unknown one, writing nothing", async () => {
      const projectId = await idOf(fx.h, "2-3");
      const [first] = await partnersOf(fx.h, projectId);
      const before = await auditCount(fx.h);
      for (const organizationId of [first!.id, first!.id.toUpperCase()]) {
        expect(
          await addOrganizationDef.execute(as(fx.actors.editorArea), {
            projectId,
            organizationId,
            create: false,
            ...noLinkText,
          }),
        ).toEqual({ ok: false, formError: null, fieldErrors: { organizationId: ["validation.alreadyLinked"] } });
      }
      expect(
        await addOrganizationDef.execute(as(fx.actors.editorArea), {
          projectId,
          organizationId: "00000000-0000-4000-8000-000000000000",
          create: false,
          ...noLinkText,
        }),
      ).toEqual({ ok: false, formError: null, fieldErrors: { organizationId: ["validation.unknownRecord"] } });
      expect(await auditCount(fx.h)).toBe(before);
    });

    it("saves a link's role, and refuses a stale version with the other person's values", async () => {
      const projectId = await idOf(fx.h, "2-2");
      const [link] = await partnersOf(fx.h, projectId);
      const key = { projectId, organizationId: link!.id };
      expect(
        await saveOrganizationLinkDef.execute(as(bothAreas), {
          ...key,
          version: link!.version,
          ...noLinkText,
          roleJa: "設計",
        }),
      ).toEqual({ ok: true, data: { version: link!.version + 1 } });
      expect(await lastAudit(fx.h)).toMatchObject({
        action: "update",
        changes: { roleJa: { old: link!.role_ja, new: "設計" } },
      });
      const before = await auditCount(fx.h);
      const stale = await saveOrganizationLinkDef.execute(as(fx.actors.admin), {
        ...key,
        version: link!.version,
        ...noLinkText,
        roleJa: "施工",
      });
      expect(stale).toMatchObject({
        ok: false,
        formError: "errors.conflict",
        conflict: {
          updatedBy: "Editor 2+5",
          version: link!.version + 1,
          current: { roleJa: "設計", roleEn: "", labelJa: "", labelEn: "" },
        },
      });
      expect((await partnersOf(fx.h, projectId))[0]!.role_ja).toBe("設計");
      expect(await auditCount(fx.h)).toBe(before);
    });

    it("removes a partner only at the version the form was read at", async () => {
      const projectId = await idOf(fx.h, "2-1");
      const [link] = await partnersOf(fx.h, projectId);
      const key = { projectId, organizationId: link!.id };
      expect(
        await removeOrganizationDef.execute(as(fx.actors.editorArea), { ...key, version: link!.version + 1 }),
      ).toMatchObject({ ok: false, formError: "errors.conflict" });
      expect(await removeOrganizationDef.execute(as(fx.actors.editorArea), { ...key, version: link!.version })).toEqual(
        {
          ok: true,
          data: { organizationId: link!.id },
        },
      );
      expect((await partnersOf(fx.h, projectId)).map((p) => p.id)).not.toContain(link!.id);
      expect(await lastAudit(fx.h)).toMatchObject({
        action: "delete",
        changes: { organization: { old: link!.name_ja, new: null } },
      });
      expect(
        await removeOrganizationDef.execute(as(fx.actors.editorArea), { ...key, version: link!.version }),
      ).toMatchObject({ ok: false, formError: "errors.deletedMeanwhile", conflict: { current: null } });
    });

    it("moves a partner up and down; past either end is no change", async () => {
      const projectId = await idOf(fx.h, "2-5");
      const ids = (await partnersOf(fx.h, projectId)).map((p) => p.id);
      const ctx = as(fx.actors.editorArea);
      expect(await moveOrganizationDef.execute(ctx, { projectId, targetId: ids[0], direction: "down" })).toEqual({
        ok: true,
        data: { position: 2 },
      });
      expect((await partnersOf(fx.h, projectId)).map((p) => p.id)).toEqual([ids[1], ids[0], ...ids.slice(2)]);
      expect(await lastAudit(fx.h)).toMatchObject({ action: "reorder", changes: { position: { old: 1, new: 2 } } });
      expect(await moveOrganizationDef.execute(ctx, { projectId, targetId: ids[0], direction: "up" })).toEqual({
        ok: true,
        data: { position: 1 },
      });
      expect((await partnersOf(fx.h, projectId)).map((p) => p.id)).toEqual(ids);
      const before = await auditCount(fx.h);
      expect(await moveOrganizationDef.execute(ctx, { projectId, targetId: ids[0], direction: "up" })).toEqual({
        ok: true,
        data: { position: 1 },
      });
      expect(await moveOrganizationDef.execute(ctx, { projectId, targetId: ids.at(-1), direction: "down" })).toEqual({
        ok: true,
        data: { position: ids.length },
      });
      expect(await auditCount(fx.h)).toBe(before);
    });

    it("refuses text the database cannot store, on its field", async () => {
      const projectId = await idOf(fx.h, "2-5");
      expect(
        await addOrganizationDef.execute(as(fx.actors.admin), {
          projectId,
          organizationId: "",
          create: true,
          organization: { nameJa: "a\u0000b", nameEn: "", side: "jp", kind: "company" },
          ...noLinkText,
        }),
      ).toEqual({ ok: false, formError: null, fieldErrors: { "organization.nameJa": ["validation.unstorableText"] } });
      const [link] = await partnersOf(fx.h, projectId);
      expect(
        await saveOrganizationLinkDef.execute(as(fx.actors.admin), {
          projectId,
          organizationId: link!.id,
          version: link!.version,
          ...noLinkText,
          roleEn: "\ud800",
        }),
      ).toEqual({ ok: false, formError: null, fieldErrors: { roleEn: ["validation.unstorableText"] } });
    });
  });

  describe("places", () => {
    it("adds an existing place and a new one with its coordinates, and removes one", async () => {
      const projectId = await idOf(fx.h, "2-1");
      const locationId = await unlinked(fx.h, "locations", projectId);
      expect(await addLocationDef.execute(as(fx.actors.editorArea), { projectId, locationId, create: false })).toEqual({
        ok: true,
        data: { locationId },
      });
      const created = await addLocationDef.execute(as(fx.actors.editorArea), {
        projectId,
        locationId: "",
        create: true,
        location: { nameJa: "ナホトカ", nameEn: "Nakhodka", kind: "port", lat: "42.8167", lon: "132.8833" },
      });
      expect(created).toMatchObject({ ok: true });
      const places = await placesOf(fx.h, projectId);
      expect(places.slice(-2)).toMatchObject([
        { id: locationId },
        { name_ja: "ナホトカ", lat: "42.816700", lon: "132.883300" },
      ]);
      expect(await lastAudit(fx.h)).toMatchObject({
        action: "create",
        entity_type: "locationLink",
        changes: { location: { old: null, new: "ナホトカ" } },
      });

      expect(await removeLocationDef.execute(as(fx.actors.editorArea), { projectId, locationId })).toEqual({
        ok: true,
        data: { locationId },
      });
      expect((await placesOf(fx.h, projectId)).map((p) => p.id)).not.toContain(locationId);
      expect(await removeLocationDef.execute(as(fx.actors.editorArea), { projectId, locationId })).toMatchObject({
        ok: false,
        formError: "errors.deletedMeanwhile",
      });
    });

    it("refuses bad coordinates, a place already there and an unknown one, writing nothing", async () => {
      const projectId = await idOf(fx.h, "2-1");
      const before = await auditCount(fx.h);
      const place = (lat: string, lon: string) => ({
        projectId,
        locationId: "",
        create: true,
        location: { nameJa: "港", nameEn: "", kind: "port", lat, lon },
      });
      expect(await addLocationDef.execute(as(fx.actors.editorArea), place("91", "0"))).toEqual({
        ok: false,
        formError: null,
        fieldErrors: { "location.lat": ["validation.coordinate"] },
      });
      expect(await addLocationDef.execute(as(fx.actors.editorArea), place("0", "-180.5"))).toEqual({
        ok: false,
        formError: null,
        fieldErrors: { "location.lon": ["validation.coordinate"] },
      });
      expect(await addLocationDef.execute(as(fx.actors.editorArea), place("43,1", "1.1234567"))).toEqual({
        ok: false,
        formError: null,
        fieldErrors: { "location.lat": ["validation.coordinate"], "location.lon": ["validation.coordinate"] },
      });
      const [first] = await placesOf(fx.h, projectId);
      expect(
        await addLocationDef.execute(as(fx.actors.editorArea), { projectId, locationId: first!.id, create: false }),
      ).toEqual({ ok: false, formError: null, fieldErrors: { locationId: ["validation.alreadyLinked"] } });
      expect(
        await addLocationDef.execute(as(fx.actors.editorArea), {
          projectId,
          locationId: "00000000-0000-4000-8000-000000000000",
          create: false,
        }),
      ).toEqual({ ok: false, formError: null, fieldErrors: { locationId: ["validation.unknownRecord"] } });
      expect(await auditCount(fx.h)).toBe(before);
    });

    it("moves a place down and up, whatever case its id is sent in", async () => {
      const projectId = await idOf(fx.h, "2-5");
      const ids = (await placesOf(fx.h, projectId)).map((p) => p.id);
      const ctx = as(fx.actors.editorArea);
      expect(
        await moveLocationDef.execute(ctx, { projectId, targetId: ids[1]!.toUpperCase(), direction: "down" }),
      ).toEqual({ ok: true, data: { position: 3 } });
      expect((await placesOf(fx.h, projectId)).map((p) => p.id)).toEqual([ids[0], ids[2], ids[1], ...ids.slice(3)]);
      expect(await moveLocationDef.execute(ctx, { projectId, targetId: ids[1], direction: "up" })).toEqual({
        ok: true,
        data: { position: 2 },
      });
      expect((await placesOf(fx.h, projectId)).map((p) => p.id)).toEqual(ids);
    });

    it("refuses an editor of another area, and a place of another project", async () => {
      const projectId = await idOf(fx.h, "2-5");
      const [first] = await placesOf(fx.h, projectId);
      expect(
        await moveLocationDef.execute(as(fx.actors.editorOther), { projectId, targetId: first!.id, direction: "down" }),
      ).toEqual({ ok: false, formError: "errors.forbidden", fieldErrors: {} });
      const elsewhere = await unlinked(fx.h, "locations", projectId);
      expect(
        await moveLocationDef.execute(as(fx.actors.editorArea), { projectId, targetId: elsewhere, direction: "down" }),
      ).toEqual({ ok: false, formError: "validation.unknownRecord", fieldErrors: {} });
    });
  });
});
