import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { testDbKinds } from "@/db/testing/fresh-db";
import { useTestDatabase } from "@/db/testing/use-database";
import { editionIntegrity } from "./edition-integrity";

// The daily check of published editions: intact as published, and a change made past the
// triggers found, naming the edition and the part.

describe.each(testDbKinds())("edition integrity on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true });

  it("finds the seeded edition intact, then a change made with its guard disabled", async () => {
    const before = await editionIntegrity(fx.h.db);
    expect(before.find((f) => f.period === "2021-10" && f.part === "content")).toMatchObject({ intact: true });
    expect(before.every((f) => f.intact)).toBe(true);

    await fx.h.db.execute(sql`alter table editions disable trigger editions_guard_published`);
    // One space more: the JSON reads the same, its bytes do not.
    await fx.h.db.execute(sql`update editions set content = content || ' ' where period = '2021-10'`);
    await fx.h.db.execute(sql`alter table editions enable trigger editions_guard_published`);

    const after = await editionIntegrity(fx.h.db);
    const content = after.find((f) => f.period === "2021-10" && f.part === "content")!;
    expect(content.intact).toBe(false);
    expect(content.published).toBe(before.find((f) => f.part === "content")!.published);
    expect(content.actual).not.toBe(content.published);
  });
});
