import { DATE_PRECISIONS } from "@/lib/domain/partial-date";
import { REPORT_SCHEMA_VERSION } from "@/lib/report/model";
import { dictionaryTable } from "./dictionary";
import { described, JSON_SCHEMA_DRAFT, type JsonSchema } from "./json-schema";
import { CODE_LISTS, type CodeListName, type TableName } from "./tables";

// The JSON Schema of an edition's JSON: the report model (lib/report/model.ts) exactly as
// GET /api/v1/editions/{period} serves it. Enums come from the published code lists, and
// where a property is a column of the tables its description is the data dictionary's, so
// the two say the same. Every object is closed (no other properties), as the model is.

const d = (ja: string, en: string) => described({ ja, en });
/** The data dictionary's meaning of a column, for the model property that holds it. */
const col = (table: TableName, key: string) =>
  described(dictionaryTable(table).entries.find((c) => c.key === key)!.meaning);
const def = (name: string) => ({ $ref: `#/$defs/${name}` });
const ref = (name: string, desc: JsonSchema): JsonSchema => ({ ...def(name), ...desc });
const refOrNull = (name: string, desc: JsonSchema): JsonSchema => ({ anyOf: [def(name), { type: "null" }], ...desc });
const list = (name: string, desc: JsonSchema): JsonSchema => ({ type: "array", items: def(name), ...desc });
const codes = (name: CodeListName, desc: JsonSchema): JsonSchema => ({
  enum: [...CODE_LISTS[name].codes],
  "x-code-list": name,
  ...desc,
});
const str = (desc: JsonSchema, extra: JsonSchema = {}): JsonSchema => ({ type: "string", ...extra, ...desc });
const int = (desc: JsonSchema): JsonSchema => ({ type: "integer", ...desc });
const bool = (desc: JsonSchema): JsonSchema => ({ type: "boolean", ...desc });
const decimal = (desc: JsonSchema): JsonSchema => str(desc, { pattern: "^-?[0-9]+(\\.[0-9]+)?$" });
const obj = (desc: JsonSchema, properties: Record<string, JsonSchema>): JsonSchema => ({
  type: "object",
  ...desc,
  properties,
  required: Object.keys(properties),
  additionalProperties: false,
});
const textOrNull = (ja: string, en: string) =>
  refOrNull("LocalizedText", d(`${ja}。ない場合は null。`, `${en}; null where there is none.`));
const dateOrNull = (ja: string, en: string) =>
  refOrNull("PartialDate", d(`${ja}。不明または該当なしは null。`, `${en}; null where unknown or not applicable.`));

const observation = obj(d("指標の値1件。", "One reported value of an indicator."), {
  value: decimal(col("observations", "value")),
  periodStart: dateOrNull("期間ごとの値の、期間の始め", "The start of the period a per-period value covers"),
  periodEnd: dateOrNull("期間ごとの値の、期間の終わり", "The end of the period a per-period value covers"),
  asOf: dateOrNull("累計や水準の値の時点", "The date a cumulative value or a level is as of"),
  approximate: bool(col("observations", "approximate")),
  lowerBound: bool(col("observations", "lower_bound")),
  provisional: bool(col("observations", "provisional")),
  breakdown: textOrNull(
    "値の内訳の名前（例：受入れ・派遣）",
    "The breakdown the value belongs to (e.g. incoming, outgoing)",
  ),
  source: { type: ["string", "null"], ...col("observations", "source") },
  note: textOrNull("注記", "A note"),
});

const target = obj(d("指標の目標1件。", "One target of an indicator."), {
  value: decimal(col("targets", "value")),
  due: dateOrNull("目標の期限", "The date the target is due"),
  lowerBound: bool(col("targets", "lower_bound")),
  breakdown: textOrNull("目標の内訳の名前", "The breakdown the target belongs to"),
  note: textOrNull("注記", "A note"),
});

