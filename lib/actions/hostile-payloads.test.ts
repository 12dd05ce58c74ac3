import { eq, sql } from "drizzle-orm";
import type { z } from "zod";
import { beforeAll, describe, expect, it } from "vitest";
import type { DbHandle } from "@/db/connection";
import type { RecordKind } from "@/db/records/kinds";
import { projectToInput } from "@/lib/records/project";
import { projects } from "@/db/schema";
import { queryRows, testDbKinds } from "@/db/testing/fresh-db";
import { contextFor, type PersonaActors } from "@/db/testing/personas";
import { mediaSchemas, progressSchemas } from "@/lib/validation/content";
import { deleteRecordSchema, moveRecordSchema, TEXT } from "@/lib/validation/fields";
import { indicatorSchemas, observationSchemas, targetSchemas } from "@/lib/validation/indicators";
import { milestoneSchemas } from "@/lib/validation/milestones";
import { EMPTY_DATE } from "@/lib/validation/partial-date";
import {
  addLocationSchema,
  addOrganizationSchema,
  moveLinkSchema,
  projectDetailsSchema,
  removeLocationSchema,
  removeOrganizationSchema,
  saveOrganizationLinkSchema,
} from "@/lib/validation/projects";
import type { DefinedAction } from "./define-action";
import {
  addLocationDef,
  addOrganizationDef,
  moveLocationDef,
  moveOrganizationDef,
  removeLocationDef,
  removeOrganizationDef,
  saveOrganizationLinkDef,
  saveProjectDetailsDef,
} from "./projects";
import {
  indicatorActions,
  mediaActions,
  milestoneActions,
  observationActions,
  progressActions,
  targetActions,
} from "./records";
import { useTestDatabase } from "@/db/testing/use-database";

// Malformed and hostile payloads sent straight to every project-editing action, as an
// admin and as an editor: the deterministic breakers of every field, crafted attacks on
// the rules that need the database, and seeded random mutations of valid payloads. Each
// must be refused (never thrown, never a leaked database error) and leave every table
// byte for byte as it was.

type Payload = Record<string, unknown>;
type Field =
  | { kind: "uuid" | "uuids" | "version" | "flag" | "date" | "decimal" | "choice" }
  | { kind: "int" | "coordinate"; min: number; max: number }
  | { kind: "text"; max: number; required: boolean }
  | { kind: "object"; fields: Fields };
type Fields = Record<string, Field>;

const ID: Field = { kind: "uuid" };
const VERSION: Field = { kind: "version" };
const FLAG: Field = { kind: "flag" };
const DATE: Field = { kind: "date" };
const CHOICE: Field = { kind: "choice" };
const req = (max: number): Field => ({ kind: "text", max, required: true });
const opt = (max: number): Field => ({ kind: "text", max, required: false });

const D = (precision: string, year: string, month = "", day = "") => ({ precision, year, month, day });

/** Valid values of each kind of record, and what each field accepts. */
const FRESH: Record<RecordKind, Payload> = {
  milestone: {
    titleJa: "試験の節目",
    titleEn: "Test milestone",
    status: "in_progress",
    planned: D("fiscal_year", "2022"),
    actual: EMPTY_DATE,
  },
  progress: { date: D("month", "2021", "10"), groupJa: "", groupEn: "", textJa: "試験の進捗", textEn: "", sub: false },
  media: { captionJa: "試験の写真", captionEn: "" },
  indicator: {
    nameJa: "試験の指標",
    nameEn: "Test",
    measure: "count",
    unitJa: "人",
    unitEn: "people",
    direction: "increase",
    accumulation: "cumulative",
    decimals: "0",
  },
  observation: {
    value: "120",
    periodStart: EMPTY_DATE,
    periodEnd: EMPTY_DATE,
    asOf: D("month", "2021", "10"),
    approximate: true,
    lowerBound: false,
    provisional: false,
    isBaseline: true,
    source: "",
    breakdownJa: "",
    breakdownEn: "",
    noteJa: "",
    noteEn: "",
  },
  target: {
    value: "400",
    due: D("year", "2030"),
    lowerBound: false,
    breakdownJa: "",
    breakdownEn: "",
    noteJa: "",
    noteEn: "",
  },
};
const NOTES = {
  breakdownJa: opt(TEXT.short),
  breakdownEn: opt(TEXT.short),
  noteJa: opt(TEXT.note),
  noteEn: opt(TEXT.note),
};
const RECORD_FIELDS: Record<RecordKind, Fields> = {
  milestone: { titleJa: req(TEXT.line), titleEn: opt(TEXT.line), status: CHOICE, planned: DATE, actual: DATE },
  progress: {
    date: DATE,
    groupJa: opt(TEXT.line),
    groupEn: opt(TEXT.line),
    textJa: req(TEXT.note),
    textEn: opt(TEXT.long),
    sub: FLAG,
  },
  media: { captionJa: req(TEXT.line), captionEn: opt(TEXT.line) },
  indicator: {
    nameJa: req(TEXT.line),
    nameEn: opt(TEXT.line),
    measure: CHOICE,
    unitJa: opt(TEXT.unit),
    unitEn: opt(TEXT.unit),
    direction: CHOICE,
    accumulation: CHOICE,
    decimals: { kind: "int", min: 0, max: 6 },
  },
  observation: {
    value: { kind: "decimal" },
    periodStart: DATE,
    periodEnd: DATE,
    asOf: DATE,
    approximate: FLAG,
    lowerBound: FLAG,
    provisional: FLAG,
    isBaseline: FLAG,
    source: opt(TEXT.line),
    ...NOTES,
  },
  target: { value: { kind: "decimal" }, due: DATE, lowerBound: FLAG, ...NOTES },
};
const RECORD_ACTIONS = {
  milestone: milestoneActions,
  progress: progressActions,
  media: mediaActions,
  indicator: indicatorActions,
  observation: observationActions,
  target: targetActions,
};
const RECORD_SCHEMAS = {
  milestone: milestoneSchemas,
  progress: progressSchemas,
  media: mediaSchemas,
  indicator: indicatorSchemas,
  observation: observationSchemas,
  target: targetSchemas,
};

