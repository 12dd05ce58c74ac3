"use server";

import {
  addLocationDef,
  addOrganizationDef,
  moveLocationDef,
  moveOrganizationDef,
  removeLocationDef,
  removeOrganizationDef,
  saveOrganizationLinkDef,
} from "@/lib/actions/projects";
import { requestContext } from "@/lib/actions/request-context";

// Entry points only: the checks live in the action definitions (lib/actions/projects.ts).

export async function addOrganizationAction(input: unknown) {
  return addOrganizationDef.execute(await requestContext(), input);
}

export async function saveOrganizationLinkAction(input: unknown) {
  return saveOrganizationLinkDef.execute(await requestContext(), input);
}

export async function removeOrganizationAction(input: unknown) {
  return removeOrganizationDef.execute(await requestContext(), input);
}

export async function moveOrganizationAction(input: unknown) {
  return moveOrganizationDef.execute(await requestContext(), input);
}

export async function addLocationAction(input: unknown) {
  return addLocationDef.execute(await requestContext(), input);
}

export async function removeLocationAction(input: unknown) {
  return removeLocationDef.execute(await requestContext(), input);
}

export async function moveLocationAction(input: unknown) {
  return moveLocationDef.execute(await requestContext(), input);
}
