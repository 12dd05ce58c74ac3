// The report model, defined once: one plain, serialisable description of the whole plan at
// a date. Public pages, the staff preview and the exports render from it, and an edition
// stores exactly this object, so its shape is versioned. From these schemas come the model's
// TypeScript types, the published JSON Schema of an edition (lib/export/edition-schema.ts)
// and the check a model passes before it is stored. Every field is described in Japanese and
// English as the published schema says it. Pure: zod, the code lists and dates only.
import { z } from "zod";
import { DATE_PRECISIONS, type PartialDate } from "@/lib/domain/partial-date";
import {
  ACCUMULATIONS,
  DELIVERY_CONFIDENCES,
  DIRECTIONS,
  LIFECYCLE_STATUSES,
  LOCATION_KINDS,
  MEASURES,
  MILESTONE_STATUSES,
  ORGANIZATION_KINDS,
  PROGRESS_KINDS,
  SIDES,
} from "./code-lists";
import { described } from "./described";

export const REPORT_SCHEMA_VERSION = 1 as const;

const d = (ja: string, en: string) => described({ ja, en });
const str = (ja: string, en: string) => z.string().meta(d(ja, en));
const codes = <const T extends readonly [string, ...string[]]>(list: T, ja: string, en: string) =>
  z.enum(list).meta(d(ja, en));

/** Japanese is the source language; `en` is null where no translation exists yet. */
export const localizedTextSchema = z
  .strictObject({
    ja: str("日本語（原文）。", "Japanese (the source)."),
    en: z
      .string()
      .nullable()
      .meta(d("英語。訳がまだない場合は null。", "English; null where there is no translation yet.")),
  })
  .meta({
    id: "LocalizedText",
    ...d("日本語と英語の文。日本語が原文です。", "A text in Japanese and English; Japanese is the source."),
  });

export const partialDateSchema = z
  .strictObject({
    date: z.iso
      .date()
      .meta(d("ISO 8601 の年月日（精度の基準となる日）。", "An ISO 8601 date (the day the precision anchors to).")),
    precision: codes(DATE_PRECISIONS, "日付の精度。", "The date's precision."),
  })
  .meta({
    id: "PartialDate",
    ...d(
      "精度付きの日付：精度が示す細かさまでしか読みません（例：2021-04-01 と fiscal_year は2021年度）。",
      "A date with its precision, read no finer than the precision (2021-04-01 with fiscal_year is fiscal 2021).",
    ),
  }) satisfies z.ZodType<PartialDate>;

const text = (ja: string, en: string) => localizedTextSchema.meta(d(ja, en));
const textOrNull = (ja: string, en: string) =>
  localizedTextSchema.nullable().meta(d(`${ja}。ない場合は null。`, `${en}; null where there is none.`));
const dateOrNull = (ja: string, en: string) =>
  partialDateSchema
    .nullable()
    .meta(d(`${ja}。不明または該当なしは null。`, `${en}; null where unknown or not applicable.`));
const list = <T extends z.ZodType>(item: T, ja: string, en: string) => z.array(item).meta(d(ja, en));
// Exact decimals stay strings of digits, as the database holds them: never a rounded float.
const decimal = (ja: string, en: string) =>
  z
    .string()
    .regex(/^-?[0-9]+(\.[0-9]+)?$/)
    .meta(d(ja, en));
const flag = (ja: string, en: string) => z.boolean().meta(d(ja, en));
const int = (ja: string, en: string) => z.int().meta(d(ja, en));
const degrees = (limit: number, ja: string, en: string) =>
  z
    .number()
    .min(-limit)
    .max(limit)
    .nullable()
    .meta({ "x-unit": { ja: "度", en: "degrees" }, ...d(ja, en) });

// Said the same wherever they recur.
const lowerBound = flag(
  "true は「以上」「超」の値（例：「200件を超える」）です。",
  "true where the value is a lower bound (“more than 200”).",
);
const sub = flag(
  "true は一段下がった（下位の）項目です。",
  "true where the entry is indented under the one before (a sub-item).",
);
const areaNumber = int(
  "分野の番号（1〜8、9は分野横断的事項）。",
  "The area's number (1–8; 9 is the cross-cutting matters, 分野横断的事項).",
);
const projectNumber = int(
  "分野の中での項目の番号（報告書の丸数字）。",
  "The item's number within its area (the report's circled number).",
);
const slug = str(
  "ページの住所に使う短い名前（分野番号-番号、例：1-2）。",
  "The short name used in page addresses (area number-number, e.g. 1-2).",
);
const note = textOrNull("注記", "A note");

