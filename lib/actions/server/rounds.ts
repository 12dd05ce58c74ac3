"use server";

import { requestContext } from "@/lib/actions/request-context";
import { sendDigestsDef } from "@/lib/actions/reminders";
import { closeRoundDef, openRoundDef, reviewReportDef, submitReportDef } from "@/lib/actions/rounds";

// Entry points only: the checks live in the action definitions (lib/actions/rounds.ts).

export async function openRoundAction(input: unknown) {
  return openRoundDef.execute(await requestContext(), input);
}

export async function closeRoundAction(input: unknown) {
  return closeRoundDef.execute(await requestContext(), input);
}

export async function submitReportAction(input: unknown) {
  return submitReportDef.execute(await requestContext(), input);
}

export async function reviewReportAction(input: unknown) {
  return reviewReportDef.execute(await requestContext(), input);
}

export async function sendDigestsAction(input: unknown) {
  return sendDigestsDef.execute(await requestContext(), input);
}
