import { describe, expect, it } from "vitest";
import type { Column } from "@/lib/export/tables";
import { convertCell } from "./convert";

// A cell as Excel may give it back: the day of a date cell, or a date as text in the forms
// Excel in Japan saves a CSV with.

const date: Column = { key: "planned_date", ja: "予定日", en: "Planned date", type: "date" };
const value = (cell: Parameters<typeof convertCell>[1]) => {
  const result = convertCell(date, cell);
  return result.ok ? result.value : result.issue.message;
};

describe("dates read back from a spreadsheet", () => {
  it("takes ISO dates, a date cell's day and the slashes and single digits Excel saves", () => {
    expect(value("2021-10-01")).toBe("2021-10-01");
    expect(value(new Date("2021-10-01T00:00:00Z"))).toBe("2021-10-01");
    expect(value("2021/10/1")).toBe("2021-10-01");
    expect(value("2021-4-1")).toBe("2021-04-01");
    expect(value(" 2020/3/31 ")).toBe("2020-03-31");
    expect(value(null)).toBeNull();
  });

  it("refuses what is not a day of the calendar, naming the value", () => {
    for (const cell of ["2021/2/30", "2021-13-01", "2021年10月", "10/1/2021", "20211001"])
      expect(value(cell), cell).toBe("import.issues.brokenDate");
    expect(value(44470)).toBe("import.issues.brokenDate");
  });
});