export const reportObservationSchema = z
  .strictObject({
    value: decimal(
      "報告された値。指標の単位（`indicators.unit_ja`）で、数字だけです（「約」や「以上」は `approximate`・`lower_bound` に）。空欄は不明で、0 ではありません。",
      "The number reported, in the indicator's unit (see `indicators.unit_ja`), digits only (“about” and “more than” are in `approximate` and `lower_bound`); blank is unknown, never 0.",
    ),
    periodStart: dateOrNull("期間ごとの値の、期間の始め", "The start of the period a per-period value covers"),
    periodEnd: dateOrNull("期間ごとの値の、期間の終わり", "The end of the period a per-period value covers"),
    asOf: dateOrNull("累計や水準の値の時点", "The date a cumulative value or a level is as of"),
    approximate: flag("true は報告書が「約」と書いている概数です。", "true where the report says “about” (約)."),
    lowerBound,
    provisional: flag("true は暫定値（後で変わりうる値）です。", "true where the value is provisional and may change."),
    breakdown: textOrNull(
      "値の内訳の名前（例：受入れ・派遣）",
      "The breakdown the value belongs to (e.g. incoming, outgoing)",
    ),
    source: z
      .string()
      .nullable()
      .meta(d("値の出典。書かれていない場合は空欄です。", "Where the value comes from; blank where not stated.")),
    note,
  })
  .meta({ id: "Observation", ...d("指標の値1件。", "One reported value of an indicator.") });

export const reportTargetSchema = z
  .strictObject({
    value: decimal(
      "目標の値。指標の単位（`indicators.unit_ja`）で、数字だけです。空欄は不明で、0 ではありません。",
      "The target value, in the indicator's unit (see `indicators.unit_ja`), digits only; blank is unknown, never 0.",
    ),
    due: dateOrNull("目標の期限", "The date the target is due"),
    lowerBound,
    breakdown: textOrNull("目標の内訳の名前", "The breakdown the target belongs to"),
    note,
  })
  .meta({ id: "Target", ...d("指標の目標1件。", "One target of an indicator.") });

export const reportIndicatorSchema = z
  .strictObject({
    key: str(
      "指標のコード（英小文字とハイフン）。同じ項目の中で一意で、版が変わっても同じです。",
      "The indicator's key (lower-case letters and hyphens), unique within its item and the same in every edition.",
    ),
    name: text("指標の名称。", "The indicator's name."),
    measure: codes(MEASURES, "何を数えるか（コード表 measure）。", "What the indicator measures (code list measure)."),
    unit: text("値の単位（例：人、件、%）。", "The unit of its values (e.g. people, cases, %)."),
    direction: codes(
      DIRECTIONS,
      "増えるのがよいか減るのがよいか（コード表 direction）。",
      "Whether up or down is the good direction (code list direction).",
    ),
    accumulation: codes(
      ACCUMULATIONS,
      "値の集計の仕方（コード表 accumulation）：累計、期間ごと、時点の水準。",
      "How the values add up (code list accumulation): cumulative, per period, or a level at a date.",
    ),
    decimals: int("値を表示するときの小数の桁数。", "How many decimal places the values are shown with."),
    baseline: reportObservationSchema
      .nullable()
      .meta(
        d(
          "比べるもとになる基準値。ない場合は null。",
          "The baseline the values are compared with; null where there is none.",
        ),
      ),
    targets: list(reportTargetSchema, "目標（報告書の順）。", "Its targets, in the report's order."),
    observations: list(
      reportObservationSchema,
      "報告された値（報告書の順、基準値を除く）。",
      "The values reported, in the report's order (the baseline apart).",
    ),
  })
  .meta({ id: "Indicator", ...d("指標：その目標と値。", "An indicator with its targets and values.") });

