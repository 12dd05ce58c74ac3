import { describe, expect, it } from "vitest";
import { seedReport } from "../seed/load";
import { openFreshDatabase, testDbKinds } from "../testing/fresh-db";
import { reportOf, useSeededReport } from "../testing/seeded-report";

// The model tests (diff, search, seeded facts, exports) read the seeded report once, on the
// embedded database. They stand for both drivers because of this test: the model built
// from rows a driver reads is the same, number for number and date for date.

describe("the report model's rows", () => {
  const seeded = useSeededReport();

  it.each(testDbKinds())("build the same model on %s, seeded from nothing, as the model tests read", async (kind) => {
    const handle = await openFreshDatabase(kind);
    try {
      await seedReport(handle.db);
      expect(await reportOf(handle.db)).toEqual(seeded.report);
    } finally {
      await handle.close();
    }
  });
});
