import type { JsonSchema } from "../json-schema";

// Whether a newer JSON Schema still describes what an older one did, so that a program
// written against the older keeps reading editions. Both are brought to one shape first:
// references resolved, `anyOf` alternatives merged, and `type: [X, "null"]` read the same as
// `anyOf: [X, {type: "null"}]`, since a generator may write either.

type Shape = {
  types: string[];
  values: string[] | null;
  required: string[];
  properties: Record<string, JsonSchema>;
  items: JsonSchema | null;
  annotations: Record<string, unknown>;
};

/** Keywords compared as they are. */
const EXACT = ["format", "x-code-list", "additionalProperties"] as const;

const typeOfValue = (v: unknown) => (v === null ? "null" : typeof v === "number" ? "number" : typeof v);
const sorted = (list: Iterable<string>) => [...new Set(list)].sort();

function resolve(schema: JsonSchema, root: JsonSchema): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  const name = ref.replace(/^#\/\$defs\//, "");
  const defs = (root.$defs ?? {}) as Record<string, JsonSchema>;
  if (!defs[name]) throw new Error(`unresolved reference ${ref}`);
  return { ...resolve(defs[name], root), ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== "$ref")) };
}

function shapeOf(input: JsonSchema, root: JsonSchema): Shape {
  const schema = resolve(input, root);
  const parts = Array.isArray(schema.anyOf) ? (schema.anyOf as JsonSchema[]).map((s) => shapeOf(s, root)) : [];
  const listed = schema.enum ?? ("const" in schema ? [schema.const] : null);
  const values = Array.isArray(listed) ? listed : null;
  const own = [schema.type ?? []].flat() as string[];
  const types = [...own, ...(own.length ? [] : (values ?? []).map(typeOfValue)), ...parts.flatMap((p) => p.types)];
  const annotations = Object.fromEntries(EXACT.filter((k) => k in schema).map((k) => [k, schema[k]]));
  return {
    types: sorted(types),
    values:
      values || parts.some((p) => p.values)
        ? sorted([...(values ?? []), ...parts.flatMap((p) => p.values ?? [])].map(String))
        : null,
    required: sorted([...((schema.required as string[]) ?? []), ...parts.flatMap((p) => p.required)]),
    properties: Object.assign({}, ...parts.map((p) => p.properties), schema.properties ?? {}),
    items: (schema.items as JsonSchema | undefined) ?? parts.find((p) => p.items)?.items ?? null,
    annotations: Object.assign({}, ...parts.map((p) => p.annotations), annotations),
  };
}

/**
 * Where `next` no longer describes what `previous` did, one line per difference: a property
 * path gone, or one whose types, codes, required properties, format, code list or openness
 * changed. `next` may add properties, as long as none of them is required.
 */
export function schemaIncompatibilities(previous: JsonSchema, next: JsonSchema): string[] {
  const problems: string[] = [];
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const walk = (a: JsonSchema, b: JsonSchema, path: string) => {
    const was = shapeOf(a, previous);
    const is = shapeOf(b, next);
    if (!same(was.types, is.types)) problems.push(`${path}: type ${was.types} became ${is.types}`);
    if (!same(was.values, is.values)) problems.push(`${path}: values ${was.values} became ${is.values}`);
    if (!same(was.required, is.required)) problems.push(`${path}: required ${was.required} became ${is.required}`);
    for (const key of EXACT)
      if (!same(was.annotations[key], is.annotations[key]))
        problems.push(
          `${path}: ${key} ${JSON.stringify(was.annotations[key])} became ${JSON.stringify(is.annotations[key])}`,
        );
    for (const [name, property] of Object.entries(was.properties)) {
      if (!is.properties[name]) problems.push(`${path}.${name}: gone`);
      else walk(property, is.properties[name], `${path}.${name}`);
    }
    if (was.items) {
      if (!is.items) problems.push(`${path}[]: gone`);
      else walk(was.items, is.items, `${path}[]`);
    }
  };
  walk(previous, next, "$");
  return problems;
}