export const reportOrganizationSchema = z
  .strictObject({
    key: str(
      "機関のコード（英小文字とハイフン）。版が変わっても同じです。",
      "The organisation's key (lower-case letters and hyphens); the same in every edition.",
    ),
    name: text("機関の名称。", "The organisation's name."),
    label: textOrNull(
      "この項目の報告での機関の表記（名称と違う場合だけ）",
      "How this item's report writes the name, where it differs",
    ),
    side: codes(
      SIDES,
      "日本側・ロシア側・合弁・その他の別（コード表 side）。",
      "Japanese side, Russian side, joint venture or other (code list side).",
    ),
    kind: codes(
      ORGANIZATION_KINDS,
      "機関の種別（コード表 organization_kind）。",
      "The kind of organisation (code list organization_kind).",
    ),
    role: textOrNull("この項目での役割", "Its role in this item"),
  })
  .meta({ id: "Organization", ...d("項目の関係機関。", "An organisation taking part in an item.") });

export const reportLocationSchema = z
  .strictObject({
    key: str(
      "場所のコード（英小文字とハイフン）。版が変わっても同じです。",
      "The place's key (lower-case letters and hyphens); the same in every edition.",
    ),
    name: text("場所の名称。", "The place's name."),
    kind: codes(
      LOCATION_KINDS,
      "場所の種別（コード表 location_kind）。",
      "The kind of place (code list location_kind).",
    ),
    lat: degrees(
      90,
      "緯度（WGS84、度、北が正）。空欄は位置を示さない場所です。",
      "Latitude (WGS84, degrees, north positive); blank where the place has no position.",
    ),
    lon: degrees(
      180,
      "経度（WGS84、度、東が正）。空欄は位置を示さない場所です。",
      "Longitude (WGS84, degrees, east positive); blank where the place has no position.",
    ),
  })
  .meta({ id: "Location", ...d("項目の場所。", "A place an item is at.") });

export const reportMilestoneSchema = z
  .strictObject({
    id: z.guid().meta(d("節目のID（UUID）。", "The milestone's ID (a UUID).")),
    title: text("節目の名称。", "The milestone's title."),
    status: codes(
      MILESTONE_STATUSES,
      "節目の状況（コード表 milestone_status）。delayed は予定時期を過ぎても完了していないものです。",
      "The milestone's status (code list milestone_status); delayed means its planned date has passed and it is not done.",
    ),
    planned: dateOrNull("予定時期（精度付き）", "The date it is planned for, with its precision"),
    actual: dateOrNull("実際に達成した日（精度付き）", "The date it was reached, with its precision"),
  })
  .meta({ id: "Milestone", ...d("節目。", "A milestone.") });

export const reportProgressSchema = z
  .strictObject({
    date: dateOrNull("記述された出来事の日付", "The date of the event described"),
    group: textOrNull("記述をまとめる見出し", "The heading the entry sits under"),
    text: text("記述の本文。", "The entry's text."),
    kind: codes(
      PROGRESS_KINDS,
      "箇条書きか注記か（コード表 progress_kind）。",
      "A bullet or a note (code list progress_kind).",
    ),
    sub,
  })
  .meta({ id: "Progress", ...d("進捗の記述（箇条書きまたは注記）。", "A progress entry (a bullet or a note).") });

export const projectRefSchema = z
  .strictObject({
    slug,
    areaNumber,
    number: projectNumber,
    title: text("参照先の項目の名称。", "The other item's title."),
  })
  .meta({
    id: "ProjectRef",
    ...d(
      "同じ取り組みとして別の分野に載っている項目への参照。",
      "A reference to the same undertaking as listed in another area.",
    ),
  });

