// One name for each thing the product talks about, in Japanese and in English, and the
// other names it must not be called by. Every message file is held to it by a test
// (lib/i18n/glossary.test.ts); a name that is part of a proper title (the October 2021
// report is 「8項目の「協力プラン」進捗状況」) is listed as such.

export type Term = {
  ja: string;
  en: string;
  /** Other names for the same thing, not to be used. */
  not: { ja: string[]; en: RegExp[] };
  /** Where a banned name is part of a title that must be quoted as it is. */
  titles?: string[];
};

export const GLOSSARY = {
  item: { ja: "項目", en: "item", not: { ja: ["事業"], en: [/\bprojects?\b/i] } },
  milestone: { ja: "節目", en: "milestone", not: { ja: ["マイルストーン"], en: [] } },
  indicator: { ja: "指標", en: "indicator", not: { ja: [], en: [/\bKPIs?\b/] } },
  lifecycle: {
    ja: "実施状況",
    en: "status",
    not: { ja: ["進捗状況"], en: [/\blifecycle\b/i] },
    titles: ["「協力プラン」進捗状況"],
  },
  outlook: { ja: "見通し", en: "outlook", not: { ja: ["信頼度"], en: [/\bconfidence\b/i] } },
  edition: { ja: "版", en: "edition", not: { ja: ["エディション"], en: [] } },
  import: { ja: "取り込み", en: "import", not: { ja: ["インポート"], en: [] } },
  dryRun: { ja: "事前確認", en: "check", not: { ja: ["試行", "ドライラン", "試し読み"], en: [/\bdry run\b/i] } },
} as const satisfies Record<string, Term>;
