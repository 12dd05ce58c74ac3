import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import { seedReport } from "@/db/seed/load";
import { openFreshDatabase, testDbKinds } from "@/db/testing/fresh-db";
import { createPersonas, type PersonaActors } from "@/db/testing/personas";
import { auditCount, downloadExport, runImport } from "@/lib/import/testing/import-run";

describe.each(testDbKinds())("staff import round trip on %s", (kind) => {
  let h: DbHandle;
  let actors: PersonaActors;
  beforeAll(async () => {
    h = await openFreshDatabase(kind);
    await seedReport(h.db);
    actors = await createPersonas(h.db);
  });
  afterAll(async () => {
    await h?.close();
  });

  it.each(["xlsx", "csv"] as const)("an unedited %s export plans every row unchanged", async (format) => {
    const bytes = await downloadExport(h, format);
    const name = format === "xlsx" ? "live.xlsx" : "live.zip";
    const before = await auditCount(h);
    const dry = await runImport(h, actors.admin, bytes, name, "dryRun");
    if (!dry.ok) throw new Error(JSON.stringify(dry));
    console.log(JSON.stringify({ totals: dry.data.totals, issues: dry.data.issues.slice(0, 10), rows: dry.data.rows.slice(0, 5) }, null, 1));
    expect(await auditCount(h)).toBe(before);
  });
});
