import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor, type Persona } from "@/db/testing/personas";
import { useTestDatabase } from "@/db/testing/use-database";
import { createEditionDef } from "./editions";
import { openRoundDef, reviewReportDef, submitReportDef } from "./rounds";

// An edition made from a round: refused while any of the round's projects is not approved
// (or changed since), unless an admin gives a reason, which is audited and kept on the draft.

describe.each(testDbKinds())("an edition from a round on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });
  const as = (persona: Persona) => contextFor(fx.h.db, fx.actors[persona]);

  it("waits for every approval, or for an admin's reason", async () => {
    const opened = await openRoundDef.execute(as("admin"), {
      period: "2040-04",
      titleJa: "2040年4月の進捗報告",
      titleEn: "",
      deadline: "2040-04-30",
      instructionsJa: "",
      instructionsEn: "",
      scope: "some",
      areas: [2],
    });
    if (!opened.ok) throw new Error(JSON.stringify(opened));
    const roundId = opened.data.id;
    const reports = () =>
      queryRows<{ id: string; version: number }>(
        fx.h,
        sql`select id::text, version from round_reports where round_id = ${roundId} order by id`,
      );
    const edition = (period: string, over: Record<string, unknown> = {}) =>
      createEditionDef.execute(as("admin"), { period, titleJa: `${period}現在`, titleEn: "", roundId, ...over });

    expect(await edition("2040-04")).toEqual({
      ok: false,
      formError: "editions.roundNotApproved",
      fieldErrors: { overrideReason: ["editions.overrideNeeded"] },
    });
    const overridden = await edition("2040-04", { overrideReason: "閣議報告に間に合わせるため" });
    expect(overridden).toMatchObject({ ok: true });
    const [draft] = await queryRows<{ round_id: string; override_reason: string }>(
      fx.h,
      sql`select round_id::text, override_reason from editions where period = '2040-04'`,
    );
    expect(draft).toEqual({ round_id: roundId, override_reason: "閣議報告に間に合わせるため" });
    const [audited] = await queryRows<{ changes: Record<string, { new: unknown }> }>(
      fx.h,
      sql`select changes from audit_events where entity_type = 'edition' and label = '2040-04' and action = 'create'`,
    );
    expect(audited!.changes.overrideReason!.new).toBe("閣議報告に間に合わせるため");

    // Every report submitted by the area's editor and approved by its reviewer: no reason needed.
    for (const r of await reports())
      await submitReportDef.execute(as("editorArea"), { id: r.id, version: r.version, note: "" });
    for (const r of await reports())
      expect(
        await reviewReportDef.execute(as("reviewerArea"), {
          id: r.id,
          version: r.version,
          decision: "approve",
          comment: "",
        }),
      ).toMatchObject({ ok: true });
    expect(await edition("2040-05", { overrideReason: "不要な理由" })).toMatchObject({ ok: true });
    const [clean] = await queryRows<{ override_reason: string | null }>(
      fx.h,
      sql`select override_reason from editions where period = '2040-05'`,
    );
    expect(clean!.override_reason).toBeNull();
    // A round that does not exist is refused on its field.
    expect(await edition("2040-06", { roundId: "00000000-0000-4000-8000-000000000000" })).toMatchObject({
      ok: false,
      fieldErrors: { roundId: ["validation.unknownRecord"] },
    });
  });
});
