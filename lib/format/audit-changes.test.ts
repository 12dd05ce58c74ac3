import { describe, expect, it } from "vitest";
import { readableChanges } from "./audit-changes";

describe("an audit row's changes as a person reads them", () => {
  it("shows a date with its precision as one value", () => {
    expect(
      readableChanges("update", {
        plannedDate: { old: "2021-10-01", new: "2021-11-01" },
        plannedPrecision: { old: "month", new: "month" },
        asOf: { old: null, new: "2021-10-31" },
        asOfPrecision: { old: null, new: "month_end" },
        status: { old: "planned", new: "completed" },
      }),
    ).toEqual([
      {
        field: "plannedDate",
        kind: "date",
        old: { date: "2021-10-01", precision: "month" },
        new: { date: "2021-11-01", precision: "month" },
      },
      { field: "asOf", kind: "date", old: null, new: { date: "2021-10-31", precision: "month_end" } },
      { field: "status", kind: "value", old: "planned", new: "completed" },
    ]);
  });

  it("leaves out, on creation, the fields left empty and the flags left off", () => {
    expect(
      readableChanges("create", {
        value: { old: null, new: "32" },
        approximate: { old: null, new: false },
        noteJa: { old: null, new: "" },
        provisional: { old: null, new: true },
      }).map((c) => c.field),
    ).toEqual(["value", "provisional"]);
    // On an update, a flag turned off is a change.
    expect(readableChanges("update", { approximate: { old: true, new: false } })).toHaveLength(1);
  });
});

describe("what the audit row records of a date", () => {
  it("keeps a date's precision beside it when only the date changed, and the date when only the precision did", async () => {
    const { changedFields } = await import("@/db/mutations/audit");
    const before = { plannedDate: "2021-10-01", plannedPrecision: "month", status: "planned", asOf: null };
    expect(changedFields(before, { ...before, plannedDate: "2021-11-01" })).toEqual({
      plannedDate: { old: "2021-10-01", new: "2021-11-01" },
      plannedPrecision: { old: "month", new: "month" },
    });
    expect(changedFields(before, { ...before, plannedPrecision: "month_end" })).toEqual({
      plannedDate: { old: "2021-10-01", new: "2021-10-01" },
      plannedPrecision: { old: "month", new: "month_end" },
    });
    expect(changedFields(before, { ...before, status: "completed" })).toEqual({
      status: { old: "planned", new: "completed" },
    });
  });
});