const indicator = obj(d("指標：その目標と値。", "An indicator with its targets and values."), {
  key: str(col("indicators", "indicator_key")),
  name: ref("LocalizedText", d("指標の名称。", "The indicator's name.")),
  measure: codes("measure", col("indicators", "measure")),
  unit: ref("LocalizedText", d("値の単位（例：人、件、%）。", "The unit of its values (e.g. people, projects, %).")),
  direction: codes("direction", col("indicators", "direction")),
  accumulation: codes("accumulation", col("indicators", "accumulation")),
  decimals: int(col("indicators", "decimals")),
  baseline: refOrNull(
    "Observation",
    d(
      "比べるもとになる基準値。ない場合は null。",
      "The baseline the values are compared with; null where there is none.",
    ),
  ),
  targets: list("Target", d("目標（報告書の順）。", "Its targets, in the report's order.")),
  observations: list(
    "Observation",
    d("報告された値（報告書の順、基準値を除く）。", "The values reported, in the report's order (the baseline apart)."),
  ),
});

const organization = obj(d("事業の関係機関。", "An organisation taking part in a project."), {
  key: str(col("organizations", "organization_key")),
  name: ref("LocalizedText", d("機関の名称。", "The organisation's name.")),
  label: textOrNull(
    "この事業の報告での機関の表記（名称と違う場合だけ）",
    "How this project's report writes the name, where it differs",
  ),
  side: codes("side", col("organizations", "side")),
  kind: codes("organization_kind", col("organizations", "kind")),
  role: textOrNull("この事業での役割", "Its role in this project"),
});

const location = obj(d("事業の場所。", "A place a project is at."), {
  key: str(col("locations", "location_key")),
  name: ref("LocalizedText", d("場所の名称。", "The place's name.")),
  kind: codes("location_kind", col("locations", "kind")),
  lat: {
    type: ["number", "null"],
    minimum: -90,
    maximum: 90,
    "x-unit": { ja: "度", en: "degrees" },
    ...col("locations", "lat"),
  },
  lon: {
    type: ["number", "null"],
    minimum: -180,
    maximum: 180,
    "x-unit": { ja: "度", en: "degrees" },
    ...col("locations", "lon"),
  },
});

const milestone = obj(d("マイルストーン。", "A milestone."), {
  id: str(col("milestones", "milestone_id"), { format: "uuid" }),
  title: ref("LocalizedText", d("マイルストーンの名称。", "The milestone's title.")),
  status: codes("milestone_status", col("milestones", "status")),
  planned: dateOrNull("予定日（精度付き）", "The date it is planned for, with its precision"),
  actual: dateOrNull("実際に達成した日（精度付き）", "The date it was reached, with its precision"),
});

const progress = obj(d("進捗の記述（箇条書きまたは注記）。", "A progress entry (a bullet or a note)."), {
  date: dateOrNull("記述された出来事の日付", "The date of the event described"),
  group: textOrNull("記述をまとめる見出し", "The heading the entry sits under"),
  text: ref("LocalizedText", d("記述の本文。", "The entry's text.")),
  kind: codes("progress_kind", col("progress_notes", "kind")),
  sub: bool(col("progress_notes", "sub")),
});

const projectRef = obj(
  d("同じ事業として別の分野に載っている項目への参照。", "A reference to the same project as listed in another area."),
  {
    slug: str(col("projects", "slug")),
    areaNumber: int(col("areas", "area_number")),
    number: int(col("projects", "project_number")),
    title: ref("LocalizedText", d("参照先の項目の名称。", "The other item's title.")),
  },
);

const project = obj(d("事業（項目）。", "A project (item)."), {
  id: str(col("projects", "project_id"), { format: "uuid" }),
  slug: str(col("projects", "slug")),
  areaNumber: int(col("projects", "area_number")),
  number: int(col("projects", "project_number")),
  title: ref("LocalizedText", d("事業（項目）の名称。", "The project's (item's) title.")),
  subtitle: textOrNull("副題", "The subtitle"),
  summary: textOrNull("概要", "The summary"),
  lifecycle: codes("lifecycle_status", col("projects", "lifecycle_status")),
  confidence: codes(
    "delivery_confidence",
    d(
      "実施中の事業の見通し。at_risk と off_track には confidenceNarrative に説明があります。",
      "Delivery confidence of work in progress; at_risk and off_track are explained in confidenceNarrative.",
    ),
  ),
  confidenceNarrative: textOrNull("見通しの説明", "Why the confidence is what it is"),
  organizationsEtc: bool(col("projects", "organizations_etc")),
  organizations: list("Organization", d("関係機関（報告書の順）。", "Its organisations, in the report's order.")),
  locations: list("Location", d("場所（報告書の順）。", "Its places, in the report's order.")),
  progress: list("Progress", d("進捗の記述（報告書の順）。", "Its progress entries, in the report's order.")),
  milestones: list("Milestone", d("マイルストーン（報告書の順）。", "Its milestones, in the report's order.")),
  indicators: list("Indicator", d("指標。", "Its indicators.")),
  captions: list("LocalizedText", d("写真の説明（▲）。", "Its photo captions (▲).")),
  sameAs: list("ProjectRef", d("別の分野に載っている同じ事業。", "The same project as listed in other areas.")),
  updatedAt: str(col("projects", "updated_at"), { format: "date-time" }),
});

