import { describe, expect, it } from "vitest";
import { readAuditQuery } from "./audit-filters";

const ID = "7d3f8e0e-6f3c-4c1b-9a7e-1a2b3c4d5e6f";

describe("the audit log's URL is read leniently", () => {
  it("keeps well-formed values, trimmed, and puts a backwards range the right way round", () => {
    const q = readAuditQuery({
      actor: ID,
      area: "2",
      type: "milestone",
      id: "  x  ",
      from: "2025-05-01",
      to: "2025-04-01",
      page: "3",
    });
    expect(q.filters).toEqual({
      actorId: ID,
      areaNumber: 2,
      entityType: "milestone",
      entityId: "x",
      from: "2025-04-01",
      to: "2025-05-01",
    });
    expect(q.values).toEqual({
      actor: ID,
      area: "2",
      type: "milestone",
      id: "x",
      from: "2025-04-01",
      to: "2025-05-01",
    });
    expect(q.page).toBe(3);
  });

  it.each([
    { actor: "nope", area: "abc", type: "<script>", id: "", from: "2025-02-30", to: "yesterday", page: "-1" },
    { area: "0", page: "0" },
    { area: "2.5", page: "1.5" },
    { page: "999999999999" },
    { from: "2025-1-1", to: "20250101", page: "" },
    { id: "x".repeat(201), type: "a".repeat(41) },
  ])("drops what is malformed: %o", (params) => {
    const q = readAuditQuery(params);
    expect(Object.values(q.filters).filter((v) => v !== undefined)).toEqual([]);
    expect(q.page).toBe(1);
  });

  it("takes the first of repeated parameters", () => {
    expect(readAuditQuery({ area: ["5", "2"], page: ["2", "x"] })).toMatchObject({
      filters: { areaNumber: 5 },
      page: 2,
    });
  });
});