/** A project with one record of each kind and one partner and place, all made for the test. */
type Side = {
  projectId: string;
  details: Payload;
  records: Record<RecordKind, { id: string; parentId: string }>;
  organizationId: string;
  locationId: string;
};
type World = {
  own: Side;
  foreign: Side;
  planIndicatorId: string;
  adminId: string;
  strangerProjectId: string;
  unlinkedOrganizationId: string;
  unlinkedLocationId: string;
};

/** One action under attack: its schema (to prove the base payload valid), its fields, and a valid payload. */
type Target = { definition: DefinedAction; schema: z.ZodType; fields: Fields; base: (s: Side) => Payload };

function recordTargets(kind: RecordKind): Target[] {
  const actions = RECORD_ACTIONS[kind];
  const r = (s: Side) => s.records[kind];
  return [
    {
      definition: actions.create,
      schema: RECORD_SCHEMAS[kind].create,
      fields: { parentId: ID, ...RECORD_FIELDS[kind] },
      base: (s) => ({ parentId: r(s).parentId, ...FRESH[kind] }),
    },
    {
      definition: actions.save,
      schema: RECORD_SCHEMAS[kind].save,
      fields: { id: ID, version: VERSION, ...RECORD_FIELDS[kind] },
      base: (s) => ({ id: r(s).id, version: 1, ...FRESH[kind] }),
    },
    {
      definition: actions.delete,
      schema: deleteRecordSchema,
      fields: { id: ID, version: VERSION },
      base: (s) => ({ id: r(s).id, version: 1 }),
    },
    {
      definition: actions.move,
      schema: moveRecordSchema,
      fields: { id: ID, direction: CHOICE },
      base: (s) => ({ id: r(s).id, direction: "down" }),
    },
  ];
}

const LINK_TEXT = {
  roleJa: opt(TEXT.short),
  roleEn: opt(TEXT.short),
  labelJa: opt(TEXT.title),
  labelEn: opt(TEXT.title),
};
const noLinkText = { roleJa: "", roleEn: "", labelJa: "", labelEn: "" };
const TARGETS: Target[] = [
  ...(["milestone", "progress", "media", "indicator", "target", "observation"] as const).flatMap(recordTargets),
  {
    definition: saveProjectDetailsDef,
    schema: projectDetailsSchema,
    base: (s) => s.details,
    fields: {
      id: ID,
      version: VERSION,
      areaNumber: { kind: "int", min: 1, max: 99 },
      titleJa: req(TEXT.title),
      titleEn: opt(TEXT.title),
      subtitleJa: opt(TEXT.title),
      subtitleEn: opt(TEXT.title),
      summaryJa: opt(TEXT.long),
      summaryEn: opt(TEXT.long),
      lifecycleStatus: CHOICE,
      deliveryConfidence: CHOICE,
      confidenceNarrativeJa: opt(TEXT.note),
      confidenceNarrativeEn: opt(TEXT.note),
      organizationsEtc: FLAG,
      linkedProjectIds: { kind: "uuids" },
    },
  },
  {
    definition: addOrganizationDef,
    schema: addOrganizationSchema,
    fields: {
      projectId: ID,
      organizationId: ID,
      create: FLAG,
      organization: {
        kind: "object",
        fields: { nameJa: req(TEXT.title), nameEn: opt(TEXT.title), side: CHOICE, kind: CHOICE },
      },
      ...LINK_TEXT,
    },
    base: (s) => ({
      projectId: s.projectId,
      organizationId: "",
      create: true,
      organization: { nameJa: "試験機関", nameEn: "Test body", side: "jp", kind: "company" },
      ...noLinkText,
    }),
  },
  {
    definition: saveOrganizationLinkDef,
    schema: saveOrganizationLinkSchema,
    fields: { projectId: ID, organizationId: ID, version: VERSION, ...LINK_TEXT },
    base: (s) => ({
      projectId: s.projectId,
      organizationId: s.organizationId,
      version: 1,
      ...noLinkText,
      roleJa: "出資",
    }),
  },
  {
    definition: removeOrganizationDef,
    schema: removeOrganizationSchema,
    fields: { projectId: ID, organizationId: ID, version: VERSION },
    base: (s) => ({ projectId: s.projectId, organizationId: s.organizationId, version: 1 }),
  },
  {
    definition: moveOrganizationDef,
    schema: moveLinkSchema,
    fields: { projectId: ID, targetId: ID, direction: CHOICE },
    base: (s) => ({ projectId: s.projectId, targetId: s.organizationId, direction: "up" }),
  },
  {
    definition: addLocationDef,
    schema: addLocationSchema,
    fields: {
      projectId: ID,
      locationId: ID,
      create: FLAG,
      location: {
        kind: "object",
        fields: {
          nameJa: req(TEXT.title),
          nameEn: opt(TEXT.title),
          kind: CHOICE,
          lat: { kind: "coordinate", min: -90, max: 90 },
          lon: { kind: "coordinate", min: -180, max: 180 },
        },
      },
    },
    base: (s) => ({
      projectId: s.projectId,
      locationId: "",
      create: true,
      location: { nameJa: "試験の港", nameEn: "Test port", kind: "port", lat: "43.1", lon: "131.9" },
    }),
  },
  {
    definition: removeLocationDef,
    schema: removeLocationSchema,
    fields: { projectId: ID, locationId: ID },
    base: (s) => ({ projectId: s.projectId, locationId: s.locationId }),
  },
  {
    definition: moveLocationDef,
    schema: moveLinkSchema,
    fields: { projectId: ID, targetId: ID, direction: CHOICE },
    base: (s) => ({ projectId: s.projectId, targetId: s.locationId, direction: "up" }),
  },
];

