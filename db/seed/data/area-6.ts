// Area 6 of the October 2021 progress report: 極東における産業振興、アジア太平洋地域に向けた輸出基地化.
//
// OCR: ヤクツク → ヤクーツク (概要, 温室栽培(ヤクーツク等))
// OCR: 「共同出資に関する 株主間協定書」 → 「共同出資に関する株主間協定書」 (stray space, ② bullet 1)
// OCR: 「極東地域プロジェクト 開発促進会社」 → 「極東地域プロジェクト開発促進会社」 (stray space, ⑥ heading)
// Kept as written (not clearly OCR): ホッコウ (①), 双日ジェクト and プロスペクト (⑥; プロスペクト is listed
// besides ミライノベート of ②), 「各社個別内談案件」 (⑥), 「JPPV : 」 with spaced colon (⑥ subtitle),
// half-width brackets of the 概要 page. 丸紅 is named twice in ⑥'s list and linked once.
// The line 「日系企業の極東地域進出への支援を実施中」 (no bullet mark) is joined to ⑥'s first bullet.
// (Formatting, not OCR: the space after ▲ in 「▲ 第一期工事」「▲ 納入機器例」 and the leading ※ of the notes,
// which the pages print themselves, are dropped.)
import { day, month, year } from "@/lib/domain/partial-date";
import type { SeedArea, SeedLocation, SeedOrganization } from "../types";
import {
  marubeni,
  mol,
  jbic,
  russianRailways,
  iidaGroupHoldings,
  jfeEngineering,
  hokutoRehabilitationCenter,
  vladivostok,
  khabarovsk,
  yakutsk,
  russianFarEast,
} from "./shared";

// ---------------------------------------------------------------------------
// Organisations declared once for all areas (shared.ts) are imported; these are this area's
// ---------------------------------------------------------------------------
const hokkaidoSogoShoji: SeedOrganization = {
  key: "hokkaido-sogo-shoji",
  name: { ja: "北海道総合商事", en: "Hokkaido Sogo Shoji" },
  side: "jp",
  kind: "company",
};
const jgc: SeedOrganization = { key: "jgc", name: { ja: "日揮", en: "JGC" }, side: "jp", kind: "company" };
const hokuto: SeedOrganization = {
  key: "hokuto",
  name: { ja: "社会医療法人北斗", en: "Hokuto Social Medical Corporation" },
  side: "jp",
  kind: "medical",
};
const sojitz: SeedOrganization = { key: "sojitz", name: { ja: "双日", en: "Sojitz" }, side: "jp", kind: "company" };

