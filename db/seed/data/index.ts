// The October 2021 report (令和3年10月) of the 8-item Japan–Russia cooperation plan as typed seed data:
// areas 1–9 (area-N.ts) and the plan as a whole (plan.ts). Source: the text extracted from the slides,
// kept as a test fixture in db/seed/source/cooperation-plan-2021-10.txt.
//
// OCR corrections (誤 → 正, where). The same list is db/seed/ocr-corrections.ts, which the completeness
// test applies to the source text before comparing it with this data; keep the two in step.
//   リヤサン → リャザン                      概要 1 (がん分野 bullet)
//   カサン → カザン                          概要 2 (日本式住宅 bullet)
//   ヤクツク → ヤクーツク                    概要 6 (温室栽培 bullet)
//   ピラゴフ名称 → ピロゴフ名称              1-② heading (ピロゴフ名称ロシア国立医学研究大学)
//   ピラゴ夫大学 → ピロゴフ大学              1-② bullet 1
//   プロヒン記念 → ブロヒン記念              1-② heading (ブロヒン記念がん研究所)
//   富士フィルム → 富士フイルム              1-⑨ bullet 1
//   欧洲 → 欧州                              2-⑤ <①関係の成果> (日本発欧州宛て船便郵便物)
//   300kw → 300kW                            4-③ bullet 1
//   对外 → 対外                              5-④ bullet 2 (ロシア開発対外経済銀行, 対外貿易銀行)
//   共同出資に関する 株主間協定書 → 共同出資に関する株主間協定書        6-② bullet 1 (stray space)
//   極東地域プロジェクト 開発促進会社 → 極東地域プロジェクト開発促進会社  6-⑥ heading (stray space)
//   I C T → ICT                              7-① heading
//   日本一モスクワ → 日本－モスクワ          7-③ bullet 1
//   日本一歐州 → 日本－欧州                  7-③ bullet 1 (twice)
//   日一露・歐州 → 日－露・欧州              7-③ bullet 2
//   「日露観光交流セミナー・商談会を → 「日露観光交流セミナー・商談会」を   8-③ bullet 4 (missing closing bracket)
//
// Not corrections (formatting): bullet marks (「・」「- ・」「-」), the space after ▲ and the leading ※ of
// notes (the pages print ※ themselves) are dropped; continuation lines are joined to their bullet.
// Kept as written although odd (not clearly OCR): 「ロガチョフ名称」「ピロゴフ名称」 (名称 for имени), MOC (1-②)
// beside MoC (1-⑦), ホッコウ (6-①), 双日ジェクト / 各社個別内談案件 (6-⑥), 映画 twice (8-② J-FEST),
// 受賞式 (8-③), 「政策対話開催して」 (9-①), half-width brackets and tildes where the report uses them.
import type { SeedArea } from "../types";
import { area1 } from "./area-1";
import { area2 } from "./area-2";
import { area3 } from "./area-3";
import { area4 } from "./area-4";
import { area5 } from "./area-5";
import { area6 } from "./area-6";
import { area7 } from "./area-7";
import { area8 } from "./area-8";
import { area9 } from "./area-9";

export { plan } from "./plan";
export const areas: SeedArea[] = [area1, area2, area3, area4, area5, area6, area7, area8, area9];