const area = obj(d("分野。", "An area."), {
  number: int(col("areas", "area_number")),
  title: ref("LocalizedText", d("分野の名称。", "The area's title.")),
  overview: {
    type: "array",
    ...d("分野の概要の箇条書き。", "The bullets of the area's overview."),
    items: obj(d("概要の箇条書き1項目。", "One bullet of the overview."), {
      text: ref("LocalizedText", d("本文。", "Its text.")),
      sub: bool(col("area_overview", "sub")),
    }),
  },
  projects: list("Project", d("分野の事業（項目）（番号順）。", "The area's projects (items), by number.")),
});

/** The schema of an edition's JSON (the report model, schemaVersion 1). */
export function editionJsonSchema(): JsonSchema {
  return {
    $schema: JSON_SCHEMA_DRAFT,
    title: "8項目の「協力プラン」進捗：版のJSON / Eight-point Cooperation Plan progress: an edition's JSON",
    ...obj(
      d(
        "ある時点で凍結した報告（版）全体。GET /api/v1/editions/{period} が返すもの。",
        "The whole report frozen at a date (an edition), as GET /api/v1/editions/{period} returns it.",
      ),
      {
        schemaVersion: {
          const: REPORT_SCHEMA_VERSION,
          ...d(
            "データ形式の版。形が変わると上がります。",
            "The data format's version; it goes up when the shape changes.",
          ),
        },
        plan: obj(d("計画全体。", "The plan as a whole."), {
          title: ref("LocalizedText", d("計画の名称。", "The plan's title.")),
          asOf: ref(
            "PartialDate",
            d("報告の時点（例：2021年10月現在）。", "The date the report is as of (e.g. October 2021)."),
          ),
          note: ref("LocalizedText", d("計画全体についての注記。", "A note on the plan as a whole.")),
          indicators: list("Indicator", d("計画全体の指標。", "The plan's own indicators.")),
        }),
        areas: list(
          "Area",
          d("分野（1〜8と、9の分野横断的事項）。", "The areas (1–8, and 9, the cross-cutting matters)."),
        ),
      },
    ),
    $defs: {
      LocalizedText: obj(
        d("日本語と英語の文。日本語が原文です。", "A text in Japanese and English; Japanese is the source."),
        {
          ja: str(d("日本語（原文）。", "Japanese (the source).")),
          en: {
            type: ["string", "null"],
            ...d("英語。訳がまだない場合は null。", "English; null where there is no translation yet."),
          },
        },
      ),
      PartialDate: obj(
        d(
          "精度付きの日付：精度が示す細かさまでしか読みません（例：2021-04-01 と fiscal_year は2021年度）。",
          "A date with its precision, read no finer than the precision (2021-04-01 with fiscal_year is fiscal 2021).",
        ),
        {
          date: str(
            d("ISO 8601 の年月日（精度の基準となる日）。", "An ISO 8601 date (the day the precision anchors to)."),
            { format: "date" },
          ),
          precision: {
            enum: [...DATE_PRECISIONS],
            "x-code-list": "date_precision",
            ...d("日付の精度。", "The date's precision."),
          },
        },
      ),
      Observation: observation,
      Target: target,
      Indicator: indicator,
      Organization: organization,
      Location: location,
      Milestone: milestone,
      Progress: progress,
      ProjectRef: projectRef,
      Project: project,
      Area: area,
    },
  };
}
