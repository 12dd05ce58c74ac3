// Area 7 of the October 2021 progress report: 日露の知恵を結集した先端技術協力.
//
// OCR: I C T → ICT (① heading)
// OCR: 日本一モスクワ → 日本－モスクワ (③ bullet 1)
// OCR: 日本一歐州 → 日本－欧州 (③ bullet 1, twice)
// OCR: 日一露・歐州 → 日－露・欧州 (③ bullet 2)
import { month, year } from "@/lib/domain/partial-date";
import type { SeedArea, SeedLocation, SeedOrganization } from "../types";
import { marubeni, mitsui, russianRailways, jfeEngineering, moscow, russianFarEast } from "./shared";

// ---------------------------------------------------------------------------
// Organisations declared once for all areas (shared.ts) are imported; these are this area's
// ---------------------------------------------------------------------------
const rostelecom: SeedOrganization = {
  key: "rostelecom",
  name: { ja: "ロステレコムグループ", en: "Rostelecom Group" },
  side: "ru",
  kind: "company",
};
const skyPerfectJsat: SeedOrganization = {
  key: "sky-perfect-jsat",
  name: { ja: "スカパーJSAT", en: "SKY Perfect JSAT" },
  side: "jp",
  kind: "company",
};

// ---------------------------------------------------------------------------
// Organisations (this area only)
// ---------------------------------------------------------------------------
const rusagro: SeedOrganization = {
  key: "rusagro",
  name: { ja: "ロスアグロ", en: "Rusagro" },
  side: "ru",
  kind: "company",
};
const victoriaEstate: SeedOrganization = {
  key: "victoria-estate",
  name: { ja: "ビクトリアエステート", en: "Victoria Estate" },
  side: "ru",
  kind: "company",
};
const moscowOblastGovernment: SeedOrganization = {
  key: "moscow-oblast-government",
  name: { ja: "モスクワ州政府", en: "Moscow Oblast Government" },
  side: "ru",
  kind: "government",
};
const kiharaSeisakusho: SeedOrganization = {
  key: "kihara-seisakusho",
  name: { ja: "木原製作所", en: "Kihara Seisakusho" },
  side: "jp",
  kind: "company",
};

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------
const moscowOblast: SeedLocation = {
  key: "moscow-oblast",
  name: { ja: "モスクワ州", en: "Moscow Oblast" },
  kind: "region",
  lat: 55.5,
  lon: 38.0,
};

const mouSignatory = { ja: "覚書締結", en: "Memorandum signatory" };