// ---- Breakers: values each kind of field must refuse, whatever the other fields hold. ----

const UUID_JUNK = [
  "not-a-uuid",
  "' OR '1'='1",
  "1; drop table projects; --",
  "00000000-0000-0000-0000-00000000000g",
  "5d112067-2e43-5212-a778-e3fa7fe3cef",
];
function breakers(field: Field, valid: unknown): unknown[] {
  const common = [null, {}, [], true, [[[[]]]]];
  switch (field.kind) {
    case "uuid":
      return [...common, 42, ...UUID_JUNK, `${valid}x`, ` ${valid}`, [valid], { id: valid }];
    case "uuids":
      return [null, 42, "not-a-list", [42], ["x"], [[valid]], { 0: valid }];
    case "version":
      return [
        ...common,
        0,
        -1,
        1.5,
        "1",
        NaN,
        Infinity,
        -Infinity,
        Number.MAX_SAFE_INTEGER + 2,
        [1],
        "1; drop table users",
      ];
    case "flag":
      return [null, {}, [], "true", "false", 1, 0, "on"];
    case "choice":
      return [...common, "", "bogus", 1, `${valid} `, String(valid).toUpperCase(), "x'); drop table projects; --"];
    case "decimal":
      return [
        ...common,
        500,
        // Full-width digits and well-placed grouping commas are taken as typed (fields.ts); not these.
        "1,00",
        "１２３円",
        "約500",
        "500人",
        "1e3",
        "",
        " ",
        "NaN",
        "Infinity",
        "0x10",
        "1.1234567",
        "1234567890123456",
        "--1",
        "1.",
        ".5",
        "+5",
        "5 000",
      ];
    // Not null, "", [], true or [3]: z.coerce.number reads them as 0, 0, 0, 1 and 3.
    case "int":
      return [{}, [1, 2], field.min - 1, field.max + 1, 2.5, "x", NaN, Infinity, "1,0", "2; drop table areas"];
    case "coordinate":
      return [
        null,
        {},
        [],
        35.6,
        String(field.max + 1),
        String(field.min - 1),
        "abc",
        "1,5",
        "NaN",
        "1.1234567",
        "1e1",
        "35°N",
      ];
    case "date":
      return [
        ...common,
        "2021-10-01",
        20211001,
        { precision: "day" },
        { precision: "year", year: 2021, month: "", day: "" },
        { ...(valid as object), year: "1800" },
        D("year", "3000"),
        D("month", "2021", "13"),
        D("day", "2021", "4", "31"),
        D("day", "2021", "2", "29"),
        D("week", "2021"),
        D("", "2021"),
        D("year", "２０２１年"),
        D("year", "2021'--"),
        D("month", "2021", "0"),
        D("day", "1989", "12", "31"),
      ];
    case "text":
      return [
        ...common,
        42,
        ["a"],
        "あ".repeat(field.max + 1),
        "x".repeat(field.max + 1),
        "a\u0000b",
        "a\ud800b",
        "\udc00",
        ...(field.required ? ["", "   ", "\u3000\n\t"] : []),
      ];
    case "object":
      return [null, "x", [], 42];
  }
}

/** Every path of a payload's fields, nested ones as "organization.nameJa". */
function paths(fields: Fields, prefix: string[] = []): { path: string[]; field: Field }[] {
  return Object.entries(fields).flatMap(([key, field]) => [
    { path: [...prefix, key], field },
    ...(field.kind === "object" ? paths(field.fields, [...prefix, key]) : []),
  ]);
}

const get = (o: unknown, path: string[]) => path.reduce<unknown>((v, k) => (v as Payload | undefined)?.[k], o);
function withValue(base: Payload, path: string[], value: unknown, remove = false): Payload {
  const copy = structuredClone(base);
  const parent = get(copy, path.slice(0, -1));
  if (parent && typeof parent === "object" && !Array.isArray(parent)) {
    if (remove) delete (parent as Payload)[path.at(-1)!];
    else (parent as Payload)[path.at(-1)!] = value;
  }
  return copy;
}

