// Every OCR correction made when typing the October 2021 report into db/seed/data/*.ts:
// `wrong` is the text as it stands in the extracted source, `right` what the seed data says,
// `where` the place in the report ("概要 N" is area N's bullet on the 概要 page, "N-①" an item).
// The same list heads db/seed/data/index.ts; seed-completeness.test.ts applies it to the
// source text (db/seed/source/cooperation-plan-2021-10.txt) before comparing it with the data,
// and checks that every `wrong` still occurs there, so keep the strings exact and unambiguous.
export type OcrCorrection = { wrong: string; right: string; where: string };

export const OCR_CORRECTIONS: OcrCorrection[] = [
  { wrong: "リヤサン", right: "リャザン", where: "概要 1 (がん分野 bullet)" },
  { wrong: "カサン", right: "カザン", where: "概要 2 (日本式住宅 bullet)" },
  { wrong: "ヤクツク", right: "ヤクーツク", where: "概要 6 (温室栽培 bullet)" },
  { wrong: "ピラゴフ名称", right: "ピロゴフ名称", where: "1-② heading (ピロゴフ名称ロシア国立医学研究大学)" },
  { wrong: "ピラゴ夫大学", right: "ピロゴフ大学", where: "1-② bullet 1" },
  { wrong: "プロヒン記念", right: "ブロヒン記念", where: "1-② heading (ブロヒン記念がん研究所)" },
  { wrong: "富士フィルム", right: "富士フイルム", where: "1-⑨ bullet 1" },
  { wrong: "欧洲", right: "欧州", where: "2-⑤ <①関係の成果> (日本発欧州宛て船便郵便物)" },
  { wrong: "300kw", right: "300kW", where: "4-③ bullet 1" },
  { wrong: "对外", right: "対外", where: "5-④ bullet 2 (ロシア開発対外経済銀行, 対外貿易銀行)" },
  {
    wrong: "共同出資に関する 株主間協定書",
    right: "共同出資に関する株主間協定書",
    where: "6-② bullet 1 (stray space)",
  },
  {
    wrong: "極東地域プロジェクト 開発促進会社",
    right: "極東地域プロジェクト開発促進会社",
    where: "6-⑥ heading (stray space)",
  },
  { wrong: "I C T", right: "ICT", where: "7-① heading" },
  { wrong: "日本一モスクワ", right: "日本－モスクワ", where: "7-③ bullet 1" },
  { wrong: "日本一歐州", right: "日本－欧州", where: "7-③ bullet 1 (twice)" },
  { wrong: "日一露・歐州", right: "日－露・欧州", where: "7-③ bullet 2" },
  {
    wrong: "「日露観光交流セミナー・商談会を",
    right: "「日露観光交流セミナー・商談会」を",
    where: "8-③ bullet 4 (missing closing bracket)",
  },
];