export const area7: SeedArea = {
  number: 7,
  title: {
    ja: "日露の知恵を結集した先端技術協力",
    en: "Cooperation on advanced technology that brings together Japanese and Russian know-how",
  },
  overview: [
    {
      text: {
        ja: "衛星通信を用いたデジタル・ディバイド解消",
        en: "Closing the digital divide using satellite communications",
      },
    },
    {
      text: {
        ja: "穀物・畜産・油脂・砂糖等の農業・食品分野における協力",
        en: "Cooperation in agriculture and food, including grain, livestock, oils and fats, and sugar",
      },
    },
    {
      text: {
        ja: "シベリア鉄道による貨物輸送の促進 等",
        en: "Promoting freight transport on the Trans-Siberian Railway, etc.",
      },
    },
  ],
  items: [
    // ① ------------------------------------------------------------------
    {
      number: 1,
      title: { ja: "ICT・デジタル分野での協力", en: "Cooperation in ICT and digital fields" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [{ org: skyPerfectJsat, role: { ja: "衛星提供", en: "Satellite provider" } }, { org: rostelecom }],
      locations: [russianFarEast],
      progress: [
        {
          text: {
            ja: "極東地域のデジタル・ディバイド解消に向けて、スカパーJSATの衛星を活用し、2018年5月から、主に学校向けの高速通信サービス提供を開始。",
            en: "To close the digital divide in the Far East, began providing high-speed communication services, mainly to schools, from May 2018 using SKY Perfect JSAT satellites.",
          },
          date: month(2018, 5),
          group: {
            ja: "衛星通信を用いたデジタル・ディバイド解消",
            en: "Closing the digital divide using satellite communications",
          },
        },
        {
          text: {
            ja: "2019年12月に新規衛星を打ち上げ、2021年7月にロシア国内での外国衛星の免許取得が完了し、今後更なるサービス拡大を図る。",
            en: "A new satellite was launched in December 2019, and in July 2021 the licence for a foreign satellite in Russia was obtained; the service will be expanded further.",
          },
          date: month(2019, 12),
          group: {
            ja: "衛星通信を用いたデジタル・ディバイド解消",
            en: "Closing the digital divide using satellite communications",
          },
        },
      ],
      milestones: [
        {
          title: {
            ja: "学校向け高速通信サービス提供開始",
            en: "High-speed communication service for schools launched",
          },
          status: "completed",
          actual: month(2018, 5),
        },
        {
          title: { ja: "新規衛星打ち上げ", en: "New satellite launched" },
          status: "completed",
          actual: month(2019, 12),
        },
        {
          title: { ja: "ロシア国内での外国衛星の免許取得完了", en: "Foreign-satellite licence in Russia obtained" },
          status: "completed",
          actual: month(2021, 7),
        },
        { title: { ja: "更なるサービス拡大", en: "Further expansion of the service" }, status: "planned" },
      ],
      indicators: [],
      captions: [
        {
          ja: "衛星通信を用いたデジタル・ディバイド解消",
          en: "Closing the digital divide using satellite communications",
        },
      ],
    },
    // ② ------------------------------------------------------------------
    {
      number: 2,
      title: {
        ja: "穀物・畜産・油脂・砂糖等の農業・食品分野における協力",
        en: "Cooperation in agriculture and food, including grain, livestock, oils and fats, and sugar",
      },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: mitsui, role: { ja: "MoU締結", en: "MoU signatory" } },
        { org: rusagro, role: { ja: "MoU締結", en: "MoU signatory" } },
        { org: marubeni, role: mouSignatory },
        { org: jfeEngineering, role: mouSignatory },
        { org: victoriaEstate, role: mouSignatory },
        { org: moscowOblastGovernment, role: { ja: "覚書締結相手", en: "Memorandum counterparty" } },
        { org: kiharaSeisakusho, role: { ja: "協力覚書締結", en: "Memorandum of cooperation signatory" } },
      ],
      locations: [russianFarEast, moscowOblast],
      progress: [
        {
          text: {
            ja: "2018年9月、三井物産・ロスアグロ間で、ロシア極東からの農畜産物輸出協力に関するMoUを締結。飼料用穀物輸出や畜産分野での協業に取り組む。",
            en: "In September 2018, Mitsui & Co. and Rusagro signed an MoU on cooperation in exporting agricultural and livestock products from the Russian Far East. They are working together on feed grain exports and in the livestock sector.",
          },
          date: month(2018, 9),
        },
        {
          text: {
            ja: "2019年5月、丸紅・JFEエンジニアリング・ビクトリアエステート間で、イチゴ温室栽培等を通じて農業振興を進める旨の覚書をモスクワ州政府と締結。同年11月、温室建設事業の資材供給契約を締結。現在、日本産イチゴ品種のロシアでの品種登録の手続中。",
            en: "In May 2019, Marubeni, JFE Engineering and Victoria Estate signed a memorandum with the Moscow Oblast Government on promoting agriculture through greenhouse strawberry cultivation and other means. In November of the same year, a materials supply contract for the greenhouse construction project was signed. Registration of Japanese strawberry varieties in Russia is currently in progress.",
          },
          date: month(2019, 5),
        },
        {
          text: {
            ja: "2021年1月、木原製作所がロシア企業との間で、同社製の食品乾燥機・加工機械のロシアでの展開に関する協力覚書を締結。",
            en: "In January 2021, Kihara Seisakusho signed a memorandum of cooperation with a Russian company on rolling out its food dryers and processing machinery in Russia.",
          },
          date: month(2021, 1),
        },
      ],
      milestones: [
        {
          title: {
            ja: "三井物産・ロスアグロ間の農畜産物輸出協力MoU締結",
            en: "Mitsui–Rusagro MoU on agricultural and livestock exports signed",
          },
          status: "completed",
          actual: month(2018, 9),
        },
        {
          title: { ja: "飼料用穀物輸出・畜産分野での協業", en: "Cooperation on feed grain exports and livestock" },
          status: "in_progress",
        },
        {
          title: {
            ja: "イチゴ温室栽培等に関するモスクワ州政府との覚書締結",
            en: "Memorandum with the Moscow Oblast Government on greenhouse strawberries signed",
          },
          status: "completed",
          actual: month(2019, 5),
        },
        {
          title: {
            ja: "温室建設事業の資材供給契約締結",
            en: "Materials supply contract for the greenhouse project signed",
          },
          status: "completed",
          actual: month(2019, 11),
        },
        {
          title: {
            ja: "日本産イチゴ品種のロシアでの品種登録",
            en: "Registration of Japanese strawberry varieties in Russia",
          },
          status: "in_progress",
        },
        {
          title: {
            ja: "木原製作所の食品乾燥機・加工機械に関する協力覚書締結",
            en: "Kihara Seisakusho memorandum on food dryers and processing machinery signed",
          },
          status: "completed",
          actual: month(2021, 1),
        },
      ],
      indicators: [],
      captions: [
        {
          ja: "日本種イチゴ栽培用温室事業の様子",
          en: "The greenhouse project for growing Japanese strawberry varieties",
        },
        { ja: "木原製作所DDS機能搭載乾燥機", en: "Kihara Seisakusho dryer with DDS function" },
      ],
    },
    // ③ ------------------------------------------------------------------
    {
      number: 3,
      title: {
        ja: "シベリア鉄道による貨物輸送の促進",
        en: "Promoting freight transport on the Trans-Siberian Railway",
      },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [{ org: russianRailways, role: { ja: "協力先", en: "Partner" } }],
      locations: [moscow],
      progress: [
        {
          text: {
            ja: "シベリア鉄道の利用促進に向けロシア鉄道と協力し、2018年に日本－モスクワ間、2019年に日本－欧州間でコンテナ1本単位での鉄道輸送の実証事業を実施、2020年11月にブロックトレイン(1編成借上げ列車)での日本－欧州間の実証事業を実施。",
            en: "Working with Russian Railways to promote use of the Trans-Siberian Railway, ran demonstration projects of rail transport in single-container units between Japan and Moscow in 2018 and between Japan and Europe in 2019, and in November 2020 a Japan–Europe demonstration using a block train (a chartered train set).",
          },
          date: year(2018),
        },
        {
          text: {
            ja: "2021年は日－露・欧州間でリーファーコンテナ(冷蔵・冷凍コンテナ)での実証輸送を実施予定。",
            en: "In 2021, demonstration transport in reefer containers (refrigerated and frozen containers) between Japan and Russia/Europe is planned.",
          },
          date: year(2021),
        },
      ],
      milestones: [
        {
          title: {
            ja: "日本－モスクワ間コンテナ単位鉄道輸送実証",
            en: "Japan–Moscow single-container rail demonstration",
          },
          status: "completed",
          actual: year(2018),
        },
        {
          title: { ja: "日本－欧州間コンテナ単位鉄道輸送実証", en: "Japan–Europe single-container rail demonstration" },
          status: "completed",
          actual: year(2019),
        },
        {
          title: { ja: "日本－欧州間ブロックトレイン実証", en: "Japan–Europe block train demonstration" },
          status: "completed",
          actual: month(2020, 11),
        },
        {
          title: {
            ja: "日－露・欧州間リーファーコンテナ実証輸送",
            en: "Japan–Russia/Europe reefer container demonstration",
          },
          status: "planned",
          planned: year(2021),
        },
      ],
      indicators: [],
      captions: [
        { ja: "2020年度実証事業の様子(ブロックトレイン)", en: "The FY2020 demonstration project (block train)" },
      ],
    },
  ],
};