type Attempt = { label: string; raw: unknown; as?: "admin" | "editorArea" };
const NOT_OBJECTS: unknown[] = [
  null,
  undefined,
  0,
  -1,
  "",
  "x",
  [],
  true,
  NaN,
  Infinity,
  '{"id":1}',
  [[[[[]]]]],
  new Array(500).fill(0).reduce((a) => [a], []),
];

/** The field-by-field part: every breaker of every field, every field left out, and non-objects. */
function deterministic(t: Target, w: World): Attempt[] {
  const base = t.base(w.own);
  return [
    ...NOT_OBJECTS.map((raw, i) => ({ label: `not an object #${i}`, raw })),
    { label: "empty object", raw: {} },
    { label: "valid payload in a list", raw: [base] },
    ...paths(t.fields).flatMap(({ path, field }) => [
      { label: `${path.join(".")} missing`, raw: withValue(base, path, undefined, true) },
      ...breakers(field, get(base, path)).map((v) => ({
        label: `${path.join(".")} = ${show(v).slice(0, 40)}`,
        raw: withValue(base, path, v),
      })),
    ]),
  ];
}

const EXTRAS = {
  areaNumber: 2,
  role: "admin",
  areas: [5],
  isAdmin: true,
  projectId: "",
  updatedBy: "",
  actor: { role: "admin" },
};

/** Hostile but well-formed: ids of other areas, unknown ids, stale versions, smuggled keys. */
function attacks(t: Target, w: World, rng: () => number): Attempt[] {
  const own = t.base(w.own);
  const foreign = t.base(w.foreign);
  const [firstKey, ...restKeys] = Object.keys(own);
  const rest = Object.fromEntries(restKeys.map((k) => [k, own[k]]));
  const extras = Object.fromEntries(
    Object.entries({ ...EXTRAS, updatedBy: w.adminId, projectId: w.own.projectId }).filter(([k]) => !(k in own)),
  );
  const ids = paths(t.fields).filter(
    ({ field, path }) => field.kind === "uuid" && typeof get(own, path) === "string" && get(own, path) !== "",
  );
  return [
    { label: "a record of another area", raw: foreign, as: "editorArea" },
    {
      label: "a record of another area, with keys claiming the editor's own",
      raw: { ...foreign, ...extras },
      as: "editorArea",
    },
    {
      label: "fields smuggled through __proto__",
      raw: JSON.parse(JSON.stringify({ ...rest, ["__proto__"]: { [firstKey!]: own[firstKey!], isAdmin: true } })),
    },
    {
      label: "fields smuggled through constructor.prototype",
      raw: { ...rest, constructor: { prototype: { [firstKey!]: own[firstKey!] } } },
    },
    ...ids.map(({ path }) => ({ label: `${path.join(".")} unknown`, raw: withValue(own, path, uuidFrom(rng)) })),
    ...("version" in own
      ? [1, 2, 2 ** 31 - Number(own.version)].map((d) => ({
          label: `stale version +${d}`,
          raw: { ...own, version: Number(own.version) + d },
        }))
      : []),
  ];
}

/** A valid-looking uuid from the seeded generator: unknown to the database. */
const uuidFrom = (rng: () => number) =>
  "xxxxxxxx-xxxx-4xxx-8xxx-xxxxxxxxxxxx".replace(/x/g, () => Math.floor(rng() * 16).toString(16));

