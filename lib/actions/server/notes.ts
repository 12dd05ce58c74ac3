"use server";

import { mediaActions, progressActions } from "@/lib/actions/records";
import { requestContext } from "@/lib/actions/request-context";

// Entry points only: the checks live in the action definitions (lib/actions/records.ts).

export async function createProgressAction(input: unknown) {
  return progressActions.create.execute(await requestContext(), input);
}

export async function saveProgressAction(input: unknown) {
  return progressActions.save.execute(await requestContext(), input);
}

export async function deleteProgressAction(input: unknown) {
  return progressActions.delete.execute(await requestContext(), input);
}

export async function moveProgressAction(input: unknown) {
  return progressActions.move.execute(await requestContext(), input);
}

export async function createMediaAction(input: unknown) {
  return mediaActions.create.execute(await requestContext(), input);
}

export async function saveMediaAction(input: unknown) {
  return mediaActions.save.execute(await requestContext(), input);
}

export async function deleteMediaAction(input: unknown) {
  return mediaActions.delete.execute(await requestContext(), input);
}

export async function moveMediaAction(input: unknown) {
  return mediaActions.move.execute(await requestContext(), input);
}
