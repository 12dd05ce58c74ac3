import type { Bilingual } from "./dictionary";

// Corrections of an edition's data, for the change log on /data. A published edition never
// changes: a correction of the seeded report reaches the edition a fresh install publishes
// (with a new sha256), while an edition already published keeps its bytes. Newest last.

export type DataCorrection = { date: string; period: string; changes: Bilingual[] };

export const DATA_CORRECTIONS: DataCorrection[] = [
  {
    date: "2026-12-06",
    period: "2021-10",
    changes: [
      {
        ja: "実施中の節目6件から実績時期を除きました。開始の時期は完了した「…開始」の節目に（1-⑦ 2018年度、4-④ 2017年度、8-① 2014年度、8-② 2020年）、実施の期間は予定時期に（5-① 2021年度、8-① 2021年度、8-② 2021年）移しました。8-① 日本留学海外拠点の活動は、拠点の設置（2018年10月、完了）から続くものです。",
        en: "Six milestones in progress no longer have an actual date. Their start is a completed “… begins” milestone of its own (1-⑦ FY2018, 4-④ FY2017, 8-① FY2014, 8-② 2020) and their period the planned date (5-① FY2021, 8-① FY2021, 8-② 2021). 8-①'s study-in-Japan hub has been active since it was set up (October 2018, completed).",
      },
      {
        ja: "北斗リハビリテーションセンターと JGC Hokuto Healthcare Service を「日本側」にしました（報告書が挙げるのは日揮と社会医療法人北斗だけです）。",
        en: "The Hokuto Rehabilitation Center and JGC Hokuto Healthcare Service are on the Japanese side (the report names only JGC and the Hokuto social medical corporation).",
      },
      {
        ja: "2-① 平均遅延時間の短縮率（約18%）の望ましい方向を「増えるのがよい」にしました。",
        en: "2-①: the reduction in average delay time (about 18%) is one where higher is better.",
      },
      {
        ja: "8-② J-FEST AUTUMN 2020 の延べ参加者数（約21.6万人）の小数点以下の桁数を1にしました（0では22万人と表示されます）。",
        en: "8-②: the total participants in J-FEST AUTUMN 2020 (about 216,000, 21.6 ×10,000) have 1 decimal place (with 0 they read 22 ×10,000).",
      },
      {
        ja: "場所「ロシア極東」（地域）を加え、これを挙げる 6-③、6-⑥、7-①、7-② に結び付けました。",
        en: "A place “Russian Far East” (a region), linked to the items that name it: 6-③, 6-⑥, 7-① and 7-②.",
      },
      {
        ja: "6-⑤ 木造住宅7戸の完成に、同じ取り組みの 2-② が記す実績時期 2021年2月を入れました。",
        en: "6-⑤: the seven wooden houses were completed in February 2021, as 2-② (the same project) says.",
      },
      {
        ja: "8-③ 交流人口目標「それぞれ少なくとも20万人」の内訳を、日本側・ロシア側ではなく往来の方向（日本からロシアへ、ロシアから日本へ）にしました。8-② の英訳「市長を始めとする訪問団」を a delegation led by the Mayor に改めました。",
        en: "8-③: the targets of “at least 200,000 each” are by direction of travel (visitors from Japan to Russia, from Russia to Japan), not by side. 8-②: 「市長を始めとする訪問団」 is a delegation led by the Mayor.",
      },
    ],
  },
];