/** Mulberry32: small, fast and seeded, so a failing random payload comes back on every run. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- Seeded random mutations: one to three fields of a valid payload broken at once. ----

const pick = <T>(rng: () => number, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const int = (rng: () => number, from: number, to: number) => from + Math.floor(rng() * (to - from + 1));
const ALPHABET = [
  ..."abcXYZ019'\";--/*%_\\<>{}()$#&|`~^=+?!@[]",
  ..."あア漢字約万円",
  "😀",
  "\u200b",
  "\u202e",
  "\u00a0x",
];
/** At least `length` characters: zod counts code points, so 😀 is one, not two. */
const randomText = (rng: () => number, length: number) => Array.from({ length }, () => pick(rng, ALPHABET)).join("");
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A value the field must refuse: one of its breakers, or one made up on the spot. */
function randomBreaker(rng: () => number, field: Field, valid: unknown): unknown {
  if (rng() < 0.4) return pick(rng, breakers(field, valid));
  switch (field.kind) {
    case "uuid": {
      if (typeof valid === "string" && valid !== "" && rng() < 0.4) return uuidFrom(rng);
      const u = uuidFrom(rng);
      const at = pick(rng, [0, 5, 10, 20, 30, 35]);
      return u.slice(0, at) + pick(rng, ["g", "z", "'", ";", " ", "%"]) + u.slice(at + 1);
    }
    case "uuids":
      return rng() < 0.5
        ? Array.from({ length: int(rng, 21, 40) }, () => uuidFrom(rng))
        : [uuidFrom(rng), randomText(rng, 8)];
    case "version":
      return pick(rng, [-int(rng, 0, 1e6), int(rng, 1, 99) + 0.5, String(int(rng, 1, 9)), `${int(rng, 1, 9)}e0`]);
    case "flag":
      return pick(rng, [randomText(rng, 3), int(rng, -5, 5), [rng() < 0.5]]);
    case "choice":
      return `~${randomText(rng, int(rng, 1, 12))}`;
    case "decimal": {
      const digits = String(int(rng, 0, 1e9));
      const at = int(rng, 0, digits.length);
      return rng() < 0.2
        ? "9".repeat(int(rng, 16, 30))
        : digits.slice(0, at) + pick(rng, [",", "約", "e", " ", "人", "_", "'", "〜"]) + digits.slice(at);
    }
    case "int":
      return rng() < 0.5
        ? field.max + int(rng, 1, 1e6)
        : rng() < 0.5
          ? field.min - int(rng, 1, 1e6)
          : int(rng, field.min, field.max) + 0.25;
    case "coordinate":
      return String((field.max + 0.000001 + rng() * 1000) * (rng() < 0.5 ? -1 : 1)).slice(0, 11);
    case "date": {
      const precision = pick(rng, [
        "day",
        "month",
        "month_late",
        "month_end",
        "year",
        "year_end",
        "within_year",
        "fiscal_year",
      ]);
      if (rng() < 0.5) return D(precision, String(rng() < 0.5 ? int(rng, 0, 1989) : int(rng, 2101, 9999)), "1", "1");
      const y = int(rng, 1990, 2100);
      const m = int(rng, 1, 12);
      return rng() < 0.5
        ? D("day", String(y), String(m), String(int(rng, daysIn(y, m) + 1, 99)))
        : D("month", String(y), String(int(rng, 13, 99)));
    }
    case "text": {
      // Bracketed, so that trimming cannot bring it back under the limit.
      if (rng() < 0.5) return `<${randomText(rng, field.max + int(rng, 1, 64))}>`;
      const s = randomText(rng, int(rng, 0, Math.min(field.max - 1, 40)));
      const at = int(rng, 0, s.length);
      return s.slice(0, at) + pick(rng, ["\u0000", "\ud800"]) + s.slice(at);
    }
    case "object":
      return pick(rng, [randomText(rng, 5), int(rng, 0, 9), [], null]);
  }
}

function randomAttempt(rng: () => number, t: Target, w: World, n: number): Attempt {
  const all = paths(t.fields);
  let raw = t.base(w.own);
  const mutations = int(rng, 1, 3);
  for (let i = 0; i < mutations; i++) {
    const { path, field } = pick(rng, all);
    const parent = get(raw, path.slice(0, -1));
    // A later mutation may find its parent already broken: the first one alone suffices.
    if (!parent || typeof parent !== "object" || Array.isArray(parent)) continue;
    raw =
      rng() < 0.1
        ? withValue(raw, path, undefined, true)
        : withValue(raw, path, randomBreaker(rng, field, get(raw, path)));
  }
  if (rng() < 0.3)
    raw = {
      ...raw,
      [pick(rng, [...Object.keys(EXTRAS), "__proto__", "constructor", "toString"])]: pick(rng, [
        randomText(rng, 6),
        1,
        { isAdmin: true },
      ]),
    };
  return { label: `random #${n}`, raw };
}

// ---- The rules that need the database, attacked by name. ----

type Named = Attempt & { definition: DefinedAction };
const named = (definition: DefinedAction, label: string, raw: Payload, as?: Attempt["as"]): Named => ({
  definition,
  label,
  raw,
  as,
});

