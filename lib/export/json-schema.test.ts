import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { useSeededReport } from "@/db/testing/seeded-report";
import { reportModelProblems, reportModelSchema } from "@/lib/domain/report-model";
import type { ReportModel } from "@/lib/report/model";
import { editionJsonSchema } from "./edition-schema";
import { editionRows } from "./edition-rows";
import { tablesJsonSchema } from "./json-schema";
import { TABLES, type TableRow } from "./tables";
import servedV1Schema from "./testing/edition-schema-v1.json";

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
  const seeded = useSeededReport();

  // The model's own check (before an edition is stored), the schema generated from it, and
  // the schema served before it was generated: all three must agree on every edition.
  const editionChecks = () => {
    const generated = validator(editionJsonSchema());
    const servedV1 = validator(servedV1Schema);
    return [
      ["the zod schema", (model: unknown) => reportModelSchema.safeParse(model).success],
      ["the generated JSON Schema", (model: unknown) => generated(model)],
      ["the JSON Schema served as format version 1", (model: unknown) => servedV1(model)],
    ] as const;
  };

  it("an edition's JSON matches the model's zod schema, the edition schema and the one served before", () => {
    const model = asServed(seeded.report);
    expect(reportModelProblems(model)).toEqual([]);
    for (const schema of [editionJsonSchema(), servedV1Schema]) {
      const validate = validator(schema);
      const ok = validate(model);
      expect(validate.errors ?? []).toEqual([]);
      expect(ok).toBe(true);
    }
  });

  it("a broken edition fails: an unknown status, a missing title, an unknown property, a bad date, a formatted number", () => {
    for (const [name, check] of editionChecks()) {
      const broken = (change: (m: ReportModel) => void) => {
        const model = asServed(seeded.report);
        change(model);
        return check(model);
      };
      expect(
        broken(() => {}),
        name,
      ).toBe(true);
      expect(
        broken((m) => {
          (m.areas[0]!.projects[0] as { lifecycle: string }).lifecycle = "paused";
        }),
        name,
      ).toBe(false);
      expect(
        broken((m) => {
          delete (m.areas[1]!.projects[0] as Partial<ReportModel["areas"][0]["projects"][0]>).title;
        }),
        name,
      ).toBe(false);
      expect(
        broken((m) => {
          (m.plan as Record<string, unknown>).extra = 1;
        }),
        name,
      ).toBe(false);
      expect(
        broken((m) => {
          m.plan.asOf = { date: "2021-13-01", precision: "month" };
        }),
        name,
      ).toBe(false);
      expect(
        broken((m) => {
          (m as { schemaVersion: number }).schemaVersion = 2;
        }),
        name,
      ).toBe(false);
      expect(
        broken((m) => {
          m.plan.title = { ja: "x" } as ReportModel["plan"]["title"];
        }),
        name,
      ).toBe(false);
      expect(
        broken((m) => {
          m.areas[0]!.projects[0]!.indicators.push({
            ...m.plan.indicators[0]!,
            observations: [{ ...m.plan.indicators[0]!.observations[0]!, value: "約5,400" }],
          });
        }),
        name,
      ).toBe(false);
    }
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
