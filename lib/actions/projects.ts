import { addLocation, addOrganization, moveLink, removeLocation, removeOrganization, saveOrganizationLink } from "@/db/mutations/partners";
import { saveProjectDetails } from "@/db/mutations/projects";
import { authorizeOwner, ownerOfProject } from "@/db/records/owner";
import type { Tx } from "@/db/connection";
import type { Actor } from "@/lib/auth/permissions";
import {
  addLocationSchema, addOrganizationSchema, moveLinkSchema, projectDetailsSchema, removeLocationSchema,
  removeOrganizationSchema, saveOrganizationLinkSchema,
} from "@/lib/validation/projects";
import { defineAction, refreshedByTheForm } from "./define-action";

// A project's own fields, its partners and its places. Every action names the project,
// and an editor must hold the project's area (checked in the database, not on the page).

const byProject = async (tx: Tx, input: { projectId: string }, actor: Actor) => authorizeOwner(await ownerOfProject(tx, input.projectId), actor);

export const saveProjectDetailsDef = defineAction({
  name: "saveProjectDetails", permission: "projects.edit", schema: projectDetailsSchema,
  authorize: (tx, input, actor) => byProject(tx, { projectId: input.id }, actor),
  run: (tx, input, ctx) => saveProjectDetails(tx, input, ctx),
  revalidate: refreshedByTheForm,
});

export const addOrganizationDef = defineAction({
  name: "addOrganization", permission: "projects.edit", schema: addOrganizationSchema,
  authorize: byProject,
  run: (tx, input, ctx) => addOrganization(tx, input, ctx),
  revalidate: refreshedByTheForm,
});

export const saveOrganizationLinkDef = defineAction({
  name: "saveOrganizationLink", permission: "projects.edit", schema: saveOrganizationLinkSchema,
  authorize: byProject,
  run: (tx, input, ctx) => saveOrganizationLink(tx, input, ctx),
  revalidate: refreshedByTheForm,
});

export const removeOrganizationDef = defineAction({
  name: "removeOrganization", permission: "projects.edit", schema: removeOrganizationSchema,
  authorize: byProject,
  run: (tx, input, ctx) => removeOrganization(tx, input, ctx),
  revalidate: refreshedByTheForm,
});

export const moveOrganizationDef = defineAction({
  name: "moveOrganization", permission: "projects.edit", schema: moveLinkSchema,
  authorize: byProject,
  run: (tx, input, ctx) => moveLink(tx, "organization", input, ctx),
  revalidate: refreshedByTheForm,
});

export const addLocationDef = defineAction({
  name: "addLocation", permission: "projects.edit", schema: addLocationSchema,
  authorize: byProject,
  run: (tx, input, ctx) => addLocation(tx, input, ctx),
  revalidate: refreshedByTheForm,
});

export const removeLocationDef = defineAction({
  name: "removeLocation", permission: "projects.edit", schema: removeLocationSchema,
  authorize: byProject,
  run: (tx, input, ctx) => removeLocation(tx, input, ctx),
  revalidate: refreshedByTheForm,
});

export const moveLocationDef = defineAction({
  name: "moveLocation", permission: "projects.edit", schema: moveLinkSchema,
  authorize: byProject,
  run: (tx, input, ctx) => moveLink(tx, "location", input, ctx),
  revalidate: refreshedByTheForm,
});
