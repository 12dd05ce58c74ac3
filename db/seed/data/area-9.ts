// Area 9: 分野横断的事項 (cross-cutting matters), October 2021 report.
// OCR: no corrections needed in this area.
// Kept as written: 「デジタル経済に関する政策対話開催して」 (9-①, probably 政策対話を開催して in the original).
// The closing lines of the area page (「これまで200件を超える民間プロジェクトを創出。その約6割で具体的な投資等に至る。」)
// repeat the 概要 page's ※ line and are seeded as plan-level indicators in plan.ts.
import { day, month } from "@/lib/domain/partial-date";
import type { SeedArea, SeedOrganization } from "../types";
import { jbic, rPharm, evotechMiraiGenomics } from "./shared";

// ---- Organisations -------------------------------------------------------
const rdif: SeedOrganization = {
  key: "rdif",
  name: { ja: "ロシア直接投資基金（RDIF）", en: "Russian Direct Investment Fund (RDIF)" },
  side: "ru",
  kind: "financial",
};
const transneft: SeedOrganization = {
  key: "transneft",
  name: { ja: "トランスネフチ", en: "Transneft" },
  side: "ru",
  kind: "company",
};
const enPlusGroup: SeedOrganization = {
  key: "en-plus-group",
  name: { ja: "EN+グループ", en: "EN+ Group" },
  side: "ru",
  kind: "company",
};
const doctis: SeedOrganization = {
  key: "doctis",
  name: { ja: "Doctis", en: "Doctis" },
  side: "ru",
  kind: "company",
};
// Founded in Russia, headquartered in Switzerland.
const wayray: SeedOrganization = {
  key: "wayray",
  name: { ja: "WayRay", en: "WayRay" },
  side: "other",
  kind: "company",
};
const sovcombank: SeedOrganization = {
  key: "sovcombank",
  name: { ja: "Sovcombank", en: "Sovcombank" },
  side: "ru",
  kind: "financial",
};
// A Russian bank owned by Japan's SBI Holdings.
const sbiBank: SeedOrganization = {
  key: "sbi-bank",
  name: { ja: "SBI Bank", en: "SBI Bank" },
  side: "ru",
  kind: "financial",
};

const investee = { ja: "投資先", en: "Investee" };

