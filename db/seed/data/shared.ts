// Organisations and places that more than one area of the October 2021 report links to, declared once
// here and imported by the area files (area-N.ts). Those used by a single area stay in that area's file.
// db/seed/collect.ts merges all of them by key, as before.
import type { SeedLocation, SeedOrganization } from "../types";

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

export const marubeni: SeedOrganization = {
  key: "marubeni",
  name: { ja: "丸紅", en: "Marubeni" },
  side: "jp",
  kind: "company",
};
export const mitsui: SeedOrganization = {
  key: "mitsui",
  name: { ja: "三井物産", en: "Mitsui & Co." },
  side: "jp",
  kind: "company",
};
export const mol: SeedOrganization = {
  key: "mol",
  name: { ja: "商船三井", en: "Mitsui O.S.K. Lines" },
  side: "jp",
  kind: "company",
};
export const jbic: SeedOrganization = {
  key: "jbic",
  name: { ja: "国際協力銀行（JBIC）", en: "Japan Bank for International Cooperation (JBIC)" },
  side: "jp",
  kind: "financial",
};
export const iidaGroupHoldings: SeedOrganization = {
  key: "iida-group-holdings",
  name: { ja: "飯田グループホールディングス", en: "Iida Group Holdings" },
  side: "jp",
  kind: "company",
};
export const jfeEngineering: SeedOrganization = {
  key: "jfe-engineering",
  name: { ja: "JFEエンジニアリング", en: "JFE Engineering" },
  side: "jp",
  kind: "company",
};
export const japanCenters: SeedOrganization = {
  key: "japan-centers",
  name: { ja: "日本センター", en: "Japan Centers in Russia" },
  side: "jp",
  kind: "government",
};
export const russianRailways: SeedOrganization = {
  key: "russian-railways",
  name: { ja: "ロシア鉄道", en: "Russian Railways" },
  side: "ru",
  kind: "company",
};
export const rPharm: SeedOrganization = {
  key: "r-pharm",
  name: { ja: "R-Pharm", en: "R-Pharm" },
  side: "ru",
  kind: "company",
};
export const hokutoRehabilitationCenter: SeedOrganization = {
  key: "hokuto-rehabilitation-center",
  name: { ja: "北斗リハビリテーションセンター", en: "Hokuto Rehabilitation Center" },
  // Run by the Japanese parties 6-⑦ names 「(日揮、社会医療法人北斗)」; the report names no Russian one.
  side: "jp",
  kind: "medical",
};
// Japanese–Russian joint venture: the 「EMG社（両国企業の合弁企業）」 of 1-⑦, which 9-⑤ lists among
// the JBIC–RDIF investments; 1-⑦ gives its own form of the name in `label`.
export const evotechMiraiGenomics: SeedOrganization = {
  key: "evotech-mirai-genomics",
  name: { ja: "Evotech-Mirai Genomics", en: "Evotech-Mirai Genomics" },
  side: "joint",
  kind: "company",
};

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------

export const moscow: SeedLocation = {
  key: "moscow",
  name: { ja: "モスクワ", en: "Moscow" },
  kind: "city",
  lat: 55.7558,
  lon: 37.6173,
};
export const saintPetersburg: SeedLocation = {
  key: "saint-petersburg",
  name: { ja: "サンクトペテルブルク", en: "Saint Petersburg" },
  kind: "city",
  lat: 59.9343,
  lon: 30.3351,
};
export const vladivostok: SeedLocation = {
  key: "vladivostok",
  name: { ja: "ウラジオストク", en: "Vladivostok" },
  kind: "city",
  lat: 43.1155,
  lon: 131.8855,
};
export const khabarovsk: SeedLocation = {
  key: "khabarovsk",
  name: { ja: "ハバロフスク", en: "Khabarovsk" },
  kind: "city",
  lat: 48.4802,
  lon: 135.0719,
};
export const yakutsk: SeedLocation = {
  key: "yakutsk",
  name: { ja: "ヤクーツク", en: "Yakutsk" },
  kind: "city",
  lat: 62.0355,
  lon: 129.6755,
};
export const sakhalinOblast: SeedLocation = {
  key: "sakhalin-oblast",
  name: { ja: "サハリン州", en: "Sakhalin Oblast" },
  kind: "region",
  lat: 50.6908,
  lon: 142.9506,
};
// ロシア極東 / 極東地域 (6-③, 6-⑥, 7-①, 7-②): a region, like 東シベリア (4-②). Its point is about
// the middle of the Far Eastern Federal District by area (north of Khabarovsk, east of Yakutsk).
export const russianFarEast: SeedLocation = {
  key: "russian-far-east",
  name: { ja: "ロシア極東", en: "Russian Far East" },
  kind: "region",
  lat: 61.0,
  lon: 136.0,
};
export const tokyo: SeedLocation = {
  key: "tokyo",
  name: { ja: "東京", en: "Tokyo" },
  kind: "city",
  lat: 35.6762,
  lon: 139.6503,
};
