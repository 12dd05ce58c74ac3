import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import * as lists from "@/lib/domain/code-lists";
import { DATE_PRECISIONS } from "@/lib/domain/partial-date";
import { queryRows, testDbKinds } from "./testing/fresh-db";
import { useTestDatabase } from "./testing/use-database";

// Each code list is declared once (lib/domain/code-lists.ts) and the schema's enums are made
// from it; a migration, though, is written SQL. The migrated database must hold exactly the
// codes the application knows, in the same order (the order of a Postgres enum sorts rows).

const EXPECTED: Record<string, readonly string[]> = {
  lifecycle_status: lists.LIFECYCLE_STATUSES,
  delivery_confidence: lists.DELIVERY_CONFIDENCES,
  milestone_status: lists.MILESTONE_STATUSES,
  side: lists.SIDES,
  organization_kind: lists.ORGANIZATION_KINDS,
  location_kind: lists.LOCATION_KINDS,
  measure: lists.MEASURES,
  direction: lists.DIRECTIONS,
  accumulation: lists.ACCUMULATIONS,
  progress_kind: lists.PROGRESS_KINDS,
  edition_status: lists.EDITION_STATUSES,
  edition_source: lists.EDITION_SOURCES,
  role: lists.ROLES,
  round_status: lists.ROUND_STATUSES,
  round_report_state: lists.ROUND_REPORT_STATES,
  notification_kind: lists.NOTIFICATION_KINDS,
  date_precision: DATE_PRECISIONS,
};

describe.each(testDbKinds())("code lists on %s", (kind) => {
  const fx = useTestDatabase(kind);

  it("match the migrated database's enums, every one of them, in order", async () => {
    const rows = await queryRows<{ name: string; label: string }>(
      fx.h,
      sql`
      select t.typname as name, e.enumlabel as label
      from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
      where n.nspname = 'public' order by t.typname, e.enumsortorder`,
    );
    const found: Record<string, string[]> = {};
    for (const r of rows) (found[r.name] ??= []).push(r.label);
    expect(found).toEqual(Object.fromEntries(Object.entries(EXPECTED).map(([k, v]) => [k, [...v]])));
  });

  it("tell a code from anything else", () => {
    expect(lists.isCode(lists.SIDES, "jp")).toBe(true);
    expect(lists.isCode(lists.SIDES, "JP")).toBe(false);
    expect(lists.isCode(lists.SIDES, 1)).toBe(false);
  });
});