function domainAttacks(w: World, rng: () => number): Named[] {
  const { own } = w;
  const rec = own.records;
  const ms = { parentId: own.projectId, ...FRESH.milestone };
  const obs = { parentId: rec.indicator.id, ...FRESH.observation };
  const tgt = { parentId: rec.indicator.id, ...FRESH.target };
  const details = own.details;
  const plan = w.planIndicatorId;
  const existingOrg = { projectId: own.projectId, organizationId: own.organizationId, create: false, ...noLinkText };
  const newPlace = (lat: string, lon: string) => ({
    projectId: own.projectId,
    locationId: "",
    create: true,
    location: { nameJa: "港", nameEn: "", kind: "port", lat, lon },
  });
  return [
    ...["planned", "in_progress", "delayed", "cancelled"].map((status) =>
      named(milestoneActions.create, `an actual date on a ${status} milestone`, {
        ...ms,
        status,
        actual: D("day", "2021", "10", "1"),
      }),
    ),
    ...[
      D("year", "1800"),
      D("year", "3000"),
      D("month", "2021", "13"),
      D("day", "2021", "4", "31"),
      D("day", "2021", "2", "29"),
      D("day", "2100", "2", "29"),
    ].map((planned) => named(milestoneActions.create, `planned ${JSON.stringify(planned)}`, { ...ms, planned })),
    named(milestoneActions.save, "the id of a progress note", { id: rec.progress.id, version: 1, ...FRESH.milestone }),
    named(milestoneActions.create, "an indicator as the project", { ...ms, parentId: rec.indicator.id }),
    named(targetActions.create, "a project as the indicator", { ...tgt, parentId: own.projectId }),
    named(targetActions.create, "due before the indicator's baseline", { ...tgt, due: D("year", "2020") }),
    named(targetActions.save, "moved before the indicator's baseline", {
      id: rec.target.id,
      version: 1,
      ...FRESH.target,
      due: D("fiscal_year", "2020"),
    }),
    named(targetActions.create, "a negative count", { ...tgt, value: "-5" }),
    named(observationActions.create, "a negative count", { ...obs, isBaseline: false, value: "-0.5" }),
    named(observationActions.create, "a baseline after the target", { ...obs, asOf: D("year", "2031") }),
    named(observationActions.save, "a baseline moved after the target", {
      id: rec.observation.id,
      version: 1,
      ...FRESH.observation,
      asOf: D("day", "2031", "1", "1"),
    }),
    named(observationActions.create, "a period that ends before it starts", {
      ...obs,
      asOf: EMPTY_DATE,
      periodStart: D("month", "2021", "10"),
      periodEnd: D("month", "2021", "9"),
    }),
    named(observationActions.create, "no date at all", { ...obs, asOf: EMPTY_DATE }),
    ...["1,00", "１，０００円", "約500", "500以上", "5.4万", "NaN", "Infinity", "-Infinity", "1e400"].map((value) =>
      named(observationActions.create, `value ${value}`, { ...obs, value }),
    ),
    ...[NaN, Infinity, 500].map((value) =>
      named(targetActions.create, `value ${value} as a number`, { ...tgt, value }),
    ),
    named(targetActions.create, "a target of a plan-level indicator", { ...tgt, parentId: plan }, "editorArea"),
    named(
      observationActions.create,
      "an observation of a plan-level indicator",
      { ...obs, isBaseline: false, parentId: plan },
      "editorArea",
    ),
    named(indicatorActions.save, "a plan-level indicator", { id: plan, version: 1, ...FRESH.indicator }, "editorArea"),
    named(indicatorActions.delete, "a plan-level indicator", { id: plan, version: 1 }, "editorArea"),
    named(indicatorActions.move, "a plan-level indicator", { id: plan, direction: "down" }, "editorArea"),
    named(saveProjectDetailsDef, "at risk without a narrative", {
      ...details,
      deliveryConfidence: "at_risk",
      confidenceNarrativeJa: "",
    }),
    named(saveProjectDetailsDef, "off track with a blank narrative", {
      ...details,
      deliveryConfidence: "off_track",
      confidenceNarrativeJa: " \u3000\n",
    }),
    named(
      saveProjectDetailsDef,
      "moved to an area the editor does not hold",
      { ...details, areaNumber: 5 },
      "editorArea",
    ),
    named(saveProjectDetailsDef, "moved to an area that does not exist", { ...details, areaNumber: 42 }),
    named(saveProjectDetailsDef, "linked to itself", { ...details, linkedProjectIds: [own.projectId] }),
    named(saveProjectDetailsDef, "linked to itself, in capitals", {
      ...details,
      linkedProjectIds: [own.projectId.toUpperCase()],
    }),
    named(saveProjectDetailsDef, "linked to an unknown project", { ...details, linkedProjectIds: [uuidFrom(rng)] }),
    named(
      saveProjectDetailsDef,
      "linked to a project of another area",
      { ...details, linkedProjectIds: [w.foreign.projectId, w.strangerProjectId] },
      "editorArea",
    ),
    named(
      saveProjectDetailsDef,
      "unlinked from a project of another area",
      { ...details, linkedProjectIds: [] },
      "editorArea",
    ),
    named(saveProjectDetailsDef, "21 linked projects", {
      ...details,
      linkedProjectIds: Array.from({ length: 21 }, () => uuidFrom(rng)),
    }),
    named(addOrganizationDef, "an organisation already linked", existingOrg),
    named(addOrganizationDef, "an organisation already linked, its id in capitals", {
      ...existingOrg,
      organizationId: own.organizationId.toUpperCase(),
    }),
    named(addOrganizationDef, "an unknown organisation", { ...existingOrg, organizationId: uuidFrom(rng) }),
    named(addOrganizationDef, "neither chosen nor new", { ...existingOrg, organizationId: "" }),
    named(addOrganizationDef, "new, without the organisation", { ...existingOrg, organizationId: "", create: true }),
    named(addLocationDef, "a place already linked", {
      projectId: own.projectId,
      locationId: own.locationId,
      create: false,
    }),
    named(addLocationDef, "an unknown place", { projectId: own.projectId, locationId: uuidFrom(rng), create: false }),
    ...[
      ["91", "0"],
      ["-90.5", "0"],
      ["0", "181"],
      ["0", "-180.000001"],
      ["35,6", "139"],
      ["約35", "139"],
      ["35.6", "1e2"],
    ].map(([lat, lon]) => named(addLocationDef, `a new place at ${lat}, ${lon}`, newPlace(lat!, lon!))),
    named(removeLocationDef, "a place not linked", { projectId: own.projectId, locationId: w.unlinkedLocationId }),
    named(saveOrganizationLinkDef, "a link that does not exist", {
      projectId: own.projectId,
      organizationId: w.unlinkedOrganizationId,
      version: 1,
      ...noLinkText,
    }),
    named(removeOrganizationDef, "a link that does not exist", {
      projectId: own.projectId,
      organizationId: w.unlinkedOrganizationId,
      version: 1,
    }),
    named(moveOrganizationDef, "an organisation the project does not have", {
      projectId: own.projectId,
      targetId: w.unlinkedOrganizationId,
      direction: "up",
    }),
    named(moveLocationDef, "a place the project does not have", {
      projectId: own.projectId,
      targetId: w.unlinkedLocationId,
      direction: "up",
    }),
    named(moveLocationDef, "the project's place, under another project", {
      projectId: w.foreign.projectId,
      targetId: own.locationId,
      direction: "up",
    }),
  ];
}

