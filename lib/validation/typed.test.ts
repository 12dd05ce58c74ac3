import { describe, expect, it } from "vitest";
import { codeLabels } from "@/lib/export/row-parts";
import { CODE_LISTS, type CodeListName, type Column } from "@/lib/export/tables";
import { convertCell } from "@/lib/import/convert";
import { createEditionSchema } from "./editions";
import { decimalSchema, wholeNumber } from "./fields";
import { partialDateSchema } from "./partial-date";
import { asTyped } from "./typed";

// Numbers, date parts and codes as a Japanese input method types them, in the forms and the
// spreadsheet import alike; and, for what is still wrong, a message about what was typed.
// (Every numeric field of every form: lib/actions/hostile-payloads.test.ts.)

const issues = (result: { error?: { issues: { message: string; path: PropertyKey[] }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("typed input", () => {
  it("folds full-width digits, signs and spaces, and every minus sign, into ASCII", () => {
    expect(asTyped("　２０２１　")).toBe("2021");
    expect(asTyped("－１２．５")).toBe("-12.5");
    expect(asTyped("−12.5")).toBe("-12.5");
    expect(asTyped("ー３")).toBe("-3");
    expect(asTyped("１，２３４")).toBe("1,234");
    // Text inside is left alone but for NFKC's folding.
    expect(asTyped("約５００")).toBe("約500");
  });

  it("reads numbers with grouping commas, and says which part of a wrong one is wrong", () => {
    expect(decimalSchema.parse("１，２３４．５")).toBe("1234.5");
    expect(decimalSchema.parse("－０１，５００")).toBe("-1500");
    expect(issues(decimalSchema.safeParse("1,23"))).toEqual([": validation.number"]);
    expect(issues(decimalSchema.safeParse("約500"))).toEqual([": validation.number"]);
    expect(issues(decimalSchema.safeParse("1.1234567"))).toEqual([": validation.tooManyDecimals"]);
    expect(issues(decimalSchema.safeParse("1234567890123456"))).toEqual([": validation.numberTooLarge"]);
    expect(issues(decimalSchema.safeParse("　"))).toEqual([": validation.required"]);
  });

  it("tells a year typed with words from a year out of range", () => {
    const area = wholeNumber(1, 99, "validation.area");
    expect(area.parse("　２　")).toBe(2);
    expect(issues(area.safeParse("2分野"))).toEqual([": validation.digitsOnly"]);
    expect(issues(area.safeParse("100"))).toEqual([": validation.area"]);
    const date = (year: string, month = "", day = "", precision = "day") =>
      partialDateSchema.safeParse({ precision, year, month, day });
    expect(date("２０２１", "１１", "３").data).toEqual({ date: "2021-11-03", precision: "day" });
    expect(issues(date("2021年", "11", "3"))).toEqual(["year: validation.digitsOnly"]);
    expect(issues(date("2021", "十一", "3"))).toEqual(["month: validation.digitsOnly"]);
    expect(issues(date("2021", "11", "3日"))).toEqual(["day: validation.digitsOnly"]);
    expect(issues(date("2200", "11", "3"))).toEqual(["year: validation.year"]);
    expect(issues(date("2021", "13", "3"))).toEqual(["month: validation.month"]);
  });

  it("names an edition's month in any of the ways it is written", () => {
    const period = (value: string) => createEditionSchema.shape.period.safeParse(value);
    for (const typed of ["2021-11", "２０２１－１１", "2021年11月", "２０２１年１１月", " 2021年1月 "])
      expect(period(typed).success, typed).toBe(true);
    expect(period("２０２１年１１月").data).toBe("2021-11");
    expect(period("2021年1月").data).toBe("2021-01");
    expect(issues(period("2021年13月"))).toEqual([": validation.period"]);
  });

  it("names every code by a label of its own in each language, so a label maps back to one code", () => {
    for (const list of Object.keys(CODE_LISTS) as CodeListName[])
      for (const lang of ["ja", "en"] as const) {
        const labels = CODE_LISTS[list].codes.map((code) => codeLabels(list, lang)[code]);
        expect(labels.every(Boolean), `${list} ${lang}`).toBe(true);
        expect(new Set(labels).size, `${list} ${lang}`).toBe(labels.length);
      }
  });

  it("reads the spreadsheet's numbers, dates and codes as typed, and quotes a wrong cell as written", () => {
    const column = (type: Column["type"], codes?: Column["codes"]): Column => ({
      key: "k",
      ja: "",
      en: "",
      type,
      codes,
    });
    const read = (col: Column, cell: string) => {
      const r = convertCell(col, cell);
      return r.ok ? r.value : r.issue;
    };
    expect(read(column("decimal"), "１，２３４．５")).toBe("1234.5");
    expect(read(column("integer"), "　１２　")).toBe(12);
    expect(read(column("date"), "２０２１／１１／３")).toBe("2021-11-03");
    expect(read(column("date"), "2021年11月3日")).toBe("2021-11-03");
    expect(read(column("code", "milestone_status"), "ｃｏｍｐｌｅｔｅｄ")).toBe("completed");
    // A code as the staff workbook writes it, by its label in either language.
    const labels = codeLabels("milestone_status", "ja");
    expect(read(column("code", "milestone_status"), labels.completed!)).toBe("completed");
    expect(read(column("code", "milestone_status"), codeLabels("milestone_status", "en").delayed!)).toBe("delayed");
    expect(read(column("text"), "ＡＢＣ　１２")).toBe("ＡＢＣ　１２");
    expect(read(column("decimal"), "５００人")).toMatchObject({
      message: "import.issues.brokenNumber",
      params: { value: "５００人" },
    });
  });
});
