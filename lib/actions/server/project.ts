"use server";

import { saveProjectDetailsDef } from "@/lib/actions/projects";
import { requestContext } from "@/lib/actions/request-context";

// Entry points only: the checks live in the action definition (lib/actions/projects.ts).

export async function saveProjectDetailsAction(input: unknown) {
  return saveProjectDetailsDef.execute(await requestContext(), input);
}
