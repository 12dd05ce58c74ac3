import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { useSeededReport } from "@/db/testing/seeded-report";
import type { ReportModel } from "@/lib/report/model";
import { editionJsonSchema } from "./edition-schema";
import { editionRows } from "./edition-rows";
import { tablesJsonSchema } from "./json-schema";
import { TABLES, type TableRow } from "./tables";

// The schemas are checked against real data: the seeded October 2021 report, read through
// the same path as the pages, and its tables as the edition's files have them.

function validator(schema: object) {
  // Strict, so a misspelt keyword fails; the x- annotations are declared as vocabulary.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, allErrors: true });
  addFormats(ajv);
  ajv.addVocabulary([
    "x-description",
    "x-unit",
    "x-header",
    "x-staff-only",
    "x-key",
    "x-code-list",
    "x-code-lists",
    "x-format-version",
  ]);
  return ajv.compile(schema);
}

const asServed = (model: ReportModel) => JSON.parse(JSON.stringify(model)) as ReportModel;

describe("JSON Schemas", () => {
  const seeded = useSeededReport("pglite");

  it("an edition's JSON matches the edition schema", () => {
    const validate = validator(editionJsonSchema());
    const ok = validate(asServed(seeded.report));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("a broken edition fails: an unknown status, a missing title, an unknown property, a bad date", () => {
    const validate = validator(editionJsonSchema());
    const broken = (change: (m: ReportModel) => void) => {
      const model = asServed(seeded.report);
      change(model);
      return validate(model);
    };
    expect(broken(() => {})).toBe(true);
    expect(
      broken((m) => {
        (m.areas[0]!.projects[0] as { lifecycle: string }).lifecycle = "paused";
      }),
    ).toBe(false);
    expect(
      broken((m) => {
        delete (m.areas[1]!.projects[0] as Partial<ReportModel["areas"][0]["projects"][0]>).title;
      }),
    ).toBe(false);
    expect(
      broken((m) => {
        (m.plan as Record<string, unknown>).extra = 1;
      }),
    ).toBe(false);
    expect(
      broken((m) => {
        m.plan.asOf = { date: "2021-13-01", precision: "month" };
      }),
    ).toBe(false);
    expect(
      broken((m) => {
        (m as { schemaVersion: number }).schemaVersion = 2;
      }),
    ).toBe(false);
    expect(
      broken((m) => {
        m.plan.title = { ja: "x" } as ReportModel["plan"]["title"];
      }),
    ).toBe(false);
  });

  it("rows of every table of an edition match the tables schema", () => {
    const validate = validator(tablesJsonSchema());
    const rows = editionRows(seeded.report);
    const sample = Object.fromEntries(TABLES.map((t) => [t.name, [...rows[t.name]()].slice(0, 25)]));
    for (const t of TABLES) expect(sample[t.name]!.length, t.name).toBeGreaterThan(0);
    const ok = validate(sample);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("a row with an unknown code, a missing column or a formatted number fails", () => {
    const validate = validator(tablesJsonSchema());
    const milestone = [...editionRows(seeded.report).milestones()][0]!;
    const check = (row: TableRow) => validate({ milestones: [row] });
    expect(check(milestone)).toBe(true);
    expect(check({ ...milestone, status: "late" })).toBe(false);
    expect(check({ ...milestone, planned_date: "2021年4月" })).toBe(false);
    const { title_ja: _dropped, ...missing } = milestone;
    expect(check(missing)).toBe(false);
    const observation = [...editionRows(seeded.report).observations()][0]!;
    expect(validate({ observations: [{ ...observation, value: "約5,400" }] })).toBe(false);
  });
});
