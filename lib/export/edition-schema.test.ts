import { describe, expect, it } from "vitest";
import { dictionaryTable } from "./dictionary";
import { editionJsonSchema } from "./edition-schema";
import type { JsonSchema } from "./json-schema";
import type { TableName } from "./tables";
import { schemaIncompatibilities } from "./testing/schema-compat";
import servedV1 from "./testing/edition-schema-v1.json";

// The edition schema is generated from the report model; programs read editions by the
// schema served before, so every change to it must keep what that one said.

const copy = (schema: JsonSchema): JsonSchema => structuredClone(schema);
const defs = (schema: JsonSchema) =>
  schema.$defs as Record<string, JsonSchema & { properties: Record<string, JsonSchema> }>;

describe("edition JSON Schema", () => {
  it("keeps every property, type, code and required list of the schema served as format version 1", () => {
    expect(schemaIncompatibilities(servedV1, editionJsonSchema())).toEqual([]);
  });

  it("keeps the served schema's title, top-level description and draft", () => {
    const { $schema, title, description } = editionJsonSchema();
    expect({ $schema, title, description }).toEqual({
      $schema: servedV1.$schema,
      title: servedV1.title,
      description: servedV1.description,
    });
  });

  it("finds a property gone, a code changed, a type changed and a property newly required", () => {
    const changed = (change: (schema: JsonSchema) => void) => {
      const next = copy(servedV1);
      change(next);
      return schemaIncompatibilities(servedV1, next);
    };
    expect(changed(() => {})).toEqual([]);
    expect(
      changed((s) => {
        delete defs(s).Milestone!.properties.actual;
      }),
    ).toContain("$.areas[].projects[].milestones[].actual: gone");
    expect(
      changed((s) => {
        defs(s).Project!.properties.lifecycle!.enum = ["planned", "in_progress", "completed"];
      }),
    ).toContainEqual(expect.stringMatching(/^\$\.areas\[\]\.projects\[\]\.lifecycle: values /));
    expect(
      changed((s) => {
        defs(s).LocalizedText!.properties.en!.type = "string";
      }),
    ).toContain("$.plan.title.en: type null,string became string");
    expect(
      changed((s) => {
        const project = defs(s).Project!;
        project.properties.budget = { type: "string" };
        project.required = [...(project.required as string[]), "budget"];
      }),
    ).toContainEqual(expect.stringMatching(/^\$\.areas\[\]\.projects\[\]: required /));
    // An optional addition is allowed.
    expect(
      changed((s) => {
        defs(s).Project!.properties.budget = { type: "string" };
      }),
    ).toEqual([]);
  });

  it("describes a property that is a column of the tables as the data dictionary does", () => {
    // [definition, property] → [table, column]
    const columns: [string, string, TableName, string][] = [
      ["Observation", "value", "observations", "value"],
      ["Observation", "approximate", "observations", "approximate"],
      ["Observation", "lowerBound", "observations", "lower_bound"],
      ["Observation", "provisional", "observations", "provisional"],
      ["Observation", "source", "observations", "source"],
      ["Target", "value", "targets", "value"],
      ["Target", "lowerBound", "targets", "lower_bound"],
      ["Indicator", "key", "indicators", "indicator_key"],
      ["Indicator", "measure", "indicators", "measure"],
      ["Indicator", "direction", "indicators", "direction"],
      ["Indicator", "accumulation", "indicators", "accumulation"],
      ["Indicator", "decimals", "indicators", "decimals"],
      ["Organization", "key", "organizations", "organization_key"],
      ["Organization", "side", "organizations", "side"],
      ["Organization", "kind", "organizations", "kind"],
      ["Location", "key", "locations", "location_key"],
      ["Location", "kind", "locations", "kind"],
      ["Location", "lat", "locations", "lat"],
      ["Location", "lon", "locations", "lon"],
      ["Milestone", "id", "milestones", "milestone_id"],
      ["Milestone", "status", "milestones", "status"],
      ["Progress", "kind", "progress_notes", "kind"],
      ["Progress", "sub", "progress_notes", "sub"],
      ["ProjectRef", "slug", "projects", "slug"],
      ["ProjectRef", "areaNumber", "areas", "area_number"],
      ["ProjectRef", "number", "projects", "project_number"],
      ["Project", "id", "projects", "project_id"],
      ["Project", "slug", "projects", "slug"],
      ["Project", "areaNumber", "projects", "area_number"],
      ["Project", "number", "projects", "project_number"],
      ["Project", "lifecycle", "projects", "lifecycle_status"],
      ["Project", "organizationsEtc", "projects", "organizations_etc"],
      ["Project", "updatedAt", "projects", "updated_at"],
      ["Area", "number", "areas", "area_number"],
    ];
    const schema = defs(editionJsonSchema());
    const meaning = (table: TableName, key: string) =>
      dictionaryTable(table).entries.find((c) => c.key === key)?.meaning;
    for (const [def, property, table, column] of columns)
      expect(schema[def]!.properties[property]!["x-description"], `${def}.${property}`).toEqual(meaning(table, column));
    const overview = schema.Area!.properties.overview!.items as { properties: Record<string, JsonSchema> };
    expect(overview.properties.sub!["x-description"]).toEqual(meaning("area_overview", "sub"));
  });
});
