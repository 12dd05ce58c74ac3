// The tables an edition is published as (CSV, XLSX) and staff round-trip through Excel.
// One definition serves the writers, the import, the data dictionary page and its JSON
// Schema, so a column is named, typed and explained once. Following the government's
// machine-readability rules: one table per file or sheet, one value per cell, long format
// (one row per observation), codes from published code lists, and column keys that stay the
// same from one edition to the next.

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
} from "@/lib/domain/code-lists";
import { DATE_PRECISIONS } from "@/lib/domain/partial-date";

export type ColumnType = "uuid" | "text" | "integer" | "decimal" | "date" | "datetime" | "boolean" | "code";

/** The code lists a `code` column takes its values from; labels come from the message files. */
export const CODE_LISTS = {
  lifecycle_status: { messages: "lifecycle", codes: LIFECYCLE_STATUSES },
  delivery_confidence: { messages: "confidence", codes: DELIVERY_CONFIDENCES },
  milestone_status: { messages: "milestoneStatus", codes: MILESTONE_STATUSES },
  date_precision: { messages: "audit.precisions", codes: DATE_PRECISIONS },
  side: { messages: "side", codes: SIDES },
  organization_kind: { messages: "editor.kinds", codes: ORGANIZATION_KINDS },
  location_kind: { messages: "editor.placeKinds", codes: LOCATION_KINDS },
  measure: { messages: "editor.measures", codes: MEASURES },
  direction: { messages: "editor.directions", codes: DIRECTIONS },
  accumulation: { messages: "editor.accumulations", codes: ACCUMULATIONS },
  progress_kind: { messages: "exports.progressKinds", codes: PROGRESS_KINDS },
} as const;
export type CodeListName = keyof typeof CODE_LISTS;

export type Column = {
  key: string;
  ja: string;
  en: string;
  type: ColumnType;
  codes?: CodeListName;
  /** Only in the staff export (the live data's ids and versions, which the import checks). */
  staffOnly?: boolean;
  /** Written for reading only (a project's code beside its id): the import ignores it. */
  reference?: boolean;
};

export type TableName =
  | "plan"
  | "areas"
  | "area_overview"
  | "projects"
  | "project_links"
  | "organizations"
  | "project_organizations"
  | "locations"
  | "project_locations"
  | "milestones"
  | "progress_notes"
  | "indicators"
  | "targets"
  | "observations"
  | "captions"
  | "codes";

export type TableSpec = { name: TableName; ja: string; en: string; columns: Column[] };

const c = (key: string, ja: string, en: string, type: ColumnType, extra: Partial<Column> = {}): Column => ({
  key,
  ja,
  en,
  type,
  ...extra,
});
const code = (key: string, ja: string, en: string, codes: CodeListName) => c(key, ja, en, "code", { codes });
const pair = (key: string, ja: string, en: string): Column[] => [
  c(`${key}_ja`, `${ja}・日本語`, `${en} (Japanese)`, "text"),
  c(`${key}_en`, `${ja}・英語`, `${en} (English)`, "text"),
];
const partialDate = (key: string, ja: string, en: string): Column[] => [
  c(key, ja, en, "date"),
  code(
    `${key === "date" ? "date" : key.replace(/_date$/, "")}_precision`,
    `${ja}の精度`,
    `${en} precision`,
    "date_precision",
  ),
];
const version = c("version", "版数", "Version", "integer", { staffOnly: true });
const project = [
  c("project_id", "項目ID", "Item ID", "uuid"),
  c("project_code", "項目番号", "Item number", "text", { reference: true }),
];
const seq = c("seq", "表示順", "Order", "integer", { reference: true });