// ---- The database: fixtures, and a fingerprint of every table. ----

async function projectIdOf(h: DbHandle, code: string) {
  const [area, number] = code.split("-").map(Number);
  const [p] = await queryRows<{ id: string }>(
    h,
    sql`select id from projects where area_number = ${area} and number = ${number}`,
  );
  return p!.id;
}

async function detailsOf(h: DbHandle, id: string): Promise<Payload> {
  const [row] = await h.db.select().from(projects).where(eq(projects.id, id));
  const links = await queryRows<{ id: string }>(
    h,
    sql`select linked_project_id::text as id from project_links where project_id = ${id}`,
  );
  return {
    id,
    version: row!.version,
    ...projectToInput({ ...row!, linkedProjectIds: links.map((l) => l.id) }),
  };
}

/** Three organisations and three places linked to neither project: one for each side, one spare. */
async function unlinked(h: DbHandle, kind: "organization" | "location", projectIds: string[]) {
  const rows =
    kind === "organization"
      ? await queryRows<{ id: string }>(
          h,
          sql`select id from organizations o where not exists (select 1 from project_organizations l where l.organization_id = o.id and l.project_id in (${sql.join(projectIds, sql`, `)})) order by key limit 3`,
        )
      : await queryRows<{ id: string }>(
          h,
          sql`select id from locations o where not exists (select 1 from project_locations l where l.location_id = o.id and l.project_id in (${sql.join(projectIds, sql`, `)})) order by key limit 3`,
        );
  return rows.map((r) => r.id);
}

async function must(result: Promise<{ ok: boolean; data?: unknown }>) {
  const r = await result;
  if (!r.ok) throw new Error(`fixture refused: ${JSON.stringify(r)}`);
  return r.data as { id: string };
}

async function buildWorld(h: DbHandle, actors: PersonaActors): Promise<World> {
  const admin = contextFor(h.db, actors.admin);
  const [ownId, foreignId] = [await projectIdOf(h, "2-5"), await projectIdOf(h, "5-2")];
  const orgs = await unlinked(h, "organization", [ownId, foreignId]);
  const places = await unlinked(h, "location", [ownId, foreignId]);
  const side = async (projectId: string, i: number): Promise<Side> => {
    const create = async (kind: RecordKind, parentId: string) => ({
      id: (await must(RECORD_ACTIONS[kind].create.execute(admin, { parentId, ...FRESH[kind] }))).id,
      parentId,
    });
    const indicator = await create("indicator", projectId);
    const records = {
      indicator,
      milestone: await create("milestone", projectId),
      progress: await create("progress", projectId),
      media: await create("media", projectId),
      observation: await create("observation", indicator.id),
      target: await create("target", indicator.id),
    };
    await must(addOrganizationDef.execute(admin, { projectId, organizationId: orgs[i], create: false, ...noLinkText }));
    await must(addLocationDef.execute(admin, { projectId, locationId: places[i], create: false }));
    return { projectId, details: {}, records, organizationId: orgs[i]!, locationId: places[i]! };
  };
  const own = await side(ownId, 0);
  const foreign = await side(foreignId, 1);
  // The editor's project is linked to one of another area: unlinking it needs both areas.
  await must(saveProjectDetailsDef.execute(admin, { ...(await detailsOf(h, ownId)), linkedProjectIds: [foreignId] }));
  own.details = await detailsOf(h, ownId);
  foreign.details = await detailsOf(h, foreignId);
  const [plan] = await queryRows<{ id: string }>(
    h,
    sql`select id from indicators where project_id is null order by key limit 1`,
  );
  return {
    own,
    foreign,
    planIndicatorId: plan!.id,
    adminId: actors.admin!.id,
    strangerProjectId: await projectIdOf(h, "5-1"),
    unlinkedOrganizationId: orgs[2]!,
    unlinkedLocationId: places[2]!,
  };
}

/** One md5 per table of the rows as text, in one query: any write shows as a changed hash. */
async function fingerprint(h: DbHandle): Promise<Record<string, string>> {
  const tables = await queryRows<{ name: string }>(
    h,
    sql`
    select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE' order by 1`,
  );
  const query = tables.map(
    ({ name }) =>
      sql`select ${name} as name, md5(coalesce(string_agg(t::text, E'\n' order by t::text), '')) as hash from ${sql.identifier(name)} t`,
  );
  const rows = await queryRows<{ name: string; hash: string }>(h, sql.join(query, sql` union all `));
  return Object.fromEntries(rows.map((r) => [r.name, r.hash]));
}

const show = (v: unknown) => {
  try {
    return (JSON.stringify(v) ?? String(v)).slice(0, 200);
  } catch {
    return String(v);
  }
};

const RANDOM_PAYLOADS = 600;

