// The plan as a whole (October 2021 report): title, report date, the 概要 page's closing ※ line
// and the plan-level indicators it states. The same figures close the last progress page
// (「これまで200件を超える民間プロジェクトを創出。その約6割で具体的な投資等に至る。」).
// OCR: no corrections needed.
import { month } from "@/lib/domain/partial-date";
import type { SeedPlan } from "../types";

export const plan: SeedPlan = {
  title: { ja: "8項目の「協力プラン」", en: "Eight-point Cooperation Plan" },
  asOf: month(2021, 10),
  note: {
    ja: "これまでに200件を超える民間プロジェクトを創出。その約6割で具体的な投資等に至る",
    en: "More than 200 private-sector projects have been created so far, and about 60% of them have led to concrete investment and the like",
  },
  indicators: [
    {
      key: "private-projects-created",
      name: { ja: "創出された民間プロジェクト数", en: "Private-sector projects created" },
      measure: "count",
      unit: { ja: "件", en: "projects" },
      direction: "increase",
      accumulation: "cumulative",
      observations: [{ value: "200", lowerBound: true, asOf: month(2021, 10) }],
    },
    {
      key: "private-projects-investment-share",
      name: {
        ja: "具体的な投資等に至った民間プロジェクトの割合",
        en: "Share of private-sector projects that led to concrete investment",
      },
      measure: "percent",
      unit: { ja: "%", en: "%" },
      direction: "increase",
      accumulation: "level",
      observations: [
        {
          value: "60",
          approximate: true,
          asOf: month(2021, 10),
          note: {
            ja: "報告書の表記は「約6割」",
            en: "The report says 約6割 (“about six in ten”)",
          },
        },
      ],
    },
  ],
};
