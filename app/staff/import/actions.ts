"use server";

import { importSpreadsheetDef } from "@/lib/actions/import";
import { requestContext } from "@/lib/actions/request-context";

// Entry point only: the checks live in the action definition (lib/actions/import.ts).

export async function importSpreadsheetAction(input: FormData) {
  return importSpreadsheetDef.execute(await requestContext(), input);
}