describe.each(testDbKinds())("hostile payloads on %s", (kind) => {
  const fx = useTestDatabase(kind, { seeded: true, personas: true });
  let world: World;
  let before: Record<string, string>;
  let payloads = 0;
  let executions = 0;
  beforeAll(async () => {
    world = await buildWorld(fx.h, fx.actors);
    before = await fingerprint(fx.h);
  });

  /** Sends one payload as each persona it is meant for; returns what went wrong, if anything. */
  async function send(definition: DefinedAction, a: Attempt): Promise<string[]> {
    payloads++;
    const problems: string[] = [];
    for (const persona of a.as ? [a.as] : (["admin", "editorArea"] as const)) {
      executions++;
      const ctx = contextFor(fx.h.db, fx.actors[persona]);
      const result = await definition.execute(ctx, a.raw).catch((e: unknown) => ({ thrown: String(e) }));
      const refused =
        !("thrown" in result) && !result.ok && result.formError !== "errors.unexpected" && ctx.revalidated.length === 0;
      if (!refused) problems.push(`${definition.name} as ${persona}, ${a.label}: ${show(a.raw)} → ${show(result)}`);
    }
    return problems;
  }

  it("starts from valid payloads, so each hostile one is refused for what it breaks", () => {
    for (const t of TARGETS) {
      for (const side of [world.own, world.foreign]) {
        const parsed = t.schema.safeParse(t.base(side));
        expect(parsed.error?.issues, t.definition.name).toBeUndefined();
      }
    }
  });

  it.each(TARGETS.map((t) => [t.definition.name, t] as const))(
    "%s refuses every broken field and every crafted attack, writing nothing",
    async (_name, t) => {
      const rng = seeded(0x5eed + TARGETS.indexOf(t));
      const attempts = [
        ...deterministic(t, world),
        ...attacks(t, world, rng),
        ...domainAttacks(world, rng).filter((d) => d.definition === t.definition),
      ];
      const problems: string[] = [];
      for (const a of attempts) problems.push(...(await send(t.definition, a)));
      expect(problems).toEqual([]);
      expect(await fingerprint(fx.h)).toEqual(before);
    },
  );

  it(`refuses ${RANDOM_PAYLOADS} seeded random mutations of valid payloads, writing nothing`, async () => {
    const rng = seeded(20211001);
    const problems: string[] = [];
    for (let n = 0; n < RANDOM_PAYLOADS; n++) {
      const t = pick(rng, TARGETS);
      problems.push(...(await send(t.definition, randomAttempt(rng, t, world, n))));
    }
    expect(problems).toEqual([]);
    expect(await fingerprint(fx.h)).toEqual(before);
  });

  // Last, because it changes the data: odd casing is not hostile, and must not look like a database failure.
  it("takes every number, date part and coordinate of every form as a Japanese input method types it", () => {
    // Full-width digits and signs, between ideographic spaces: the same value as ASCII.
    const fullWidth = (v: unknown) =>
      `\u3000${String(v).replace(/[0-9.-]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))}\u3000`;
    const checked = new Set<string>();
    for (const t of TARGETS) {
      const base = t.base(world.own);
      const expected = t.schema.safeParse(base);
      for (const { path, field } of paths(t.fields)) {
        if (!["decimal", "int", "coordinate", "date"].includes(field.kind)) continue;
        const valid = get(base, path);
        const typed =
          field.kind === "date"
            ? Object.fromEntries(
                Object.entries(valid as Record<string, string>).map(([k, v]) => [
                  k,
                  k === "precision" || !v ? v : fullWidth(v),
                ]),
              )
            : valid === "" || valid === null
              ? valid
              : fullWidth(valid);
        const parsed = t.schema.safeParse(withValue(base, path, typed));
        expect(parsed.error?.issues, `${t.definition.name} ${path.join(".")} = ${show(typed)}`).toBeUndefined();
        expect(parsed.data, `${t.definition.name} ${path.join(".")}`).toEqual(expected.data);
        if (JSON.stringify(typed) !== JSON.stringify(valid)) checked.add(`${t.definition.name}:${path.join(".")}`);
      }
    }
    // Each kind of field, on every form that has one: not a loop that checked nothing.
    expect([...checked].sort()).toEqual(
      expect.arrayContaining([
        "createIndicator:decimals",
        "createObservation:value",
        "createTarget:value",
        "addLocation:location.lat",
        "saveMilestone:planned",
        "saveProjectDetails:areaNumber",
      ]),
    );
    expect(checked.size).toBeGreaterThanOrEqual(12);
  });

  it("takes a uuid in capitals for the same record", async () => {
    const admin = contextFor(fx.h.db, fx.actors.admin);
    const { milestone } = world.own.records;
    expect(
      await milestoneActions.move.execute(admin, { id: milestone.id.toUpperCase(), direction: "up" }),
    ).toMatchObject({ ok: true });
    const moved = await moveOrganizationDef.execute(admin, {
      projectId: world.own.projectId.toUpperCase(),
      targetId: world.own.organizationId.toUpperCase(),
      direction: "up",
    });
    expect(moved).toMatchObject({ ok: true });
    // And the fingerprint the refusals were held to does see a write.
    expect(await fingerprint(fx.h)).not.toEqual(before);
  });

  it("sent at least 200 payloads, and none of them polluted Object.prototype", () => {
    expect(payloads).toBeGreaterThanOrEqual(200);
    expect(executions).toBeGreaterThan(payloads);
    expect(Object.prototype).not.toHaveProperty("isAdmin");
    expect(({} as Payload).role).toBeUndefined();
    console.info(`hostile payloads on ${kind}: ${payloads} payloads, ${executions} calls`);
  });
});
