"use server";

import { indicatorActions, observationActions, targetActions } from "@/lib/actions/records";
import { requestContext } from "@/lib/actions/request-context";

// Entry points only: the checks live in the action definitions (lib/actions/records.ts).

export async function createIndicatorAction(input: unknown) {
  return indicatorActions.create.execute(await requestContext(), input);
}

export async function saveIndicatorAction(input: unknown) {
  return indicatorActions.save.execute(await requestContext(), input);
}

export async function deleteIndicatorAction(input: unknown) {
  return indicatorActions.delete.execute(await requestContext(), input);
}

export async function moveIndicatorAction(input: unknown) {
  return indicatorActions.move.execute(await requestContext(), input);
}

export async function createTargetAction(input: unknown) {
  return targetActions.create.execute(await requestContext(), input);
}

export async function saveTargetAction(input: unknown) {
  return targetActions.save.execute(await requestContext(), input);
}

export async function deleteTargetAction(input: unknown) {
  return targetActions.delete.execute(await requestContext(), input);
}

export async function moveTargetAction(input: unknown) {
  return targetActions.move.execute(await requestContext(), input);
}

export async function createObservationAction(input: unknown) {
  return observationActions.create.execute(await requestContext(), input);
}

export async function saveObservationAction(input: unknown) {
  return observationActions.save.execute(await requestContext(), input);
}

export async function deleteObservationAction(input: unknown) {
  return observationActions.delete.execute(await requestContext(), input);
}

export async function moveObservationAction(input: unknown) {
  return observationActions.move.execute(await requestContext(), input);
}
