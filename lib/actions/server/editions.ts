"use server";

import { createEditionDef, deleteEditionDef, publishEditionDef, withdrawEditionDef } from "@/lib/actions/editions";
import { requestContext } from "@/lib/actions/request-context";

// Entry points only: the checks live in the action definitions (lib/actions/editions.ts).

export async function createEditionAction(input: unknown) {
  return createEditionDef.execute(await requestContext(), input);
}

export async function publishEditionAction(input: unknown) {
  return publishEditionDef.execute(await requestContext(), input);
}

export async function withdrawEditionAction(input: unknown) {
  return withdrawEditionDef.execute(await requestContext(), input);
}

export async function deleteEditionAction(input: unknown) {
  return deleteEditionDef.execute(await requestContext(), input);
}