// ---------------------------------------------------------------------------
// Organisations (this area only)
// ---------------------------------------------------------------------------
const hokkou: SeedOrganization = { key: "hokkou", name: { ja: "ホッコウ", en: "Hokkou" }, side: "jp", kind: "company" };
const mirainovate: SeedOrganization = {
  key: "mirainovate",
  name: { ja: "ミライノベート", en: "Mirainovate" },
  side: "jp",
  kind: "company",
};
const rfpGroup: SeedOrganization = {
  key: "rfp-group",
  name: { ja: "RFP", en: "RFP Group" },
  side: "ru",
  kind: "company",
};
const japanAirportTerminal: SeedOrganization = {
  key: "japan-airport-terminal",
  name: { ja: "日本空港ビルディング", en: "Japan Airport Terminal" },
  side: "jp",
  kind: "company",
};
const join: SeedOrganization = {
  key: "join",
  name: {
    ja: "海外交通・都市開発事業支援機構（JOIN）",
    en: "Japan Overseas Infrastructure Investment Corporation for Transport & Urban Development (JOIN)",
  },
  side: "jp",
  kind: "financial",
};
const farEastJppv: SeedOrganization = {
  key: "japanese-project-promotion-vehicle-in-the-far-east",
  name: {
    ja: "極東地域プロジェクト開発促進会社（JPPV）",
    en: "Japanese Project Promotion Vehicle in the Far East (JPPV)",
  },
  side: "joint",
  kind: "company",
};
// Japanese companies named in ⑥ (JPPV) as receiving support
const erex: SeedOrganization = { key: "erex", name: { ja: "イーレックス", en: "eREX" }, side: "jp", kind: "company" };
const interActive: SeedOrganization = {
  key: "inter-active",
  name: { ja: "インター・アクティブ", en: "Inter-Active" },
  side: "jp",
  kind: "company",
};
const araiShoji: SeedOrganization = {
  key: "arai-shoji",
  name: { ja: "荒井商事", en: "Arai Shoji" },
  side: "jp",
  kind: "company",
};
const megatech: SeedOrganization = {
  key: "megatech",
  name: { ja: "メガテック", en: "Megatech" },
  side: "jp",
  kind: "company",
};
const prospect: SeedOrganization = {
  key: "prospect",
  name: { ja: "プロスペクト", en: "Prospect" },
  side: "jp",
  kind: "company",
};
const sawayamaGroup: SeedOrganization = {
  key: "sawayama-group",
  name: { ja: "澤山グループ", en: "Sawayama Group" },
  side: "jp",
  kind: "company",
};
const winproGlobal: SeedOrganization = {
  key: "winpro-global",
  name: { ja: "Winpro Global", en: "Winpro Global" },
  side: "jp",
  kind: "company",
};
const nykLine: SeedOrganization = {
  key: "nyk-line",
  name: { ja: "日本郵船", en: "NYK Line" },
  side: "jp",
  kind: "company",
};
const fujiSeisakusho: SeedOrganization = {
  key: "fuji-seisakusho",
  name: { ja: "富士製作所", en: "Fuji Seisakusho" },
  side: "jp",
  kind: "company",
};
const akitaChuoBandsaw: SeedOrganization = {
  key: "akita-chuo-bandsaw-shokai",
  name: { ja: "秋田中央バンドソー商会", en: "Akita Chuo Bandsaw Shokai" },
  side: "jp",
  kind: "company",
};
const windSmile: SeedOrganization = {
  key: "wind-smile",
  name: { ja: "Wind-Smile", en: "Wind-Smile" },
  side: "jp",
  kind: "company",
};
const nichimoMariculture: SeedOrganization = {
  key: "nichimo-mariculture",
  name: { ja: "ニチモウマリカルチャー", en: "Nichimo Mariculture" },
  side: "jp",
  kind: "company",
};
const sojitzJect: SeedOrganization = {
  key: "sojitz-ject",
  name: { ja: "双日ジェクト", en: "Sojitz JECT" },
  side: "jp",
  kind: "company",
};

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------
const vostochnyPort: SeedLocation = {
  key: "vostochny-port",
  name: { ja: "ヴォストーチヌイ港", en: "Port of Vostochny" },
  kind: "port",
  lat: 42.7436,
  lon: 133.0708,
};
const amursk: SeedLocation = {
  key: "amursk",
  name: { ja: "アムールスク市", en: "Amursk" },
  kind: "city",
  lat: 50.2264,
  lon: 136.8975,
};
const slavyanka: SeedLocation = {
  key: "slavyanka",
  name: { ja: "スラヴヤンカ", en: "Slavyanka" },
  kind: "city",
  lat: 42.8606,
  lon: 131.3797,
};
const khabarovskAirport: SeedLocation = {
  key: "khabarovsk-airport",
  name: { ja: "ハバロフスク空港", en: "Khabarovsk Airport" },
  kind: "facility",
  lat: 48.528,
  lon: 135.1884,
};

// Roles used in ⑥
const individualSupport = { ja: "個別支援先", en: "Receiving individual business support" };
const infoExchange = { ja: "情報・意見交換先", en: "Information and opinion exchange partner" };
const shareholder = { ja: "株主間協定締結", en: "Party to the shareholders' agreement" };

