import type { Bilingual } from "@/lib/domain/described";
import type { TableName } from "./tables";

export type ColumnNote = Bilingual & { unit?: Bilingual };
export type TableNote = {
  /** What one row of the table is. */
  row: Bilingual;
  /** The columns that together identify a row (empty: the table has one row). */
  key: string[];
  columns: Record<string, ColumnNote>;
};

// The meaning of every column of every published table (see dictionary.ts). Columns that
// recur (the project reference, order, version, a text in two languages, a date with its
// precision) are explained by the helpers below, so they read the same in every table.

const m = (ja: string, en: string, unit?: Bilingual): ColumnNote => (unit ? { ja, en, unit } : { ja, en });

/** A text given in both languages: `<key>_ja` and `<key>_en`. */
const pair = (key: string, ja: string, en: string): Record<string, ColumnNote> => ({
  [`${key}_ja`]: m(`${ja}（日本語）。`, `${en}, in Japanese.`),
  [`${key}_en`]: m(
    `${ja}（英語）。訳がまだない場合は空欄です。`,
    `${en}, in English; blank where there is no translation yet.`,
  ),
});

/** A date and its precision: the date reads only as finely as the precision says. */
const dated = (key: string, precisionKey: string, ja: string, en: string): Record<string, ColumnNote> => ({
  [key]: m(
    `${ja}。ISO 8601 の年月日（YYYY-MM-DD）で、\`${precisionKey}\` と合わせて読みます（例：2021-04-01 と fiscal_year は2021年度＝2021年4月〜2022年3月）。空欄は不明または該当なしです。`,
    `${en}, as an ISO 8601 date (YYYY-MM-DD), read with \`${precisionKey}\`: 2021-04-01 with fiscal_year means fiscal 2021 (April 2021 – March 2022). Blank where unknown or not applicable.`,
  ),
  [precisionKey]: m(
    `\`${key}\` の精度（コード表 date_precision）。日・月・下旬・月末・年・年末・年内・年度のどこまで分かっているかを示します。`,
    `The precision of \`${key}\` (code list date_precision): whether it is known to the day, month, late month, month end, year, year end, within the year or fiscal year.`,
  ),
});

const project = (required = true): Record<string, ColumnNote> => ({
  project_id: required
    ? m(
        "項目のID（UUID、`projects.project_id`）。版が変わっても同じです。",
        "The item's ID (a UUID, `projects.project_id`); the same in every edition.",
      )
    : m(
        "項目のID（UUID、`projects.project_id`）。空欄は計画全体の指標です。",
        "The item's ID (a UUID, `projects.project_id`); blank for the plan's own figures.",
      ),
  project_code: m(
    "報告書での項目番号（分野番号-丸数字、例：1-②）。読むためのもので、取込みでは使いません。",
    "The item's number as the report writes it (area number – circled number, e.g. 1-②); for reading only, the import ignores it.",
  ),
});

const seq = (within: Bilingual) =>
  m(
    `${within.ja}での表示順（1から）。報告書の並びのとおりです。`,
    `The order within ${within.en}, from 1, as the report lists them.`,
  );
const version = m(
  "職員用の出力だけにある列：記録の版数。取込みのとき、出力した後に他の人が変更していないかを確かめます。",
  "Staff export only: the record's version, which the import checks so that nobody else's change since the export is overwritten.",
);
const staffId = (what: Bilingual) =>
  m(
    `職員用の出力だけにある列：${what.ja}のID（UUID）。取込みで記録を特定します。`,
    `Staff export only: the ${what.en}'s ID (a UUID), by which the import finds the record.`,
  );
const areaNumber = m(
  "分野の番号（1〜8、9は分野横断的事項）。",
  "The area's number (1–8; 9 is the cross-cutting matters, 分野横断的事項).",
);
const indicatorKey = m(
  "指標のコード（`indicators.indicator_key`）。同じ項目の中で一意です。",
  "The indicator's key (`indicators.indicator_key`), unique within its item.",
);
const sub = m(
  "true は一段下がった（下位の）項目です。",
  "true where the entry is indented under the one before (a sub-item).",
);
const breakdown = pair(
  "breakdown",
  "値の内訳の名前（例：受入れ・派遣）。空欄は内訳でなく全体の値です",
  "The breakdown the value belongs to (e.g. incoming, outgoing); blank for the whole",
);
const lowerBound = m(
  "true は「以上」「超」の値（例：「200件を超える」）です。",
  "true where the value is a lower bound (“more than 200”).",
);
const note = pair("note", "注記", "A note");
const valueUnit = { ja: "指標の単位（`indicators.unit_ja`）", en: "the indicator's unit (`indicators.unit_en`)" };

