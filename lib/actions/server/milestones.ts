"use server";

import { saveMilestoneTableDef } from "@/lib/actions/milestone-table";
import { milestoneActions } from "@/lib/actions/records";
import { requestContext } from "@/lib/actions/request-context";

// Entry points only: the checks live in the action definitions (lib/actions/records.ts).

export async function createMilestoneAction(input: unknown) {
  return milestoneActions.create.execute(await requestContext(), input);
}

export async function saveMilestoneAction(input: unknown) {
  return milestoneActions.save.execute(await requestContext(), input);
}

export async function deleteMilestoneAction(input: unknown) {
  return milestoneActions.delete.execute(await requestContext(), input);
}

export async function moveMilestoneAction(input: unknown) {
  return milestoneActions.move.execute(await requestContext(), input);
}

export async function saveMilestoneTableAction(input: unknown) {
  return saveMilestoneTableDef.execute(await requestContext(), input);
}