export const area9: SeedArea = {
  number: 9,
  title: { ja: "分野横断的事項", en: "Cross-cutting matters" },
  overview: [
    {
      text: {
        ja: "JBICとRDIF(ロシア直接投資基金)との共同投資枠組みの設立と案件組成",
        en: "Establishment of a co-investment framework between JBIC and RDIF (Russian Direct Investment Fund) and formation of projects",
      },
    },
    {
      text: {
        ja: "8項目の「協力プラン」の各項目で、デジタル経済の実現に向けた協力を実施",
        en: "Cooperation towards realising the digital economy carried out in each item of the Eight-point Cooperation Plan",
      },
    },
  ],
  items: [
    // ---------------------------------------------------------------- ①
    {
      number: 1,
      title: { ja: "デジタル経済に向けた協力", en: "Cooperation towards the digital economy" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [],
      locations: [],
      progress: [
        {
          text: {
            ja: "2019年6月に改訂・署名した共同行動計画に基づき、デジタル経済に関する政策対話開催して情報交換を継続的に実施するとともに、各種セミナー等のイベント開催、企業の出展支援を通じてビジネスを促進。",
            en: "Based on the joint action plan revised and signed in June 2019, policy dialogues on the digital economy are held and information is exchanged on a continuing basis, and business is promoted by holding seminars and other events and by supporting companies' participation in exhibitions.",
          },
          date: month(2019, 6),
        },
      ],
      milestones: [
        {
          title: { ja: "共同行動計画の改訂・署名", en: "Joint action plan revised and signed" },
          status: "completed",
          actual: month(2019, 6),
        },
        {
          title: {
            ja: "デジタル経済に関する政策対話・情報交換（継続実施）",
            en: "Policy dialogue and information exchange on the digital economy (ongoing)",
          },
          status: "in_progress",
        },
        {
          title: {
            ja: "セミナー等のイベント開催・企業の出展支援",
            en: "Seminars and other events; support for companies exhibiting",
          },
          status: "in_progress",
        },
      ],
      indicators: [],
      captions: [],
    },
    // ---------------------------------------------------------------- ②
    {
      number: 2,
      title: { ja: "労働生産性向上に向けた協力", en: "Cooperation towards improving labour productivity" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [],
      locations: [],
      progress: [
        {
          text: {
            ja: "2018年5月に署名した行動計画に基づき、労働生産性の向上に向け、各分野でのベストプラクティスの共有や視察・研修、企業の現場での診断・助言などを行う。",
            en: "Based on the action plan signed in May 2018, to improve labour productivity, best practices in each field are shared, and study visits, training, and diagnosis and advice on companies' shop floors are provided.",
          },
          date: month(2018, 5),
        },
      ],
      milestones: [
        {
          title: { ja: "労働生産性向上に関する行動計画に署名", en: "Action plan on labour productivity signed" },
          status: "completed",
          actual: month(2018, 5),
        },
        {
          title: {
            ja: "ベストプラクティスの共有・視察・研修・企業の現場での診断・助言",
            en: "Sharing best practices, study visits, training, on-site diagnosis and advice at companies",
          },
          status: "in_progress",
        },
      ],
      indicators: [],
      captions: [],
    },
    // ---------------------------------------------------------------- ③
    {
      number: 3,
      title: { ja: "租税条約", en: "Tax convention" },
      lifecycle: "completed",
      confidence: "not_assessed",
      organizations: [],
      locations: [],
      progress: [
        {
          text: {
            ja: "2017年9月7日に日露租税条約に署名。",
            en: "The Japan–Russia tax convention was signed on 7 September 2017.",
          },
          date: day(2017, 9, 7),
        },
        {
          text: { ja: "2018年10月10日に発効。", en: "It entered into force on 10 October 2018." },
          date: day(2018, 10, 10),
        },
      ],
      milestones: [
        {
          title: { ja: "日露租税条約に署名", en: "Japan–Russia tax convention signed" },
          status: "completed",
          actual: day(2017, 9, 7),
        },
        {
          title: { ja: "日露租税条約が発効", en: "Japan–Russia tax convention enters into force" },
          status: "completed",
          actual: day(2018, 10, 10),
        },
      ],
      indicators: [],
      captions: [],
    },
    // ---------------------------------------------------------------- ④
    {
      number: 4,
      title: { ja: "両国の生鮮肉の輸入解禁", en: "Lifting the bans on imports of fresh meat in both countries" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [],
      locations: [],
      progress: [
        {
          text: {
            ja: "担当部局間で家畜衛生の観点から科学的な協議を継続。",
            en: "Scientific consultations from the standpoint of animal health are continuing between the responsible authorities.",
          },
        },
      ],
      milestones: [
        {
          title: {
            ja: "家畜衛生の観点からの科学的な協議（継続中）",
            en: "Scientific consultations on animal health (continuing)",
          },
          status: "in_progress",
        },
      ],
      indicators: [],
      captions: [],
    },
    // ---------------------------------------------------------------- ⑤
    {
      number: 5,
      title: { ja: "ファイナンス", en: "Finance" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: jbic, role: { ja: "共同投資", en: "Co-investor" }, label: { ja: "JBIC", en: "JBIC" } },
        { org: rdif, role: { ja: "共同投資", en: "Co-investor" }, label: { ja: "RDIF", en: "RDIF" } },
        { org: transneft, role: investee },
        { org: enPlusGroup, role: investee },
        { org: doctis, role: investee },
        { org: wayray, role: investee },
        { org: rPharm, role: investee },
        { org: sovcombank, role: investee },
        { org: evotechMiraiGenomics, role: investee },
        { org: sbiBank, role: investee },
      ],
      locations: [],
      progress: [
        {
          text: {
            ja: "JBICとRDIFが共同投資枠組みを設立。現在までに8件※の投資を実施。",
            en: "JBIC and RDIF established a co-investment framework. 8 investments* have been made to date.",
          },
        },
        {
          text: {
            ja: "トランスネフチ、EN+グループ、Doctis、WayRay、R-Pharm、Sovcombank、Evotech-Mirai Genomics、SBI Bank",
            en: "Transneft, EN+ Group, Doctis, WayRay, R-Pharm, Sovcombank, Evotech-Mirai Genomics, SBI Bank",
          },
          note: true,
        },
      ],
      milestones: [
        {
          title: {
            ja: "JBICとRDIFが共同投資枠組みを設立",
            en: "JBIC and RDIF establish a co-investment framework",
          },
          status: "completed",
        },
        {
          title: {
            ja: "共同投資枠組みによる投資の実施（現在までに8件）",
            en: "Investments under the co-investment framework (8 to date)",
          },
          status: "in_progress",
        },
      ],
      indicators: [
        {
          key: "co-investments",
          name: {
            ja: "JBIC・RDIF共同投資枠組みによる投資件数",
            en: "Investments under the JBIC–RDIF co-investment framework",
          },
          measure: "count",
          unit: { ja: "件", en: "investments" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "8", asOf: month(2021, 10) }],
        },
      ],
      captions: [],
    },
  ],
};
