import { describe, expect, it } from "vitest";
import { formatTokyoMinute } from "./audit-table";
import { pageHref } from "./pager";

describe("the audit table's helpers", () => {
  it("writes times in Japan time, to the minute, across the day boundary", () => {
    expect(formatTokyoMinute(new Date("2026-11-27T05:05:59Z"))).toBe("2026-11-27 14:05");
    expect(formatTokyoMinute(new Date("2025-03-31T14:59:59Z"))).toBe("2025-03-31 23:59");
    expect(formatTokyoMinute(new Date("2025-03-31T15:00:00Z"))).toBe("2025-04-01 00:00");
  });

  it("links to a page keeping the filter, dropping empty values and page 1", () => {
    const query = { actor: "a b", area: "2", type: undefined, id: "", page: "7" };
    expect(pageHref("/staff/audit", query, 1)).toBe("/staff/audit?actor=a+b&area=2");
    expect(pageHref("/staff/audit", query, 3)).toBe("/staff/audit?actor=a+b&area=2&page=3");
    expect(pageHref("/staff/projects/x/history", undefined, 2)).toBe("/staff/projects/x/history?page=2");
  });
});
