import { z } from "zod";
import { described } from "@/lib/domain/described";
import { reportModelSchema } from "@/lib/domain/report-model";
import { JSON_SCHEMA_DRAFT, type JsonSchema } from "./json-schema";
import { CODE_LISTS, type CodeListName } from "./tables";

// The JSON Schema of an edition's JSON: the report model exactly as
// GET /api/v1/editions/{period} serves it, generated from the model's own zod schemas
// (lib/domain/report-model.ts), which carry every description. Each enum is marked with the
// published code list its codes are, so a reader finds their labels in the code table.
// Every object is closed (no other properties), as the model is.

const CODE_LIST_NAMES = Object.keys(CODE_LISTS) as CodeListName[];

/** The published code list whose codes these are, in their order. */
const codeListOf = (codes: readonly unknown[]) =>
  CODE_LIST_NAMES.find((name) => {
    const list: readonly unknown[] = CODE_LISTS[name].codes;
    return list.length === codes.length && list.every((code, i) => codes[i] === code);
  });

/** The schema of an edition's JSON (the report model, schemaVersion 1). */
export function editionJsonSchema(): JsonSchema {
  const { $schema: _generated, ...model } = z.toJSONSchema(reportModelSchema, {
    target: "draft-2020-12",
    override: ({ jsonSchema }) => {
      const list = jsonSchema.enum && codeListOf(jsonSchema.enum);
      if (list) jsonSchema["x-code-list"] = list;
    },
  });
  return {
    $schema: JSON_SCHEMA_DRAFT,
    title: "8項目の「協力プラン」進捗：版のJSON / Eight-point Cooperation Plan progress: an edition's JSON",
    ...described({
      ja: "ある時点で凍結した報告（版）全体。GET /api/v1/editions/{period} が返すもの。",
      en: "The whole report frozen at a date (an edition), as GET /api/v1/editions/{period} returns it.",
    }),
    ...model,
  };
}