export const area6: SeedArea = {
  number: 6,
  title: {
    ja: "極東における産業振興、アジア太平洋地域に向けた輸出基地化",
    en: "Promoting industry in the Far East and making it an export base for the Asia-Pacific region",
  },
  overview: [
    {
      text: {
        ja: "木質ペレットの生産工場完成(アムールスク市)、日本向け供給を開始",
        en: "Wood pellet production plant completed (Amursk) and supply to Japan started",
      },
    },
    { text: { ja: "温室栽培(ヤクーツク等)", en: "Greenhouse cultivation (Yakutsk and elsewhere)" } },
    {
      text: {
        ja: "極東の農業・水産業生産力強化に係る共同プロジェクトの発掘",
        en: "Identifying joint projects to strengthen agricultural and fishery productivity in the Far East",
      },
    },
    {
      text: {
        ja: "ハバロフスク空港旅客ターミナルビル整備・運営",
        en: "Development and operation of the Khabarovsk Airport passenger terminal building",
      },
    },
    {
      text: {
        ja: "極東港湾の高度化(ヴォストーチヌイ港に石炭荷役機器を納入等) 等",
        en: "Upgrading Far Eastern ports (including delivery of coal-handling equipment to the Port of Vostochny), etc.",
      },
    },
  ],
  items: [
    // ① ------------------------------------------------------------------
    {
      number: 1,
      title: { ja: "温室栽培（ヤクーツク）", en: "Greenhouse cultivation (Yakutsk)" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [{ org: hokkaidoSogoShoji }, { org: hokkou }],
      locations: [yakutsk],
      progress: [
        {
          text: {
            ja: "厳寒地域における生鮮野菜の周年生産を目的として整備。",
            en: "Developed for year-round production of fresh vegetables in an extremely cold region.",
          },
        },
        {
          text: {
            ja: "現在、第三期温室建設工事中。2021年に全工期完了予定。",
            en: "Construction of the phase 3 greenhouse is currently under way. All phases are scheduled to be completed in 2021.",
          },
          date: year(2021),
        },
      ],
      milestones: [
        {
          title: { ja: "第三期温室建設工事", en: "Construction of the phase 3 greenhouse" },
          status: "in_progress",
        },
        {
          title: { ja: "全工期完了", en: "Completion of all construction phases" },
          status: "planned",
          planned: year(2021),
        },
      ],
      indicators: [],
      captions: [{ ja: "第一期工事（試験温室）", en: "Phase 1 construction (trial greenhouse)" }],
    },
    // ② ------------------------------------------------------------------
    {
      number: 2,
      title: { ja: "木質ペレット生産", en: "Wood pellet production" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: mirainovate, role: { ja: "共同出資者", en: "Co-investor" } },
        { org: rfpGroup, role: { ja: "共同出資者", en: "Co-investor" } },
      ],
      // The item names no place; the 概要 page places the plant in アムールスク市.
      locations: [amursk],
      progress: [
        {
          text: {
            ja: "年間9万トンの生産事業に関し、共同出資に関する株主間協定書を締結。",
            en: "Signed a shareholders' agreement on joint investment in a production project of 90,000 tonnes a year.",
          },
        },
        {
          text: {
            ja: "2020年10月、工場完成。2021年9月、日本向けの供給開始。",
            en: "The plant was completed in October 2020. Supply to Japan started in September 2021.",
          },
          date: month(2020, 10),
        },
      ],
      milestones: [
        {
          title: { ja: "共同出資に関する株主間協定書締結", en: "Shareholders' agreement on joint investment signed" },
          status: "completed",
        },
        { title: { ja: "工場完成", en: "Plant completed" }, status: "completed", actual: month(2020, 10) },
        {
          title: { ja: "日本向け供給開始", en: "Supply to Japan started" },
          status: "completed",
          actual: month(2021, 9),
        },
      ],
      indicators: [
        {
          key: "annual-production",
          name: { ja: "年間生産量（事業規模）", en: "Annual production (project scale)" },
          measure: "amount",
          unit: { ja: "万トン", en: "×10,000 tonnes" },
          direction: "increase",
          accumulation: "per_period",
          targets: [
            {
              value: "9",
              note: { ja: "年間9万トンの生産事業", en: "Production project of 90,000 tonnes a year" },
            },
          ],
          observations: [],
        },
      ],
      captions: [],
    },
    // ③ ------------------------------------------------------------------
    {
      number: 3,
      title: {
        ja: "「ロシア極東の農業及び水産業の生産力向上に係る日露共同プロジェクト」の推進",
        en: "Promoting the “Japan–Russia Joint Project to Raise Agricultural and Fishery Productivity in the Russian Far East”",
      },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [],
      locations: [russianFarEast],
      progress: [
        {
          text: {
            ja: "2020年1月、日露当局間で協力覚書に署名。",
            en: "In January 2020, the Japanese and Russian authorities signed a memorandum of cooperation.",
          },
          date: month(2020, 1),
        },
        {
          text: {
            ja: "日本の民間企業の技術・ノウハウの活用を通じて、3分野（※）を対象に既存案件の支援や新規案件の発掘を実施。",
            en: "Using the technology and know-how of Japanese private companies, supporting existing projects and identifying new ones in 3 fields (※).",
          },
        },
        {
          text: {
            ja: "①大豆・トウモロコシ等の生産性向上・輸出力拡大、②野菜温室による野菜生産の増進、③水産物の生産及び国内外への供給の増加",
            en: "(1) raising the productivity and export capacity of soybeans, maize, etc.; (2) increasing vegetable production in vegetable greenhouses; (3) increasing the production of fishery products and their supply at home and abroad",
          },
          note: true,
        },
      ],
      milestones: [
        {
          title: {
            ja: "日露当局間の協力覚書署名",
            en: "Memorandum of cooperation signed by Japanese and Russian authorities",
          },
          status: "completed",
          actual: month(2020, 1),
        },
        {
          title: {
            ja: "3分野での既存案件支援・新規案件発掘",
            en: "Support for existing projects and identification of new ones in 3 fields",
          },
          status: "in_progress",
        },
      ],
      indicators: [
        {
          key: "target-fields",
          name: { ja: "対象分野数", en: "Fields covered" },
          measure: "count",
          unit: { ja: "分野", en: "fields" },
          direction: "increase",
          accumulation: "level",
          observations: [{ value: "3", asOf: month(2021, 10) }],
        },
      ],
      captions: [],
    },
    // ④ ------------------------------------------------------------------
    {
      number: 4,
      title: { ja: "極東港湾の高度化", en: "Upgrading Far Eastern ports" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: marubeni, role: { ja: "石炭荷役機器納入", en: "Supplier of coal-handling equipment" } },
        {
          org: russianRailways,
          role: { ja: "意見交換会参加", en: "Participant in the exchange of views" },
          label: { ja: "ロシア鉄道株式会社", en: "Russian Railways JSC" },
        },
      ],
      locations: [vostochnyPort],
      progress: [
        {
          text: {
            ja: "2019年12月、ヴォストーチヌイ港での石炭荷役機器納入（丸紅）含む石炭積み替えコンプレックスプロジェクトを完工。",
            en: "In December 2019, completed the coal transshipment complex project at the Port of Vostochny, including the delivery of coal-handling equipment (Marubeni).",
          },
          date: month(2019, 12),
        },
        {
          text: {
            ja: "2020年1月、日本海側の港湾管理者、フォワーダー、荷主及びロシア鉄道株式会社等との連結性強化に向けた意見交換会を開催。",
            en: "In January 2020, held an exchange of views on strengthening connectivity with port authorities on the Sea of Japan side, forwarders, shippers, Russian Railways JSC and others.",
          },
          date: month(2020, 1),
        },
      ],
      milestones: [
        {
          title: {
            ja: "石炭荷役機器納入を含む石炭積み替えコンプレックス完工",
            en: "Coal transshipment complex completed, including delivery of coal-handling equipment",
          },
          status: "completed",
          actual: month(2019, 12),
        },
        {
          title: { ja: "連結性強化に向けた意見交換会開催", en: "Exchange of views on strengthening connectivity held" },
          status: "completed",
          actual: month(2020, 1),
        },
      ],
      indicators: [],
      captions: [{ ja: "納入機器例（リクレーマー）", en: "Example of delivered equipment (reclaimer)" }],
    },
    // ⑤ ------------------------------------------------------------------
    {
      number: 5,
      title: { ja: "ウラジオストクにおける木造住宅供給", en: "Supply of wooden houses in Vladivostok" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [{ org: iidaGroupHoldings, role: { ja: "木造住宅の建設", en: "Builds the wooden houses" } }],
      locations: [vladivostok, slavyanka],
      progress: [
        {
          text: {
            ja: "注文・分譲住宅を建設。木造住宅7戸が完成。タウンハウスを建設予定。",
            en: "Building custom-built and for-sale houses. 7 wooden houses have been completed. Townhouses are planned to be built.",
          },
        },
        {
          text: {
            ja: "スラヴヤンカに建設した製材工場が2021年7月から稼働中。",
            en: "The sawmill built in Slavyanka has been operating since July 2021.",
          },
          date: month(2021, 7),
        },
      ],
      milestones: [
        {
          title: { ja: "注文・分譲住宅の建設", en: "Construction of custom-built and for-sale houses" },
          status: "in_progress",
        },
        // Undated here; 2-② (the same project) dates it: 「2021年2月に木造住宅7戸が完成」.
        {
          title: { ja: "木造住宅7戸完成", en: "7 wooden houses completed" },
          status: "completed",
          actual: month(2021, 2),
        },
        { title: { ja: "タウンハウス建設", en: "Construction of townhouses" }, status: "planned" },
        {
          title: { ja: "スラヴヤンカの製材工場稼働開始", en: "Sawmill in Slavyanka starts operating" },
          status: "completed",
          actual: month(2021, 7),
        },
      ],
      indicators: [
        {
          key: "wooden-houses-completed",
          name: { ja: "完成した木造住宅", en: "Wooden houses completed" },
          measure: "count",
          unit: { ja: "戸", en: "houses" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "7", asOf: month(2021, 10) }],
        },
      ],
      captions: [
        { ja: "製材工場の様子", en: "The sawmill" },
        { ja: "完成した7戸の木造住宅", en: "The 7 completed wooden houses" },
      ],
      sameAs: ["2-2"],
    },
    // ⑥ ------------------------------------------------------------------
    {
      number: 6,
      title: { ja: "極東地域プロジェクト開発促進会社", en: "Far East project development promotion company" },
      subtitle: {
        ja: "JPPV : Japanese Project Promotion Vehicle in the Far East",
        en: "JPPV: Japanese Project Promotion Vehicle in the Far East",
      },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: jbic, role: { ja: "設立者", en: "Founder" }, label: { ja: "JBIC", en: "JBIC" } },
        { org: farEastJppv, role: { ja: "合弁企業", en: "Joint venture" }, label: { ja: "JPPV", en: "JPPV" } },
        { org: erex, role: individualSupport },
        { org: interActive, role: individualSupport },
        { org: jfeEngineering, role: individualSupport },
        { org: araiShoji, role: infoExchange },
        { org: hokkaidoSogoShoji, role: infoExchange },
        { org: megatech, role: infoExchange },
        { org: prospect, role: infoExchange },
        // 丸紅 is named twice in the list (「丸紅・商船三井」 and 「丸紅」); linked once.
        { org: marubeni, role: infoExchange },
        { org: mol, role: infoExchange },
        { org: sawayamaGroup, role: infoExchange },
        { org: winproGlobal, role: infoExchange },
        { org: nykLine, role: infoExchange },
        { org: fujiSeisakusho, role: infoExchange },
        { org: akitaChuoBandsaw, role: infoExchange },
        { org: windSmile, role: infoExchange },
        { org: nichimoMariculture, role: infoExchange },
        { org: sojitzJect, role: infoExchange },
      ],
      organizationsEtc: true,
      locations: [russianFarEast],
      progress: [
        {
          text: {
            ja: "JBICと露政府系機関が2018年3月に設立。日系企業の極東地域進出への支援を実施中",
            en: "Established in March 2018 by JBIC and Russian government-affiliated institutions. Currently supporting Japanese companies' entry into the Far East",
          },
          date: month(2018, 3),
        },
        {
          text: {
            ja: "日本企業のイーレックス、インター・アクティブ、JFEエンジニアリング等に対して、各社個別内談案件に関する具体的な業務支援を実施中。荒井商事、北海道総合商事、メガテック、プロスペクト、丸紅・商船三井、澤山グループ、Winpro Global、日本郵船、丸紅、富士製作所・秋田中央バンドソー商会、Wind-Smile、ニチモウマリカルチャー、双日ジェクト等に対して、将来の極東地域プロジェクト実現に向けた情報・意見交換を実施中。",
            en: "Providing specific business support on each company's individual confidential projects to Japanese companies including eREX, Inter-Active and JFE Engineering. Exchanging information and views towards realising future projects in the Far East with Arai Shoji, Hokkaido Sogo Shoji, Megatech, Prospect, Marubeni and Mitsui O.S.K. Lines, Sawayama Group, Winpro Global, NYK Line, Marubeni, Fuji Seisakusho and Akita Chuo Bandsaw Shokai, Wind-Smile, Nichimo Mariculture, Sojitz JECT and others.",
          },
          note: true,
        },
      ],
      milestones: [
        { title: { ja: "JPPV設立", en: "JPPV established" }, status: "completed", actual: month(2018, 3) },
        {
          title: { ja: "日系企業の極東地域進出支援", en: "Support for Japanese companies entering the Far East" },
          status: "in_progress",
        },
        {
          title: {
            ja: "各社個別内談案件に関する業務支援",
            en: "Business support on companies' individual confidential projects",
          },
          status: "in_progress",
        },
        {
          title: {
            ja: "将来の極東地域プロジェクト実現に向けた情報・意見交換",
            en: "Exchange of information and views towards future Far East projects",
          },
          status: "in_progress",
        },
      ],
      indicators: [],
      captions: [{ ja: "JPPV設立に係る署名式の様子", en: "Signing ceremony for the establishment of JPPV" }],
    },
    // ⑦ ------------------------------------------------------------------
    {
      number: 7,
      title: { ja: "極東におけるリハビリテーションの普及", en: "Spreading rehabilitation in the Far East" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: jgc },
        { org: hokuto },
        { org: hokutoRehabilitationCenter, role: { ja: "開院したセンター", en: "Centre opened" } },
      ],
      locations: [vladivostok],
      progress: [
        {
          text: {
            ja: "ウラジオストクにおいて「北斗リハビリテーションセンター」を2018年5月に開院。",
            en: "Opened the “Hokuto Rehabilitation Center” in Vladivostok in May 2018.",
          },
          date: month(2018, 5),
        },
        {
          text: {
            ja: "日本で行っているリハビリテーションを普及させるため、市民公開講座や専門家間の交流を実施。",
            en: "Holding public lectures and exchanges between specialists to spread the rehabilitation practised in Japan.",
          },
        },
      ],
      milestones: [
        {
          title: { ja: "北斗リハビリテーションセンター開院", en: "Hokuto Rehabilitation Center opened" },
          status: "completed",
          actual: month(2018, 5),
        },
        {
          title: { ja: "市民公開講座・専門家間交流", en: "Public lectures and exchanges between specialists" },
          status: "in_progress",
        },
      ],
      indicators: [],
      captions: [
        { ja: "開院式の様子", en: "The opening ceremony" },
        { ja: "リハビリテーションの様子", en: "Rehabilitation in progress" },
      ],
      sameAs: ["1-6"],
    },
    // ⑧ ------------------------------------------------------------------
    {
      number: 8,
      title: { ja: "ハバロフスク空港", en: "Khabarovsk Airport" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: sojitz, role: shareholder },
        { org: japanAirportTerminal, role: shareholder },
        { org: join, role: shareholder, label: { ja: "JOIN", en: "JOIN" } },
      ],
      organizationsEtc: true,
      locations: [khabarovsk, khabarovskAirport],
      progress: [
        {
          text: {
            ja: "2018年12月18日に日露企業間で株主間協定を締結。",
            en: "On 18 December 2018, Japanese and Russian companies signed a shareholders' agreement.",
          },
          date: day(2018, 12, 18),
        },
        {
          text: {
            ja: "2019年9月竣工の国内線新ターミナル整備・運営、既存国際線ターミナルの運営。",
            en: "Development and operation of the new domestic terminal, completed in September 2019, and operation of the existing international terminal.",
          },
          date: month(2019, 9),
        },
      ],
      milestones: [
        {
          title: {
            ja: "日露企業間の株主間協定締結",
            en: "Shareholders' agreement signed between Japanese and Russian companies",
          },
          status: "completed",
          actual: day(2018, 12, 18),
        },
        {
          title: { ja: "国内線新ターミナル竣工", en: "New domestic terminal completed" },
          status: "completed",
          actual: month(2019, 9),
        },
        {
          title: {
            ja: "国内線新ターミナル・既存国際線ターミナルの運営",
            en: "Operation of the new domestic terminal and the existing international terminal",
          },
          status: "in_progress",
        },
      ],
      indicators: [],
      captions: [{ ja: "旧ターミナルビル写真", en: "Photo of the old terminal building" }],
    },
  ],
};