export const TABLE_NOTES: Record<TableName, TableNote> = {
  plan: {
    row: { ja: "版ごとに1行：計画全体。", en: "One row per edition: the plan as a whole." },
    key: [],
    columns: {
      ...pair("title", "計画の名称", "The plan's title"),
      ...dated(
        "as_of_date",
        "as_of_precision",
        "報告の時点（「2021年10月現在」）",
        "The date the report is as of (“as of October 2021”)",
      ),
      ...pair("note", "計画全体についての注記", "A note on the plan as a whole"),
    },
  },
  areas: {
    row: { ja: "分野ごとに1行。", en: "One row per area." },
    key: ["area_number"],
    columns: { area_number: areaNumber, ...pair("title", "分野の名称", "The area's title") },
  },
  area_overview: {
    row: { ja: "分野の概要の箇条書き1項目ごとに1行。", en: "One row per bullet of an area's overview." },
    key: ["area_number", "seq"],
    columns: {
      area_number: areaNumber,
      seq: seq({ ja: "分野の概要", en: "the area's overview" }),
      ...pair("text", "箇条書きの本文", "The bullet's text"),
      sub,
    },
  },
  projects: {
    row: { ja: "項目ごとに1行。", en: "One row per item." },
    key: ["project_id"],
    columns: {
      project_id: m("項目のID（UUID）。版が変わっても同じです。", "The item's ID (a UUID); the same in every edition."),
      project_code: project().project_code!,
      area_number: areaNumber,
      project_number: m(
        "分野の中での項目の番号（報告書の丸数字）。",
        "The item's number within its area (the report's circled number).",
      ),
      slug: m(
        "ページの住所に使う短い名前（分野番号-番号、例：1-2）。",
        "The short name used in page addresses (area number-number, e.g. 1-2).",
      ),
      ...pair("title", "項目の名称", "The item's title"),
      ...pair("subtitle", "副題。ない場合は空欄", "The subtitle; blank where there is none"),
      ...pair("summary", "概要", "The summary"),
      lifecycle_status: m(
        "項目の実施状況（コード表 lifecycle_status）。",
        "The item's status (code list lifecycle_status).",
      ),
      delivery_confidence: m(
        "実施中の項目の見通し（コード表 delivery_confidence）。at_risk と off_track には `confidence_narrative_ja` に説明があります。",
        "The outlook for work in progress (code list delivery_confidence); at_risk and off_track are explained in `confidence_narrative_ja` and `confidence_narrative_en`.",
      ),
      ...pair("confidence_narrative", "見通しの説明", "Why the outlook is what it is"),
      organizations_etc: m(
        "true は、報告書が関係機関の後に「等」と書いている（一覧が全部ではない）ことを示します。",
        "true where the report lists the organisations followed by “and others” (等): the list is not complete.",
      ),
      updated_at: m(
        "項目の記録を最後に更新した日時（UTC、ISO 8601）。読むためのものです。",
        "When the item's record was last changed (UTC, ISO 8601); for reading only.",
      ),
      version,
    },
  },
  project_links: {
    row: {
      ja: "二つの分野に載っている同じ取り組みの組ごとに1行（例：1-⑥ と 6-⑦）。",
      en: "One row per pair of items that are the same undertaking in two areas (e.g. 1-⑥ and 6-⑦).",
    },
    key: ["project_id", "linked_project_code"],
    columns: {
      ...project(),
      linked_project_code: m(
        "同じ取り組みとして参照する、もう一方の項目番号。",
        "The number of the other item that is the same undertaking.",
      ),
      linked_slug: m(
        "参照先の項目の、ページの住所に使う短い名前（`projects.slug`）。",
        "The other item's short name in page addresses (`projects.slug`).",
      ),
    },
  },
  organizations: {
    row: { ja: "関係機関ごとに1行。", en: "One row per organisation." },
    key: ["organization_key"],
    columns: {
      organization_key: m(
        "機関のコード（英小文字とハイフン）。版が変わっても同じです。",
        "The organisation's key (lower-case letters and hyphens); the same in every edition.",
      ),
      ...pair("name", "機関の名称", "The organisation's name"),
      side: m(
        "日本側・ロシア側・合弁・その他の別（コード表 side）。",
        "Japanese side, Russian side, joint venture or other (code list side).",
      ),
      kind: m("機関の種別（コード表 organization_kind）。", "The kind of organisation (code list organization_kind)."),
    },
  },
  project_organizations: {
    row: { ja: "項目と関係機関の組ごとに1行。", en: "One row per organisation taking part in an item." },
    key: ["project_id", "organization_key"],
    columns: {
      ...project(),
      organization_key: m(
        "機関のコード（`organizations.organization_key`）。",
        "The organisation's key (`organizations.organization_key`).",
      ),
      seq: seq({ ja: "項目の関係機関", en: "the item's organisations" }),
      ...pair(
        "role",
        "この項目での役割。書かれていない場合は空欄",
        "Its role in this item; blank where the report gives none",
      ),
      ...pair(
        "label",
        "この項目の報告での機関の表記（`organizations.name_ja` と違う場合だけ）",
        "How this item's report writes the name, where it differs from `organizations.name_ja`",
      ),
      version,
    },
  },
  locations: {
    row: { ja: "場所ごとに1行。", en: "One row per place." },
    key: ["location_key"],
    columns: {
      location_key: m(
        "場所のコード（英小文字とハイフン）。版が変わっても同じです。",
        "The place's key (lower-case letters and hyphens); the same in every edition.",
      ),
      ...pair("name", "場所の名称", "The place's name"),
      kind: m("場所の種別（コード表 location_kind）。", "The kind of place (code list location_kind)."),
      lat: m(
        "緯度（WGS84、度、北が正）。空欄は位置を示さない場所です。",
        "Latitude (WGS84, degrees, north positive); blank where the place has no position.",
        { ja: "度", en: "degrees" },
      ),
      lon: m(
        "経度（WGS84、度、東が正）。空欄は位置を示さない場所です。",
        "Longitude (WGS84, degrees, east positive); blank where the place has no position.",
        { ja: "度", en: "degrees" },
      ),
    },
  },
  project_locations: {
    row: { ja: "項目と場所の組ごとに1行。", en: "One row per place an item is at." },
    key: ["project_id", "location_key"],
    columns: {
      ...project(),
      location_key: m("場所のコード（`locations.location_key`）。", "The place's key (`locations.location_key`)."),
      seq: seq({ ja: "項目の場所", en: "the item's places" }),
    },
  },
  milestones: {
    row: { ja: "節目ごとに1行。", en: "One row per milestone." },
    key: ["milestone_id"],
    columns: {
      milestone_id: m("節目のID（UUID）。", "The milestone's ID (a UUID)."),
      ...project(),
      seq: seq({ ja: "項目の節目", en: "the item's milestones" }),
      ...pair("title", "節目の名称", "The milestone's title"),
      status: m(
        "節目の状況（コード表 milestone_status）。delayed は予定時期を過ぎても完了していないものです。",
        "The milestone's status (code list milestone_status); delayed means its planned date has passed and it is not done.",
      ),
      ...dated("planned_date", "planned_precision", "節目の予定時期", "The date the milestone is planned for"),
      ...dated(
        "actual_date",
        "actual_precision",
        "節目を実際に達成した日。未達成なら空欄",
        "The date the milestone was actually reached; blank until it is",
      ),
      version,
    },
  },
  progress_notes: {
    row: { ja: "進捗の記述（箇条書きまたは注記）ごとに1行。", en: "One row per progress entry (a bullet or a note)." },
    key: ["project_id", "seq"],
    columns: {
      progress_id: staffId({ ja: "進捗の記述", en: "progress entry" }),
      ...project(),
      seq: seq({ ja: "項目の進捗", en: "the item's progress entries" }),
      ...dated("date", "date_precision", "記述された出来事の日付", "The date of the event described"),
      ...pair(
        "group",
        "記述をまとめる見出し。ない場合は空欄",
        "The heading the entry sits under; blank where there is none",
      ),
      ...pair("text", "記述の本文", "The entry's text"),
      kind: m("箇条書きか注記か（コード表 progress_kind）。", "A bullet or a note (code list progress_kind)."),
      sub,
      version,
    },
  },
  indicators: {
    row: {
      ja: "指標ごとに1行（計画全体の指標が先頭）。",
      en: "One row per indicator (the plan's own indicators first).",
    },
    key: ["project_id", "indicator_key"],
    columns: {
      ...project(false),
      indicator_key: m(
        "指標のコード（英小文字とハイフン）。同じ項目の中で一意で、版が変わっても同じです。",
        "The indicator's key (lower-case letters and hyphens), unique within its item and the same in every edition.",
      ),
      ...pair("name", "指標の名称", "The indicator's name"),
      measure: m("何を数えるか（コード表 measure）。", "What the indicator measures (code list measure)."),
      ...pair("unit", "値の単位（例：人、件、%）", "The unit of its values (e.g. people, cases, %)"),
      direction: m(
        "増えるのがよいか減るのがよいか（コード表 direction）。",
        "Whether up or down is the good direction (code list direction).",
      ),
      accumulation: m(
        "値の集計の仕方（コード表 accumulation）：累計、期間ごと、時点の水準。",
        "How the values add up (code list accumulation): cumulative, per period, or a level at a date.",
      ),
      decimals: m("値を表示するときの小数の桁数。", "How many decimal places the values are shown with.", {
        ja: "桁",
        en: "digits",
      }),
    },
  },
  targets: {
    row: { ja: "指標の目標ごとに1行。", en: "One row per target of an indicator." },
    key: ["project_id", "indicator_key", "seq"],
    columns: {
      target_id: staffId({ ja: "目標", en: "target" }),
      ...project(false),
      indicator_key: indicatorKey,
      seq: seq({ ja: "指標の目標", en: "the indicator's targets" }),
      value: m(
        "目標の値。指標の単位（`indicators.unit_ja`）で、数字だけです。空欄は不明で、0 ではありません。",
        "The target value, in the indicator's unit (see `indicators.unit_ja`), digits only; blank is unknown, never 0.",
        valueUnit,
      ),
      ...dated("due_date", "due_precision", "目標の期限", "The date the target is due"),
      lower_bound: lowerBound,
      ...breakdown,
      ...note,
      version,
    },
  },
  observations: {
    row: {
      ja: "指標の値1件ごとに1行（基準値を含む、縦持ち）。",
      en: "One row per reported value of an indicator, the baseline included (long format).",
    },
    key: ["project_id", "indicator_key", "seq"],
    columns: {
      observation_id: staffId({ ja: "実績値", en: "observation" }),
      ...project(false),
      indicator_key: indicatorKey,
      seq: seq({ ja: "指標の値（基準値が先頭）", en: "the indicator's values (the baseline first)" }),
      is_baseline: m(
        "true は比べるもとになる基準値です。",
        "true for the baseline the other values are compared with.",
      ),
      value: m(
        "報告された値。指標の単位（`indicators.unit_ja`）で、数字だけです（「約」や「以上」は `approximate`・`lower_bound` に）。空欄は不明で、0 ではありません。",
        "The number reported, in the indicator's unit (see `indicators.unit_ja`), digits only (“about” and “more than” are in `approximate` and `lower_bound`); blank is unknown, never 0.",
        valueUnit,
      ),
      ...dated(
        "period_start",
        "period_start_precision",
        "期間ごとの値の、期間の始め",
        "The start of the period a per-period value covers",
      ),
      ...dated(
        "period_end",
        "period_end_precision",
        "期間ごとの値の、期間の終わり",
        "The end of the period a per-period value covers",
      ),
      ...dated("as_of", "as_of_precision", "累計や水準の値の時点", "The date a cumulative value or a level is as of"),
      approximate: m("true は報告書が「約」と書いている概数です。", "true where the report says “about” (約)."),
      lower_bound: lowerBound,
      provisional: m("true は暫定値（後で変わりうる値）です。", "true where the value is provisional and may change."),
      ...breakdown,
      source: m("値の出典。書かれていない場合は空欄です。", "Where the value comes from; blank where not stated."),
      ...note,
      version,
    },
  },
  captions: {
    row: { ja: "写真の説明（▲）ごとに1行。", en: "One row per photo caption (▲)." },
    key: ["project_id", "seq"],
    columns: {
      ...project(),
      seq: seq({ ja: "項目の写真の説明", en: "the item's captions" }),
      ...pair("caption", "写真の説明の本文", "The caption's text"),
    },
  },
  codes: {
    row: { ja: "コード表の値ごとに1行。", en: "One row per code of a code list." },
    key: ["code_list", "code"],
    columns: {
      code_list: m("コード表の名前（例：milestone_status）。", "The code list's name (e.g. milestone_status)."),
      code: m("データのセルに書かれるコード。", "The code as data cells hold it."),
      label_ja: m("コードの日本語の表記。", "The code's label in Japanese."),
      label_en: m("コードの英語の表記。", "The code's label in English."),
    },
  },
};
