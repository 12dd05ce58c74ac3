import type { z } from "zod";
import {
  addLocation,
  addOrganization,
  moveLink,
  removeLocation,
  removeOrganization,
  saveOrganizationLink,
} from "@/db/mutations/partners";
import { saveProjectDetails } from "@/db/mutations/projects";
import { authorizeOwner, ownerOfProject, type Owner } from "@/db/records/owner";
import type { Tx } from "@/db/connection";
import type { Actor } from "@/lib/domain/permissions";
import {
  addLocationSchema,
  addOrganizationSchema,
  moveLinkSchema,
  projectDetailsSchema,
  removeLocationSchema,
  removeOrganizationSchema,
  saveOrganizationLinkSchema,
} from "@/lib/validation/projects";
import { orgLinkToInput, projectToInput } from "@/lib/records/project";
import { defineAction, refreshedByTheForm, type RunContext } from "./define-action";
import { inFormTerms } from "./form-terms";

// A project's own fields, its partners and its places. Every action names the project,
// and an editor must hold the project's area (checked in the database, not on the page).

const byProject = async (tx: Tx, projectId: string, actor: Actor) =>
  authorizeOwner(await ownerOfProject(tx, projectId), actor);

/** An action on one project's partners or places: `projectId` names the project. */
function partnerAction<S extends z.ZodType<{ projectId: string }>, T>(
  name: string,
  schema: S,
  run: (tx: Tx, input: z.output<S>, ctx: RunContext<Owner>) => Promise<T>,
) {
  return defineAction<S, T, Owner>({
    name,
    permission: "projects.edit",
    schema,
    run,
    revalidate: refreshedByTheForm,
    authorize: (tx, input, actor) => byProject(tx, input.projectId, actor),
  });
}

export const saveProjectDetailsDef = defineAction({
  name: "saveProjectDetails",
  permission: "projects.edit",
  schema: projectDetailsSchema,
  authorize: (tx, input, actor) => byProject(tx, input.id, actor),
  run: (tx, input, ctx) => inFormTerms(saveProjectDetails(tx, input, ctx), { toInput: projectToInput }),
  revalidate: refreshedByTheForm,
});

export const addOrganizationDef = partnerAction("addOrganization", addOrganizationSchema, addOrganization);
const linkShown = { toInput: orgLinkToInput };
export const saveOrganizationLinkDef = partnerAction(
  "saveOrganizationLink",
  saveOrganizationLinkSchema,
  (tx, input, ctx) => inFormTerms(saveOrganizationLink(tx, input, ctx), linkShown),
);
export const removeOrganizationDef = partnerAction("removeOrganization", removeOrganizationSchema, (tx, input, ctx) =>
  inFormTerms(removeOrganization(tx, input, ctx), linkShown),
);
export const moveOrganizationDef = partnerAction("moveOrganization", moveLinkSchema, (tx, input, ctx) =>
  moveLink(tx, "organization", input, ctx),
);
export const addLocationDef = partnerAction("addLocation", addLocationSchema, addLocation);
export const removeLocationDef = partnerAction("removeLocation", removeLocationSchema, removeLocation);
export const moveLocationDef = partnerAction("moveLocation", moveLinkSchema, (tx, input, ctx) =>
  moveLink(tx, "location", input, ctx),
);