export const TABLES: TableSpec[] = [
  {
    name: "plan",
    ja: "計画",
    en: "Plan",
    columns: [
      ...pair("title", "題名", "Title"),
      ...partialDate("as_of_date", "時点", "As of"),
      ...pair("note", "注記", "Note"),
    ],
  },
  {
    name: "areas",
    ja: "分野",
    en: "Areas",
    columns: [c("area_number", "分野番号", "Area number", "integer"), ...pair("title", "分野名", "Area title")],
  },
  {
    name: "area_overview",
    ja: "分野の概要",
    en: "Area overview",
    columns: [
      c("area_number", "分野番号", "Area number", "integer"),
      seq,
      ...pair("text", "本文", "Text"),
      c("sub", "下位の項目", "Sub-item", "boolean"),
    ],
  },
  {
    name: "projects",
    ja: "項目",
    en: "Items",
    columns: [
      c("project_id", "項目ID", "Item ID", "uuid"),
      c("project_code", "項目番号", "Item number", "text", { reference: true }),
      c("area_number", "分野番号", "Area number", "integer"),
      c("project_number", "分野内番号", "Number within area", "integer", { reference: true }),
      c("slug", "スラッグ", "Slug", "text", { reference: true }),
      ...pair("title", "項目名", "Title"),
      ...pair("subtitle", "副題", "Subtitle"),
      ...pair("summary", "概要", "Summary"),
      code("lifecycle_status", "実施状況", "Status", "lifecycle_status"),
      code("delivery_confidence", "見通し", "Outlook", "delivery_confidence"),
      ...pair("confidence_narrative", "見通しの説明", "Outlook explained"),
      c("organizations_etc", "関係機関「等」", 'Organisations "and others"', "boolean"),
      c("updated_at", "更新日時（UTC）", "Updated at (UTC)", "datetime", { reference: true }),
      version,
    ],
  },
  {
    name: "project_links",
    ja: "項目の相互参照",
    en: "Item cross-references",
    columns: [
      ...project,
      c("linked_project_code", "参照先の項目番号", "Linked item number", "text"),
      c("linked_slug", "参照先のスラッグ", "Linked item slug", "text"),
    ],
  },
  {
    name: "organizations",
    ja: "関係機関",
    en: "Organisations",
    columns: [
      c("organization_key", "機関コード", "Organisation key", "text"),
      ...pair("name", "機関名", "Name"),
      code("side", "日露の別", "Side", "side"),
      code("kind", "種別", "Kind", "organization_kind"),
    ],
  },
  {
    name: "project_organizations",
    ja: "項目の関係機関",
    en: "Item organisations",
    columns: [
      ...project,
      c("organization_key", "機関コード", "Organisation key", "text"),
      seq,
      ...pair("role", "役割", "Role"),
      ...pair("label", "項目での表記", "Name as written"),
      version,
    ],
  },
  {
    name: "locations",
    ja: "場所",
    en: "Places",
    columns: [
      c("location_key", "場所コード", "Place key", "text"),
      ...pair("name", "名称", "Name"),
      code("kind", "種別", "Kind", "location_kind"),
      c("lat", "緯度（度）", "Latitude (degrees)", "decimal"),
      c("lon", "経度（度）", "Longitude (degrees)", "decimal"),
    ],
  },
  {
    name: "project_locations",
    ja: "項目の場所",
    en: "Item places",
    columns: [...project, c("location_key", "場所コード", "Place key", "text"), seq],
  },
  {
    name: "milestones",
    ja: "節目",
    en: "Milestones",
    columns: [
      c("milestone_id", "節目ID", "Milestone ID", "uuid"),
      ...project,
      seq,
      ...pair("title", "名称", "Title"),
      code("status", "状況", "Status", "milestone_status"),
      ...partialDate("planned_date", "予定時期", "Planned date"),
      ...partialDate("actual_date", "実績時期", "Actual date"),
      version,
    ],
  },
  {
    name: "progress_notes",
    ja: "進捗",
    en: "Progress notes",
    columns: [
      c("progress_id", "進捗ID", "Progress note ID", "uuid", { staffOnly: true }),
      ...project,
      seq,
      ...partialDate("date", "日付", "Date"),
      ...pair("group", "見出し", "Heading"),
      ...pair("text", "本文", "Text"),
      code("kind", "種別", "Kind", "progress_kind"),
      c("sub", "下位の項目", "Sub-item", "boolean"),
      version,
    ],
  },
  {
    name: "indicators",
    ja: "指標",
    en: "Indicators",
    columns: [
      ...project,
      c("indicator_key", "指標コード", "Indicator key", "text"),
      ...pair("name", "指標名", "Name"),
      code("measure", "尺度", "Measure", "measure"),
      ...pair("unit", "単位", "Unit"),
      code("direction", "望ましい方向", "Direction", "direction"),
      code("accumulation", "集計の仕方", "Accumulation", "accumulation"),
      c("decimals", "小数桁数", "Decimal places", "integer"),
    ],
  },
  {
    name: "targets",
    ja: "目標",
    en: "Targets",
    columns: [
      c("target_id", "目標ID", "Target ID", "uuid", { staffOnly: true }),
      ...project,
      c("indicator_key", "指標コード", "Indicator key", "text"),
      seq,
      c("value", "目標値", "Target value", "decimal"),
      ...partialDate("due_date", "期限", "Due date"),
      c("lower_bound", "以上・超", "Lower bound", "boolean"),
      ...pair("breakdown", "内訳", "Breakdown"),
      ...pair("note", "注記", "Note"),
      version,
    ],
  },
  {
    name: "observations",
    ja: "実績値",
    en: "Observations",
    columns: [
      c("observation_id", "実績値ID", "Observation ID", "uuid", { staffOnly: true }),
      ...project,
      c("indicator_key", "指標コード", "Indicator key", "text"),
      seq,
      c("is_baseline", "基準値", "Baseline", "boolean"),
      c("value", "値", "Value", "decimal"),
      ...partialDate("period_start", "期間の始め", "Period start"),
      ...partialDate("period_end", "期間の終わり", "Period end"),
      ...partialDate("as_of", "時点", "As of"),
      c("approximate", "概数（約）", "Approximate", "boolean"),
      c("lower_bound", "以上・超", "Lower bound", "boolean"),
      c("provisional", "暫定値", "Provisional", "boolean"),
      ...pair("breakdown", "内訳", "Breakdown"),
      c("source", "出典", "Source", "text"),
      ...pair("note", "注記", "Note"),
      version,
    ],
  },
  {
    name: "captions",
    ja: "写真の説明",
    en: "Photo captions",
    columns: [...project, seq, ...pair("caption", "説明", "Caption")],
  },
  {
    name: "codes",
    ja: "コード表",
    en: "Code lists",
    columns: [
      c("code_list", "コード表", "Code list", "text"),
      c("code", "コード", "Code", "text"),
      c("label_ja", "表記（日本語）", "Label (Japanese)", "text"),
      c("label_en", "表記（英語）", "Label (English)", "text"),
    ],
  },
];

export const TABLE_BY_NAME = new Map(TABLES.map((t) => [t.name, t]));

export type Flavour = "edition" | "staff";

/** The columns a file of this flavour carries: an edition has no live ids or versions. */
export const columnsOf = (table: TableSpec, flavour: Flavour) =>
  table.columns.filter((col) => flavour === "staff" || !col.staffOnly);

/**
 * A workbook's sheet for the table. The staff workbook, edited by hand in Japanese, names
 * it in Japanese with its key in brackets (「節目（milestones）」, at most Excel's 31
 * characters); an edition's keeps the bare key, which programs reading every edition rely on.
 */
export const sheetNameOf = (table: TableSpec, flavour: Flavour) =>
  flavour === "staff" ? `${table.ja}（${table.name}）` : table.name;

/** Row 1 of every sheet and file: the Japanese name, then the stable key in brackets. */
export const headerOf = (col: Column) => `${col.ja}（${col.key}）`;

/** A row of a table: values by column key, null where blank (blank is never zero). */
export type TableRow = Record<string, string | number | boolean | null>;