export const reportProjectSchema = z
  .strictObject({
    id: z
      .guid()
      .meta(d("項目のID（UUID）。版が変わっても同じです。", "The item's ID (a UUID); the same in every edition.")),
    slug,
    areaNumber,
    number: projectNumber,
    title: text("項目の名称。", "The item's title."),
    subtitle: textOrNull("副題", "The subtitle"),
    summary: textOrNull("概要", "The summary"),
    lifecycle: codes(
      LIFECYCLE_STATUSES,
      "項目の実施状況（コード表 lifecycle_status）。",
      "The item's status (code list lifecycle_status).",
    ),
    confidence: codes(
      DELIVERY_CONFIDENCES,
      "実施中の項目の見通し。at_risk と off_track には confidenceNarrative に説明があります。",
      "The outlook for work in progress; at_risk and off_track are explained in confidenceNarrative.",
    ),
    confidenceNarrative: textOrNull("見通しの説明", "Why the outlook is what it is"),
    organizationsEtc: flag(
      "true は、報告書が関係機関の後に「等」と書いている（一覧が全部ではない）ことを示します。",
      "true where the report lists the organisations followed by “and others” (等): the list is not complete.",
    ),
    organizations: list(
      reportOrganizationSchema,
      "関係機関（報告書の順）。",
      "Its organisations, in the report's order.",
    ),
    locations: list(reportLocationSchema, "場所（報告書の順）。", "Its places, in the report's order."),
    progress: list(reportProgressSchema, "進捗の記述（報告書の順）。", "Its progress entries, in the report's order."),
    milestones: list(reportMilestoneSchema, "節目（報告書の順）。", "Its milestones, in the report's order."),
    indicators: list(reportIndicatorSchema, "指標。", "Its indicators."),
    captions: list(localizedTextSchema, "写真の説明（▲）。", "Its photo captions (▲)."),
    sameAs: list(
      projectRefSchema,
      "別の分野に載っている同じ取り組み。",
      "The same undertaking as listed in other areas.",
    ),
    updatedAt: z.iso
      .datetime({ offset: true })
      .meta(
        d(
          "項目の記録を最後に更新した日時（UTC、ISO 8601）。読むためのものです。",
          "When the item's record was last changed (UTC, ISO 8601); for reading only.",
        ),
      ),
  })
  .meta({ id: "Project", ...d("項目。", "An item.") });

export const reportAreaSchema = z
  .strictObject({
    number: areaNumber,
    title: text("分野の名称。", "The area's title."),
    overview: list(
      z
        .strictObject({ text: text("本文。", "Its text."), sub })
        .meta(d("概要の箇条書き1項目。", "One bullet of the overview.")),
      "分野の概要の箇条書き。",
      "The bullets of the area's overview.",
    ),
    projects: list(reportProjectSchema, "分野の項目（番号順）。", "The area's items, by number."),
  })
  .meta({ id: "Area", ...d("分野。", "An area.") });

export const reportModelSchema = z.strictObject({
  schemaVersion: z
    .literal(REPORT_SCHEMA_VERSION)
    .meta(
      d("データ形式の版。形が変わると上がります。", "The data format's version; it goes up when the shape changes."),
    ),
  plan: z
    .strictObject({
      title: text("計画の名称。", "The plan's title."),
      asOf: partialDateSchema.meta(
        d("報告の時点（例：2021年10月現在）。", "The date the report is as of (e.g. October 2021)."),
      ),
      note: text("計画全体についての注記。", "A note on the plan as a whole."),
      indicators: list(reportIndicatorSchema, "計画全体の指標。", "The plan's own indicators."),
    })
    .meta(d("計画全体。", "The plan as a whole.")),
  areas: list(
    reportAreaSchema,
    "分野（1〜8と、9の分野横断的事項）。",
    "The areas (1–8, and 9, the cross-cutting matters).",
  ),
});

export type LocalizedText = z.infer<typeof localizedTextSchema>;
export type ReportObservation = z.infer<typeof reportObservationSchema>;
export type ReportTarget = z.infer<typeof reportTargetSchema>;
export type ReportIndicator = z.infer<typeof reportIndicatorSchema>;
export type ReportOrganization = z.infer<typeof reportOrganizationSchema>;
export type ReportLocation = z.infer<typeof reportLocationSchema>;
export type ReportMilestone = z.infer<typeof reportMilestoneSchema>;
export type ReportProgress = z.infer<typeof reportProgressSchema>;
export type ProjectRef = z.infer<typeof projectRefSchema>;
export type ReportProject = z.infer<typeof reportProjectSchema>;
export type ReportArea = z.infer<typeof reportAreaSchema>;
export type ReportModel = z.infer<typeof reportModelSchema>;

/** What is wrong with a model that does not match the format, one line per problem (at most `max`). */
export function reportModelProblems(model: unknown, max = 10): string[] {
  const result = reportModelSchema.safeParse(model);
  if (result.success) return [];
  const { issues } = result.error;
  const lines = issues.slice(0, max).map((issue) => `${issue.path.join(".") || "(the model)"}: ${issue.message}`);
  return issues.length > max ? [...lines, `…and ${issues.length - max} more`] : lines;
}
