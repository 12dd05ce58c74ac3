import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import type { DbHandle } from "@/db/connection";
import { queryRows } from "@/db/testing/fresh-db";
import { contextFor } from "@/db/testing/personas";
import { importSpreadsheetDef } from "@/lib/actions/import";
import type { ActionResult } from "@/lib/actions/result";
import { liveExport, type ExportFormat } from "@/lib/export/live";
import type { ImportReport } from "@/lib/import/report";
import type { Actor } from "@/lib/domain/permissions";
import { collect } from "./export-files";

// Running the import action as the page does (a FormData with the file), for the tests.

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The staff export of the database as it stands, as a user downloads it (every area, or `areas`). */
export async function downloadExport(
  h: DbHandle,
  format: ExportFormat,
  areas: number[] | null = null,
): Promise<Uint8Array> {
  return collect((await liveExport(h.db, format, areas)).stream);
}

export function importForm(bytes: Uint8Array, fileName: string, mode: "dryRun" | "apply", expectedSha256?: string) {
  const form = new FormData();
  form.set("file", new File([Buffer.from(bytes)], fileName));
  form.set("mode", mode);
  if (expectedSha256) form.set("expectedSha256", expectedSha256);
  return form;
}

export async function runImport(
  h: DbHandle,
  actor: Actor | null,
  bytes: Uint8Array,
  fileName: string,
  mode: "dryRun" | "apply",
  expectedSha256?: string,
) {
  return (await importSpreadsheetDef.execute(
    contextFor(h.db, actor),
    importForm(bytes, fileName, mode, expectedSha256),
  )) as ActionResult<ImportReport>;
}

/** A dry run, then applying the same file with the hash the dry run gave. */
export async function dryRunThenApply(h: DbHandle, actor: Actor, bytes: Uint8Array, fileName: string) {
  const dry = await runImport(h, actor, bytes, fileName, "dryRun");
  if (!dry.ok) throw new Error(`dry run refused: ${JSON.stringify(dry)}`);
  const applied = await runImport(h, actor, bytes, fileName, "apply", dry.data.sha256);
  return { dry: dry.data, applied };
}

export const auditCount = async (h: DbHandle) =>
  (await queryRows<{ n: number }>(h, sql`select count(*)::int n from audit_events`))[0]!.n;
