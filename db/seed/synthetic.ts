// Synthetic projects for load tests and benchmarks: thousands of clearly fake projects in a
// database of their own, never mixed with the real report. The plan row, the area rows and
// every project carry the synthetic mark in their titles, and the loader refuses a database
// that holds the real report or any project without the mark. The same seed number and
// reference date always give the same rows (ids are uuid v5 of the seed and position).
import { getTableColumns, like, notLike, sql } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../connection";
import * as t from "../schema";
import { areas as reportAreas } from "./data";
import { upsertRows } from "./upsert";
import * as pd from "@/lib/domain/partial-date";

export const SYNTHETIC_MARK_JA = "【合成データ】";
export const SYNTHETIC_MARK_EN = "[Synthetic]";
const KEY_PREFIX = "syn-";
const ORGANIZATION_COUNT = 300;

export type SyntheticOptions = {
  projects: number;
  seed?: number;
  /** The day the data is generated for ("today"): activity times count back from it. */
  now?: Date;
  /** Projects per transaction. */
  batchSize?: number;
};
export type SyntheticCounts = Record<string, number>;

/** The target holds the real report or projects that are not synthetic. */
export class SyntheticRefusal extends Error {
  override name = "SyntheticRefusal";
}

// --- deterministic randomness -------------------------------------------------------------
type Rng = () => number;
function rngFor(...parts: number[]): Rng {
  let a = parts.reduce((h, p) => Math.imul(h ^ p, 0x9e3779b1) + 0x7f4a7c15, 0x2545f491) | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0; // mulberry32
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
function shuffled<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
const chance = (rng: Rng, p: number) => rng() < p;
function weighted<K extends string>(rng: Rng, weights: Record<K, number>): K {
  const entries = Object.entries(weights) as [K, number][];
  let r = rng() * entries.reduce((s, [, w]) => s + w, 0);
  for (const [k, w] of entries) if ((r -= w) < 0) return k;
  return entries[entries.length - 1]![0];
}

// Ids spell out what they are (a fixed prefix, the seed, the kind of row, a sub-index and the
// position), so the same seed gives the same ids and a synthetic id is recognisable at sight.
const ID_KINDS = {
  project: 1,
  milestone: 2,
  indicator: 3,
  target: 4,
  observation: 5,
  progress: 6,
  organization: 7,
  location: 8,
} as const;
const hex = (n: number, width: number) => n.toString(16).padStart(width, "0");
const synId = (seed: number, kind: keyof typeof ID_KINDS, index: number, sub = 0) =>
  `5717e71c-${hex(seed, 4)}-4${hex(ID_KINDS[kind], 3)}-8${hex(sub, 3)}-${hex(index, 12)}`;

// --- vocabulary ------------------------------------------------------------------------------
type T2 = readonly [ja: string, en: string];
const PLACES: readonly (readonly [
  key: string,
  ja: string,
  en: string,
  kind: "city" | "region" | "port",
  lat: number,
  lon: number,
])[] = [
  ["vladivostok", "ウラジオストク", "Vladivostok", "city", 43.1155, 131.8855],
  ["khabarovsk", "ハバロフスク", "Khabarovsk", "city", 48.4802, 135.0719],
  ["moscow", "モスクワ", "Moscow", "city", 55.7558, 37.6173],
  ["saint-petersburg", "サンクトペテルブルク", "Saint Petersburg", "city", 59.9311, 30.3609],
  ["kazan", "カザン", "Kazan", "city", 55.7961, 49.1064],
  ["yakutsk", "ヤクーツク", "Yakutsk", "city", 62.0355, 129.6755],
  ["novosibirsk", "ノヴォシビルスク", "Novosibirsk", "city", 55.0084, 82.9357],
  ["yekaterinburg", "エカテリンブルク", "Yekaterinburg", "city", 56.8389, 60.6057],
  ["irkutsk", "イルクーツク", "Irkutsk", "city", 52.287, 104.305],
  ["yuzhno-sakhalinsk", "ユジノサハリンスク", "Yuzhno-Sakhalinsk", "city", 46.9591, 142.7381],
  ["blagoveshchensk", "ブラゴヴェシチェンスク", "Blagoveshchensk", "city", 50.2907, 127.5272],
  ["magadan", "マガダン", "Magadan", "city", 59.5612, 150.8301],
  ["krasnoyarsk", "クラスノヤルスク", "Krasnoyarsk", "city", 56.0153, 92.8932],
  ["tomsk", "トムスク", "Tomsk", "city", 56.4846, 84.9476],
  ["ryazan", "リャザン", "Ryazan", "city", 54.6269, 39.6916],
  ["samara", "サマーラ", "Samara", "city", 53.1959, 50.1002],
  ["nakhodka", "ナホトカ", "Nakhodka", "port", 42.824, 132.892],
  ["vanino", "ワニノ", "Vanino", "port", 49.087, 140.254],
  ["niigata", "新潟", "Niigata", "port", 37.9161, 139.0364],
  ["toyama", "富山", "Toyama", "port", 36.6953, 137.2113],
  ["tokyo", "東京", "Tokyo", "city", 35.6762, 139.6503],
  ["sapporo", "札幌", "Sapporo", "city", 43.0618, 141.3545],
  ["primorsky-krai", "沿海地方", "Primorsky Krai", "region", 45, 134],
  ["sakha-republic", "サハ共和国", "Sakha Republic", "region", 66, 129],
  ["amur-oblast", "アムール州", "Amur Oblast", "region", 52, 128],
  ["sakhalin-oblast", "サハリン州", "Sakhalin Oblast", "region", 50, 143],
  ["moscow-oblast", "モスクワ州", "Moscow Oblast", "region", 55.5, 38],
  ["kamchatka-krai", "カムチャツカ地方", "Kamchatka Krai", "region", 56, 159],
];
// Topics by area (1–9); 温室 / greenhouse is the word benchmarks search for.
const TOPICS: readonly (readonly T2[])[] = [
  [
    ["医療センター", "medical centre"],
    ["リハビリテーション", "rehabilitation"],
    ["がん診断", "cancer diagnostics"],
    ["遠隔医療", "telemedicine"],
    ["医療機器", "medical equipment"],
  ],
  [
    ["都市交通", "urban transport"],
    ["上下水道", "water and sewerage"],
    ["廃棄物処理", "waste treatment"],
    ["木造住宅", "wooden housing"],
    ["スマートシティ", "smart city"],
  ],
  [
    ["中小企業交流", "SME exchange"],
    ["見本市出展", "trade fair"],
    ["日本食レストラン", "Japanese restaurant"],
    ["商談会", "business matching"],
    ["物流拠点", "logistics hub"],
  ],
  [
    ["風力発電", "wind power"],
    ["省エネルギー", "energy conservation"],
    ["LNG受入基地", "LNG terminal"],
    ["水素製造", "hydrogen production"],
    ["送電網", "power grid"],
  ],
  [
    ["自動車部品", "car parts"],
    ["農業機械", "farm machinery"],
    ["温室栽培", "greenhouse farming"],
    ["食品加工", "food processing"],
    ["木材加工", "timber processing"],
  ],
  [
    ["港湾整備", "port upgrade"],
    ["空港ターミナル", "airport terminal"],
    ["温室野菜", "greenhouse vegetables"],
    ["水産加工", "seafood processing"],
    ["木質ペレット", "wood pellets"],
  ],
  [
    ["衛星通信", "satellite communication"],
    ["デジタル化", "digitalisation"],
    ["人工知能", "artificial intelligence"],
    ["情報セキュリティ", "information security"],
    ["原子力安全", "nuclear safety"],
  ],
  [
    ["大学間交流", "university exchange"],
    ["青年交流", "youth exchange"],
    ["日本語教育", "Japanese language teaching"],
    ["観光促進", "tourism promotion"],
    ["スポーツ交流", "sports exchange"],
  ],
  [
    ["人材育成", "human resource development"],
    ["投資促進", "investment promotion"],
    ["通関手続", "customs procedures"],
    ["知的財産", "intellectual property"],
    ["金融協力", "financial cooperation"],
  ],
];
const KINDS: readonly T2[] = [
  ["プロジェクト", "project"],
  ["共同事業", "joint venture"],
  ["協力", "cooperation"],
  ["整備事業", "development"],
  ["実証事業", "pilot"],
  ["拡大計画", "expansion plan"],
];
const MILESTONES: readonly T2[] = [
  ["覚書締結", "Memorandum signed"],
  ["契約締結", "Contract signed"],
  ["事業化調査完了", "Feasibility study completed"],
  ["着工", "Construction started"],
  ["竣工", "Construction completed"],
  ["運転開始", "Operation started"],
  ["第1期完了", "Phase 1 completed"],
  ["研修実施", "Training held"],
  ["販売開始", "Sales started"],
  ["認可取得", "Approval obtained"],
  ["合弁会社設立", "Joint venture established"],
  ["開所式", "Opening ceremony"],
];
const EVENTS: readonly T2[] = [
  ["会合", "Meeting"],
  ["現地調査", "Site survey"],
  ["セミナー", "Seminar"],
  ["商談", "Business talks"],
  ["研修", "Training"],
  ["視察", "Inspection visit"],
];
const ROLES: readonly T2[] = [
  ["出資者", "investor"],
  ["事業者", "operator"],
  ["発注者", "client"],
  ["技術提供", "technology provider"],
  ["支援機関", "supporting body"],
];
type IndicatorTemplate = {
  key: string;
  name: T2;
  measure: "count" | "percent" | "amount";
  unit: T2;
  accumulation: "cumulative" | "per_period" | "level";
  direction: "increase" | "decrease";
  decimals: number;
  scale: number;
};
const INDICATORS: readonly IndicatorTemplate[] = [
  {
    key: "trainees",
    name: ["研修受講者数", "Trainees"],
    measure: "count",
    unit: ["人", "people"],
    accumulation: "cumulative",
    direction: "increase",
    decimals: 0,
    scale: 2000,
  },
  {
    key: "exports",
    name: ["輸出額", "Export value"],
    measure: "amount",
    unit: ["百万円", "million yen"],
    accumulation: "per_period",
    direction: "increase",
    decimals: 1,
    scale: 5000,
  },
  {
    key: "utilisation",
    name: ["稼働率", "Utilisation rate"],
    measure: "percent",
    unit: ["%", "%"],
    accumulation: "level",
    direction: "increase",
    decimals: 1,
    scale: 100,
  },
  {
    key: "deals",
    name: ["商談件数", "Business deals"],
    measure: "count",
    unit: ["件", "deals"],
    accumulation: "per_period",
    direction: "increase",
    decimals: 0,
    scale: 300,
  },
  {
    key: "emissions",
    name: ["CO2排出量", "CO2 emissions"],
    measure: "amount",
    unit: ["トン", "tonnes"],
    accumulation: "per_period",
    direction: "decrease",
    decimals: 0,
    scale: 90000,
  },
  {
    key: "houses",
    name: ["完成戸数", "Houses completed"],
    measure: "count",
    unit: ["戸", "houses"],
    accumulation: "cumulative",
    direction: "increase",
    decimals: 0,
    scale: 180,
  },
];
const JP_STEMS: readonly T2[] = [
  ["あおば", "Aoba"],
  ["さくら", "Sakura"],
  ["みなと", "Minato"],
  ["ひかり", "Hikari"],
  ["つばさ", "Tsubasa"],
  ["やまと", "Yamato"],
  ["なぎさ", "Nagisa"],
  ["こだま", "Kodama"],
  ["いずみ", "Izumi"],
  ["かえで", "Kaede"],
];
const RU_STEMS: readonly T2[] = [
  ["ヴォストーク", "Vostok"],
  ["シビリ", "Sibir"],
  ["アムール", "Amur"],
  ["バイカル", "Baikal"],
  ["ネヴァ", "Neva"],
  ["ヴォルガ", "Volga"],
  ["ウラル", "Ural"],
  ["レナ", "Lena"],
  ["オケアン", "Okean"],
  ["タイガ", "Taiga"],
];
const ORG_FORMS: Record<
  "company" | "university" | "research" | "medical" | "government" | "financial" | "association",
  T2
> = {
  company: ["商事", "Trading"],
  university: ["大学", "University"],
  research: ["研究所", "Research Institute"],
  medical: ["病院", "Hospital"],
  government: ["開発公社", "Development Agency"],
  financial: ["銀行", "Bank"],
  association: ["協会", "Association"],
};

// --- dates -----------------------------------------------------------------------------------
const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
/** The last day a partial date allows (as milestones.planned_due computes it). */
function lastDayOf(p: pd.PartialDate): string {
  const { y, m } = pd.parts(p);
  if (p.precision === "day" || p.precision === "month_end") return p.date;
  if (p.precision.startsWith("month")) return pd.monthEnd(y, m).date;
  return p.precision === "fiscal_year" ? `${y + 1}-03-31` : `${y}-12-31`;
}
function plannedDate(rng: Rng, y: number, m: number): pd.PartialDate {
  switch (
    weighted(rng, {
      day: 25,
      month: 30,
      month_late: 8,
      month_end: 5,
      year: 8,
      year_end: 7,
      within_year: 7,
      fiscal_year: 10,
    })
  ) {
    case "day":
      return pd.day(y, m, int(rng, 1, 28));
    case "month":
      return pd.month(y, m);
    case "month_late":
      return pd.lateMonth(y, m);
    case "month_end":
      return pd.monthEnd(y, m);
    case "year":
      return pd.year(y);
    case "year_end":
      return pd.yearEnd(y);
    case "within_year":
      return pd.withinYear(y);
    default:
      return pd.fiscalYear(y);
  }
}
function pastDate(rng: Rng, d: Date): pd.PartialDate {
  const [y, m, dd] = isoDay(d).split("-").map(Number) as [number, number, number];
  return chance(rng, 0.6) ? pd.day(y, m, dd) : pd.month(y, m);
}
const dateCols = (p: pd.PartialDate | null) => ({ date: p?.date ?? null, precision: p?.precision ?? null });

// --- rows ------------------------------------------------------------------------------------
type Rows = {
  projects: (typeof t.projects.$inferInsert)[];
  projectLinks: (typeof t.projectLinks.$inferInsert)[];
  projectOrganizations: (typeof t.projectOrganizations.$inferInsert)[];
  projectLocations: (typeof t.projectLocations.$inferInsert)[];
  milestones: (typeof t.milestones.$inferInsert)[];
  indicators: (typeof t.indicators.$inferInsert)[];
  indicatorTargets: (typeof t.indicatorTargets.$inferInsert)[];
  indicatorObservations: (typeof t.indicatorObservations.$inferInsert)[];
  progressUpdates: (typeof t.progressUpdates.$inferInsert)[];
};
const emptyRows = (): Rows => ({
  projects: [],
  projectLinks: [],
  projectOrganizations: [],
  projectLocations: [],
  milestones: [],
  indicators: [],
  indicatorTargets: [],
  indicatorObservations: [],
  progressUpdates: [],
});

function organizationRows(seed: number, now: Date): (typeof t.organizations.$inferInsert)[] {
  return Array.from({ length: ORGANIZATION_COUNT }, (_, k) => {
    const rng = rngFor(seed, 1, k);
    const side = k % 20 < 9 ? "jp" : k % 20 < 17 ? "ru" : k % 20 < 19 ? "joint" : "other";
    const kind = weighted(rng, {
      company: 60,
      university: 8,
      research: 8,
      medical: 8,
      government: 8,
      financial: 4,
      association: 4,
    });
    const [jp, ru] = [pick(rng, JP_STEMS), pick(rng, RU_STEMS)];
    const stem: T2 =
      side === "jp"
        ? jp
        : side === "ru"
          ? ru
          : side === "joint"
            ? [`${jp[0]}・${ru[0]}`, `${jp[1]}-${ru[1]}`]
            : [`${jp[0]}インターナショナル`, `${jp[1]} International`];
    const form = side === "joint" && kind === "company" ? (["合弁会社", "Joint Venture"] as const) : ORG_FORMS[kind];
    const n = k + 1;
    return {
      id: synId(seed, "organization", k),
      key: `${KEY_PREFIX}org-${n}`,
      nameJa: `${stem[0]}${form[0]} ${n}`,
      nameEn: `${stem[1]} ${form[1]} ${n}`,
      side,
      kind,
      createdAt: now,
      updatedAt: now,
    };
  });
}

/** One project and everything in it, from its own random stream (independent of batching). */
function addProject(
  rows: Rows,
  ctx: { seed: number; now: Date; orgsBySide: Record<string, string[]>; areaCounters: number[] },
  i: number,
) {
  const { seed, now } = ctx;
  const rng = rngFor(seed, 2, i);
  const id = synId(seed, "project", i);
  const areaNumber = Number(
    weighted(rng, { "1": 14, "2": 12, "3": 14, "4": 12, "5": 10, "6": 16, "7": 10, "8": 8, "9": 4 }),
  );
  const number = ++ctx.areaCounters[areaNumber]!;
  const place = pick(rng, PLACES),
    topic = pick(rng, TOPICS[areaNumber - 1]!),
    kind = pick(rng, KINDS);
  const lifecycle = weighted(rng, { in_progress: 55, completed: 18, planned: 17, suspended: 5, cancelled: 5 });
  const confidence =
    lifecycle === "in_progress"
      ? weighted(rng, { on_track: 50, at_risk: 18, off_track: 10, not_assessed: 22 })
      : "not_assessed";
  const ageDays = chance(rng, 0.7) ? int(rng, 0, 89) : chance(rng, 0.5) ? int(rng, 90, 179) : int(rng, 180, 730);
  const lastActivityAt = addDays(now, -ageDays - rng());
  const createdAt = addDays(lastActivityAt, -int(rng, 30, 1500));
  const stamp = { createdAt, updatedAt: lastActivityAt };
  const narrative = confidence === "at_risk" || confidence === "off_track";
  rows.projects.push({
    id,
    areaNumber,
    number,
    slug: `${KEY_PREFIX}${areaNumber}-${number}`,
    titleJa: `${SYNTHETIC_MARK_JA}${place[1]}${topic[0]}${kind[0]} No.${i + 1}`,
    titleEn: `${SYNTHETIC_MARK_EN} ${topic[1][0]!.toUpperCase()}${topic[1].slice(1)} ${kind[1]}, ${place[2]} No.${i + 1}`,
    summaryJa: `${place[1]}における${topic[0]}の${kind[0]}（合成データ）。`,
    summaryEn: `A synthetic ${topic[1]} ${kind[1]} in ${place[2]}.`,
    lifecycleStatus: lifecycle,
    deliveryConfidence: confidence,
    confidenceNarrativeJa: narrative ? "資材調達の遅れにより工程を見直し中（合成データ）。" : null,
    confidenceNarrativeEn: narrative ? "Schedule under review after delays in procurement (synthetic)." : null,
    organizationsEtc: chance(rng, 0.15),
    lastActivityAt,
    ...stamp,
  });
  if (i % 97 === 96) {
    const other = synId(seed, "project", i - 1);
    rows.projectLinks.push({ projectId: id, linkedProjectId: other }, { projectId: other, linkedProjectId: id });
  }

  const sides = ["jp", "ru", ...Array(int(rng, 0, 2)).fill("any")] as string[];
  const chosen = new Set<string>();
  sides.forEach((side) => {
    const orgId = pick(rng, ctx.orgsBySide[side]!);
    if (chosen.has(orgId)) return;
    chosen.add(orgId);
    const role = chance(rng, 0.7) ? pick(rng, ROLES) : null;
    rows.projectOrganizations.push({
      projectId: id,
      organizationId: orgId,
      roleJa: role?.[0] ?? null,
      roleEn: role?.[1] ?? null,
      sortOrder: chosen.size - 1,
    });
  });
  const places = new Set([place[0], ...(chance(rng, 0.4) ? [pick(rng, PLACES)[0]] : [])]);
  [...places].forEach((key, k) =>
    rows.projectLocations.push({
      projectId: id,
      locationId: synId(
        seed,
        "location",
        PLACES.findIndex((p) => p[0] === key),
      ),
      sortOrder: k,
    }),
  );

  const today = isoDay(now);
  const milestoneCount = int(rng, 2, 6);
  const starts = Array.from({ length: milestoneCount }, () => [int(rng, 2019, 2027), int(rng, 1, 12)] as const).sort(
    (a, b) => a[0] - b[0] || a[1] - b[1],
  );
  starts.forEach(([y, m], k) => {
    const planned = chance(rng, 0.92) ? plannedDate(rng, y, m) : null;
    // Without a planned date a milestone is one the report only records as done.
    const status = !planned
      ? "completed"
      : lastDayOf(planned) < today
        ? weighted(rng, { completed: 60, delayed: 20, in_progress: 10, planned: 5, cancelled: 5 })
        : weighted(rng, { planned: 60, in_progress: 35, cancelled: 5 });
    const plannedAt = planned ? new Date(`${planned.date}T00:00:00Z`) : addDays(now, -int(rng, 30, 2500));
    const actual =
      status === "completed"
        ? pastDate(rng, new Date(Math.min(now.getTime(), addDays(plannedAt, int(rng, -20, 120)).getTime())))
        : null;
    const title = pick(rng, MILESTONES);
    const p = dateCols(planned),
      a = dateCols(actual);
    rows.milestones.push({
      id: synId(seed, "milestone", i, k),
      projectId: id,
      titleJa: title[0],
      titleEn: title[1],
      status,
      plannedDate: p.date,
      plannedPrecision: p.precision,
      actualDate: a.date,
      actualPrecision: a.precision,
      sortOrder: k,
      ...stamp,
    });
  });

  const templates = shuffled(rng, INDICATORS).slice(0, int(rng, 1, 3));
  templates.forEach((tpl, k) => {
    const indicatorId = synId(seed, "indicator", i, k);
    rows.indicators.push({
      id: indicatorId,
      projectId: id,
      key: `${KEY_PREFIX}${tpl.key}`,
      nameJa: tpl.name[0],
      nameEn: tpl.name[1],
      measure: tpl.measure,
      unitJa: tpl.unit[0],
      unitEn: tpl.unit[1],
      direction: tpl.direction,
      accumulation: tpl.accumulation,
      decimals: tpl.decimals,
      sortOrder: k,
      ...stamp,
    });
    const cap = tpl.measure === "percent" ? 100 : Infinity;
    let value = tpl.scale * (0.05 + rng() * 0.3);
    const firstYear = int(rng, 2019, 2024);
    const count = int(rng, 1, 4);
    for (let j = 0; j < count; j++) {
      const y = Math.min(firstYear + j, now.getUTCFullYear() - 1);
      value = Math.min(
        cap,
        tpl.accumulation === "cumulative" ? value * (1.1 + rng() * 0.6) : value * (0.7 + rng() * 0.7),
      );
      const period = tpl.accumulation === "per_period" ? (chance(rng, 0.5) ? pd.fiscalYear(y) : pd.year(y)) : null;
      const asOf = period
        ? null
        : chance(rng, 0.5)
          ? pd.month(y, int(rng, 1, 12))
          : pd.day(y, int(rng, 1, 12), int(rng, 1, 28));
      const ps = dateCols(period),
        ao = dateCols(asOf);
      rows.indicatorObservations.push({
        id: synId(seed, "observation", i, k * 16 + j),
        indicatorId,
        value: value.toFixed(tpl.decimals),
        periodStart: ps.date,
        periodStartPrecision: ps.precision,
        periodEnd: ps.date,
        periodEndPrecision: ps.precision,
        asOf: ao.date,
        asOfPrecision: ao.precision,
        approximate: chance(rng, 0.2),
        lowerBound: chance(rng, 0.08),
        provisional: j === count - 1 && chance(rng, 0.15),
        source: chance(rng, 0.3) ? "合成データ" : null,
        sortOrder: j,
        ...stamp,
      });
    }
    const targetCount = weighted(rng, { "0": 25, "1": 60, "2": 15 });
    for (let j = 0; j < Number(targetCount); j++) {
      const due = pick(rng, [pd.year, pd.fiscalYear, pd.withinYear, pd.yearEnd])(int(rng, 2022, 2027) + j);
      const goal =
        tpl.direction === "decrease" ? value * (0.5 + rng() * 0.4) : Math.min(cap, value * (1.2 + rng() * (j + 1)));
      rows.indicatorTargets.push({
        id: synId(seed, "target", i, k * 16 + j),
        indicatorId,
        value: goal.toFixed(tpl.decimals),
        dueDate: due.date,
        duePrecision: due.precision,
        lowerBound: chance(rng, 0.1),
        sortOrder: j,
        ...stamp,
      });
    }
  });

  const noteCount = int(rng, 2, 5);
  const noteDays = Array.from({ length: noteCount }, () => int(rng, 0, 2500)).sort((a, b) => b - a);
  noteDays.forEach((back, k) => {
    const isNote = k === noteCount - 1 && chance(rng, 0.15);
    const when = isNote ? null : pastDate(rng, addDays(lastActivityAt, -back));
    const event = pick(rng, EVENTS);
    const d = dateCols(when);
    rows.progressUpdates.push({
      id: synId(seed, "progress", i, k),
      projectId: id,
      date: d.date,
      datePrecision: d.precision,
      textJa: isNote ? "※ 数値はすべて架空のもの（合成データ）" : `${place[1]}で${topic[0]}に関する${event[0]}を実施`,
      textEn: isNote ? "All figures are fictitious (synthetic data)" : `${event[1]} on ${topic[1]} held in ${place[2]}`,
      kind: isNote ? "note" : "bullet",
      sortOrder: k,
      ...stamp,
    });
  });
}

// --- loading ---------------------------------------------------------------------------------
/** Throws SyntheticRefusal when the database holds the real report or a project without the mark. */
export async function assertSyntheticOrEmpty(db: Db): Promise<void> {
  const [plan] = await db
    .select({ titleJa: t.plans.titleJa })
    .from(t.plans)
    .where(notLike(t.plans.titleJa, `${SYNTHETIC_MARK_JA}%`));
  const [real] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(t.projects)
    .where(notLike(t.projects.titleJa, `${SYNTHETIC_MARK_JA}%`));
  if (plan || (real?.n ?? 0) > 0) {
    throw new SyntheticRefusal(
      `holds ${plan ? `the real report ("${plan.titleJa}") and ` : ""}${real?.n ?? 0} project(s) that are not synthetic`,
    );
  }
}

/**
 * Inserts rows as one JSON parameter per statement, which Postgres expands itself: far
 * faster than tens of thousands of bound parameters, on the server and on PGlite alike.
 * Every row of a table carries the same keys; `stamp` fills the table's created/updated
 * times where a row has none, so that no column falls back to now() and the rows stay
 * exactly reproducible.
 */
async function insertAll<T extends PgTable>(tx: Tx, table: T, rows: T["$inferInsert"][], stamp: Record<string, Date>) {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = [...new Set([...Object.keys(rows[0]!), ...Object.keys(stamp).filter((k) => k in columns)])];
  const names = sql.raw(keys.map((k) => `"${columns[k]!.name}"`).join(", "));
  const value = (row: Record<string, unknown>, k: string) => (k in row ? row[k] : stamp[k]);
  const PER_STATEMENT = 5000;
  for (let i = 0; i < rows.length; i += PER_STATEMENT) {
    const json = JSON.stringify(
      rows
        .slice(i, i + PER_STATEMENT)
        .map((row) => Object.fromEntries(keys.map((k) => [columns[k]!.name, value(row, k)]))),
    );
    await tx.execute(
      sql`insert into ${table} (${names}) select ${names} from json_populate_recordset(null::${table}, ${json}::json)`,
    );
  }
}

const startOfTodayUtc = () => new Date(`${isoDay(new Date())}T00:00:00.000Z`);

/**
 * Replaces the synthetic data in `db` with `projects` new synthetic projects (and their
 * milestones, indicators, notes, organisations and places), in one transaction per batch.
 */
export async function loadSyntheticData(db: Db, options: SyntheticOptions): Promise<SyntheticCounts> {
  const { projects, seed = 1, now = startOfTodayUtc(), batchSize = 1000 } = options;
  if (!Number.isInteger(projects) || projects < 1 || projects > 1_000_000)
    throw new RangeError(`projects must be a whole number from 1 to 1,000,000 (got ${projects})`);
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff)
    throw new RangeError(`seed must be a whole number from 0 to 65535 (got ${seed})`);
  await assertSyntheticOrEmpty(db);
  const orgs = organizationRows(seed, now);
  const stamp = { createdAt: now, updatedAt: now };
  const [y, m] = isoDay(now).split("-").map(Number) as [number, number];
  await db.transaction(async (tx) => {
    await tx.execute(sql`truncate table ${t.projects} cascade`);
    await tx.delete(t.organizations).where(like(t.organizations.key, `${KEY_PREFIX}%`));
    await tx.delete(t.locations).where(like(t.locations.key, `${KEY_PREFIX}%`));
    await upsertRows(
      tx,
      t.plans,
      [
        {
          id: 1,
          titleJa: `${SYNTHETIC_MARK_JA}8項目の「協力プラン」（負荷試験用）`,
          titleEn: `${SYNTHETIC_MARK_EN} Eight-point Cooperation Plan (load-test data)`,
          asOfDate: pd.month(y, m).date,
          asOfPrecision: "month",
          noteJa: "この報告の案件はすべて合成データであり、実在しない",
          noteEn: "Every project in this report is synthetic data and does not exist",
          createdAt: now,
          updatedAt: now,
        },
      ],
      [t.plans.id],
    );
    await upsertRows(
      tx,
      t.areas,
      reportAreas.map((a) => ({
        number: a.number,
        titleJa: `${SYNTHETIC_MARK_JA}${a.title.ja}`,
        titleEn: `${SYNTHETIC_MARK_EN} ${a.title.en}`,
        overview: [{ ja: "合成データ（負荷試験用）", en: "Synthetic data for load tests" }],
        createdAt: now,
        updatedAt: now,
      })),
      [t.areas.number],
    );
    await insertAll(tx, t.organizations, orgs, stamp);
    await insertAll(
      tx,
      t.locations,
      PLACES.map(([key, ja, en, kind, lat, lon], k) => ({
        id: synId(seed, "location", k),
        key: `${KEY_PREFIX}${key}`,
        nameJa: ja,
        nameEn: en,
        kind,
        lat: String(lat),
        lon: String(lon),
        createdAt: now,
        updatedAt: now,
      })),
      stamp,
    );
  });

  const counts: SyntheticCounts = { areas: reportAreas.length, organizations: orgs.length, locations: PLACES.length };
  const orgsBySide: Record<string, string[]> = { any: orgs.map((o) => o.id!) };
  for (const o of orgs) (orgsBySide[o.side] ??= []).push(o.id!);
  const ctx = { seed, now, orgsBySide, areaCounters: Array(10).fill(0) as number[] };
  for (let start = 0; start < projects; start += batchSize) {
    const rows = emptyRows();
    for (let i = start; i < Math.min(projects, start + batchSize); i++) addProject(rows, ctx, i);
    await db.transaction(async (tx) => {
      for (const [name, list] of Object.entries(rows) as [keyof Rows, Rows[keyof Rows]][]) {
        await insertAll(tx, t[name] as PgTable, list, stamp);
        counts[name] = (counts[name] ?? 0) + list.length;
      }
    });
  }
  return counts;
}
