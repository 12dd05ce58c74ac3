import { describe, expect, it } from "vitest";
import { useSeededReport } from "@/db/testing/seeded-report";
import type { ReportModel } from "@/lib/report/model";
import { neutraliseText, restoreText } from "./cells";
import { csvZipStream } from "./csv-zip";
import { editionRows } from "./edition-rows";
import { collect, csvRows, sha256, unzip, xlsxSheets } from "./testing/read-back";
import { columnsOf, headerOf, TABLES } from "./tables";
import { xlsxStream } from "./xlsx";

// The edition's downloads, read back with independent readers: what a researcher opening
// them gets, table by table, against the edition's own model.

const AS_OF = new Date("2021-10-01T00:00:00Z");
const csvZip = (model: ReportModel) => collect(csvZipStream(editionRows(model), "edition", AS_OF, "readme"));
const workbook = (model: ReportModel) => collect(xlsxStream(editionRows(model), "edition", AS_OF));

function expectedCounts(model: ReportModel): Record<string, number> {
  const projects = model.areas.flatMap((a) => a.projects);
  const indicators = [...model.plan.indicators, ...projects.flatMap((p) => p.indicators)];
  return {
    areas: model.areas.length,
    projects: projects.length,
    milestones: projects.reduce((n, p) => n + p.milestones.length, 0),
    progress_notes: projects.reduce((n, p) => n + p.progress.length, 0),
    indicators: indicators.length,
    targets: indicators.reduce((n, i) => n + i.targets.length, 0),
    observations: indicators.reduce((n, i) => n + i.observations.length + (i.baseline ? 1 : 0), 0),
    organizations: new Set(projects.flatMap((p) => p.organizations.map((o) => o.key))).size,
    project_organizations: projects.reduce((n, p) => n + p.organizations.length, 0),
    locations: new Set(projects.flatMap((p) => p.locations.map((l) => l.key))).size,
    captions: projects.reduce((n, p) => n + p.captions.length, 0),
  };
}

/** The seeded model with text that a spreadsheet would take for formulas. */
function withFormulaText(model: ReportModel): ReportModel {
  const copy = structuredClone(model) as ReportModel;
  const project = copy.areas[0]!.projects[0]!;
  project.milestones[0]!.title = { ja: '=HYPERLINK("http://example.test","x")', en: "+1+2" };
  project.progress[0]!.text = { ja: "@SUM(A1:A2)", en: "-3+4" };
  return copy;
}

describe("edition downloads", () => {
  const seeded = useSeededReport();

  it("the CSV zip has one UTF-8 file per table with a BOM, CRLF line ends and the edition's counts", async () => {
    const files = await unzip(await csvZip(seeded.report));
    expect([...files.keys()].sort()).toEqual(["README.txt", ...TABLES.map((t) => `${t.name}.csv`)].sort());
    for (const table of TABLES) {
      const bytes = files.get(`${table.name}.csv`)!;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString("utf8")).toContain("\r\n");
      expect(bytes.toString("utf8").replace(/\r\n/g, "")).not.toContain("\n".repeat(2));
      expect(csvRows(bytes)[0]).toEqual(columnsOf(table, "edition").map(headerOf));
    }
    for (const [name, count] of Object.entries(expectedCounts(seeded.report))) {
      expect(csvRows(files.get(`${name}.csv`)!).length - 1, name).toBe(count);
    }
    expect(expectedCounts(seeded.report).projects).toBeGreaterThan(40);
  });

  it("the workbook opens with another reader: a sheet per table, the same counts, dates as dates and numbers as numbers", async () => {
    const sheets = await xlsxSheets(await workbook(seeded.report));
    expect([...sheets.keys()]).toEqual(TABLES.map((t) => t.name));
    for (const [name, count] of Object.entries(expectedCounts(seeded.report)))
      expect(sheets.get(name)!.length - 1, name).toBe(count);
    const [header, ...rows] = sheets.get("observations")!;
    const col = (key: string) =>
      header!.indexOf(headerOf(TABLES.find((t) => t.name === "observations")!.columns.find((c) => c.key === key)!));
    const values = rows.map((r) => r[col("value")]);
    expect(values.every((v) => typeof v === "number")).toBe(true);
    expect(values).toContain(1399);
    const asOf = rows.map((r) => r[col("as_of")]).filter((v) => v !== null);
    expect(asOf.length).toBeGreaterThan(0);
    expect(asOf.every((v) => v instanceof Date)).toBe(true);
    const flags = rows.map((r) => r[col("approximate")]);
    expect(flags.every((v) => typeof v === "boolean")).toBe(true);
  });

  it("text that looks like a formula is never evaluated: an apostrophe in CSV, a plain string cell in XLSX", async () => {
    const model = withFormulaText(seeded.report);
    const csv = csvRows((await unzip(await csvZip(model))).get("milestones.csv")!);
    const titleJa = csv[0]!.indexOf("名称・日本語（title_ja）");
    expect(csv[1]![titleJa]).toBe('\'=HYPERLINK("http://example.test","x")');
    expect(csv[1]![titleJa + 1]).toBe("'+1+2");
    const notes = csvRows((await unzip(await csvZip(model))).get("progress_notes.csv")!);
    expect(notes[1]).toContain("'@SUM(A1:A2)");
    expect(notes[1]).toContain("'-3+4");

    const bytes = await workbook(model);
    const parts = await unzip(bytes);
    const sheetXml = [...parts.entries()]
      .filter(([name]) => name.includes("worksheets/"))
      .map(([, b]) => b.toString("utf8"))
      .join("");
    expect(sheetXml).not.toMatch(/<f[ >]/);
    const milestones = (await xlsxSheets(bytes)).get("milestones")!;
    expect(milestones[1]).toContain('=HYPERLINK("http://example.test","x")');
  });

  it("the apostrophe comes off again on import, whatever the text", () => {
    for (const text of ["=1+2", "+81 3", "-", "@home", "\tx", "'=x", "''+y", "plain", "it's", "'quoted'", ""]) {
      expect(restoreText(neutraliseText(text))).toBe(text);
    }
    expect(neutraliseText("plain")).toBe("plain");
  });

  it("the same edition always gives the same bytes, whenever it is written", async () => {
    const first = [sha256(await workbook(seeded.report)), sha256(await csvZip(seeded.report))];
    // Zip entries carry times to 2 seconds: a clock in the bytes would show after this.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect([sha256(await workbook(seeded.report)), sha256(await csvZip(seeded.report))]).toEqual(first);
  });
});
