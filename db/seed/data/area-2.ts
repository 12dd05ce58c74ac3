// Area 2 of the October 2021 report (令和3年10月): 快適・清潔で、住みやすく、活動しやすい都市作り.
// Source: db/seed/source/cooperation-plan-2021-10.txt (概要 page, lines 14–20; 進捗 pages, lines 175–244).
//
// OCR: カサン → カザン (概要, 日本式住宅 bullet)
// OCR: 欧洲 → 欧州 (⑤郵便協力, <①関係の成果>: 「日本発欧州宛て船便郵便物」)
// (Formatting, not OCR: the doubled bullet marks 「- ・」 and the leading 「- 」 are dropped.)
import { monthEnd, month, year, yearEnd } from "@/lib/domain/partial-date";
import type { SeedArea, SeedLocation, SeedOrganization, Text } from "../types";
import { iidaGroupHoldings, vladivostok, saintPetersburg, moscow } from "./shared";

const t = (ja: string, en: string): Text => ({ ja, en });

// The report is dated October 2021 (令和3年10月): undated running totals and levels are as of then.
const AS_OF = month(2021, 10);

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

// Organisations of this area only; those shared with other areas are declared once in shared.ts.
const sekisuiChemical: SeedOrganization = {
  key: "sekisui-chemical",
  name: t("積水化学", "Sekisui Chemical"),
  side: "jp",
  kind: "company",
};
const iidaSangyo: SeedOrganization = {
  key: "iida-sangyo",
  name: t("飯田産業", "Iida Sangyo"),
  side: "jp",
  kind: "company",
};
const japanPost: SeedOrganization = {
  key: "japan-post",
  name: t("日本郵便", "Japan Post"),
  side: "jp",
  kind: "company",
};
const russianPost: SeedOrganization = {
  key: "russian-post",
  name: t("ロシア郵便", "Russian Post"),
  side: "ru",
  kind: "company",
};
const toshibaInfrastructureSystems: SeedOrganization = {
  key: "toshiba-infrastructure-systems",
  name: t("東芝インフラシステムズ", "Toshiba Infrastructure Systems & Solutions"),
  side: "jp",
  kind: "company",
};

// This area only.
const kyosan: SeedOrganization = {
  key: "kyosan-electric-manufacturing",
  name: t("京三製作所", "Kyosan Electric Manufacturing"),
  side: "jp",
  kind: "company",
};
const hotelOkura: SeedOrganization = {
  key: "hotel-okura",
  name: t("ホテルオークラ", "Hotel Okura"),
  side: "jp",
  kind: "company",
};
const nikkenSekkei: SeedOrganization = {
  key: "nikken-sekkei",
  name: t("日建設計", "Nikken Sekkei"),
  side: "jp",
  kind: "company",
};
// A Swiss-based subsidiary of the Japanese Hitachi Zosen group; listed by the report on the Japanese side.
const hitachiZosenInova: SeedOrganization = {
  key: "hitachi-zosen-inova",
  name: t("日立造船イノバ", "Hitachi Zosen Inova"),
  side: "jp",
  kind: "company",
};
// 「連邦政府」 in ① and ③: the Russian federal government, whose procurement standards list the materials.
const russianFederalGovernment: SeedOrganization = {
  key: "government-of-the-russian-federation",
  name: t("ロシア連邦政府", "Government of the Russian Federation"),
  side: "ru",
  kind: "government",
};
const itsumo: SeedOrganization = { key: "itsumo", name: t("いつも", "itsumo"), side: "jp", kind: "company" };
const pegasHc: SeedOrganization = { key: "pegas-hc", name: t("ペガスHC", "Pegas HC"), side: "ru", kind: "company" };

// ---------------------------------------------------------------------------
// Locations (all canonical)
// ---------------------------------------------------------------------------

const voronezh: SeedLocation = {
  key: "voronezh",
  name: t("ヴォロネジ", "Voronezh"),
  kind: "city",
  lat: 51.672,
  lon: 39.1843,
};
const kazan: SeedLocation = { key: "kazan", name: t("カザン", "Kazan"), kind: "city", lat: 55.7963, lon: 49.1088 };
const novosibirsk: SeedLocation = {
  key: "novosibirsk",
  name: t("ノヴォシビルスク", "Novosibirsk"),
  kind: "city",
  lat: 55.0084,
  lon: 82.9357,
};

// ---------------------------------------------------------------------------
// Area 2
// ---------------------------------------------------------------------------

const POSTAL_JP_RU = t("日本郵便とロシア郵便との協力", "Cooperation between Japan Post and Russian Post");
const POSTAL_RESULTS_1 = t("<①関係の成果>", "<Results under ① (more efficient transport)>");
const POSTAL_RESULTS_2 = t("<②関係の成果>", "<Results under ② (cross-border e-commerce)>");
const POSTAL_TOSHIBA = t(
  "東芝インフラシステムズとロシア郵便の協力",
  "Cooperation between Toshiba Infrastructure Systems & Solutions and Russian Post",
);

export const area2: SeedArea = {
  number: 2,
  title: t(
    "快適・清潔で、住みやすく、活動しやすい都市作り",
    "Developing comfortable, clean cities that are good places to live and work",
  ),
  overview: [
    {
      text: t(
        "スマート信号による渋滞緩和(ヴォロネジ、ウラジオストク)",
        "Easing traffic congestion with smart traffic signals (Voronezh, Vladivostok)",
      ),
    },
    {
      text: t(
        "性能のよい日本式住宅の販売(ウラジオストク、カザン)",
        "Sale of high-performance Japanese-style housing (Vladivostok, Kazan)",
      ),
    },
    {
      text: t(
        "非開削管路更生工法で下水道管路を更生(ヴォロネジ、サンクトペテルブルク)",
        "Rehabilitating sewer pipes with a trenchless pipe rehabilitation method (Voronezh, Saint Petersburg)",
      ),
    },
    { text: t("ゴミ焼却発電プラントの建設(モスクワ)", "Construction of waste-to-energy incineration plants (Moscow)") },
    { text: t("郵便インフラシステムの高度化 等", "Upgrading postal infrastructure systems, etc.") },
  ],
  items: [
    // ①
    {
      number: 1,
      title: t("モデル都市：ヴォロネジ", "Model city: Voronezh"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: kyosan },
        { org: sekisuiChemical },
        {
          org: russianFederalGovernment,
          label: t("連邦政府", "Federal government"),
          role: t("使用資材を発注基準に登録", "Registered the materials in its procurement standards"),
        },
      ],
      organizationsEtc: true,
      locations: [voronezh],
      progress: [
        {
          text: t(
            "高度信号システムが10交差点で稼働。平均遅延時間が約18%短縮。",
            "An advanced traffic signal system is in operation at 10 intersections. Average delay time has been cut by about 18%.",
          ),
        },
        {
          text: t(
            "非開削管路更生工法による下水管路更生パイロット事業が完了。使用資材を連邦政府の発注基準に登録。",
            "A pilot project rehabilitating sewer pipes with a trenchless pipe rehabilitation method has been completed. The materials used were registered in the federal government's procurement standards.",
          ),
        },
      ],
      milestones: [
        {
          title: t(
            "高度信号システムの稼働（10交差点）",
            "Advanced traffic signal system in operation (10 intersections)",
          ),
          status: "completed",
        },
        {
          title: t(
            "非開削管路更生工法による下水管路更生パイロット事業の完了",
            "Trenchless sewer pipe rehabilitation pilot project completed",
          ),
          status: "completed",
        },
        {
          title: t("使用資材の連邦政府発注基準への登録", "Materials registered in the federal procurement standards"),
          status: "completed",
        },
      ],
      indicators: [
        {
          key: "intersections-with-advanced-signals",
          name: t(
            "高度信号システムが稼働する交差点数",
            "Intersections with the advanced traffic signal system in operation",
          ),
          measure: "count",
          unit: t("交差点", "intersections"),
          direction: "increase",
          accumulation: "level",
          observations: [{ value: "10", asOf: AS_OF }],
        },
        {
          key: "average-delay-reduction",
          name: t("平均遅延時間の短縮率", "Reduction in average delay time"),
          measure: "percent",
          unit: t("%", "%"),
          // A rate of reduction (約18%短縮): the larger the cut, the better.
          direction: "increase",
          accumulation: "level",
          observations: [{ value: "18", approximate: true, asOf: AS_OF }],
        },
      ],
      captions: [],
    },

    // ②
    {
      number: 2,
      title: t("モデル都市：ウラジオストク", "Model city: Vladivostok"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: hotelOkura, role: t("ホテル管理運営", "Hotel management and operation") },
        { org: nikkenSekkei },
        {
          org: iidaGroupHoldings,
          label: t("飯田GHD", "Iida GHD"),
          role: t("木造住宅の建設", "Builds the wooden houses"),
        },
      ],
      organizationsEtc: true,
      locations: [vladivostok],
      progress: [
        {
          text: t(
            "2020年末にホテル管理運営契約を締結。",
            "A hotel management and operation agreement was concluded at the end of 2020.",
          ),
          date: yearEnd(2020),
        },
        {
          text: t(
            "2017年末に開発コンセプトを策定。「分野別プログラム（交通、観光、都市開発（住宅等）、廃棄物）」を提案。",
            "A development concept was drawn up at the end of 2017, proposing “sectoral programmes (transport, tourism, urban development (housing, etc.), waste)”.",
          ),
          date: yearEnd(2017),
        },
        {
          text: t(
            "経済的で清潔な木造住宅について、注文・分譲住宅を建設。2021年2月に木造住宅7戸が完成。25戸のタウンハウスを建設予定。（「6 極東」にも記載）",
            "Economical, clean wooden houses are being built, both custom-built and for sale. 7 wooden houses were completed in February 2021. A 25-unit townhouse development is planned. (Also listed under “6 Far East”.)",
          ),
          date: month(2021, 2),
        },
      ],
      milestones: [
        {
          title: t("ホテル管理運営契約の締結", "Hotel management and operation agreement concluded"),
          status: "completed",
          actual: yearEnd(2020),
        },
        {
          title: t(
            "開発コンセプトの策定（分野別プログラムを提案）",
            "Development concept drawn up (sectoral programmes proposed)",
          ),
          status: "completed",
          actual: yearEnd(2017),
        },
        {
          title: t("木造の注文・分譲住宅の建設", "Construction of custom-built and for-sale wooden houses"),
          status: "in_progress",
        },
        { title: t("木造住宅7戸の完成", "7 wooden houses completed"), status: "completed", actual: month(2021, 2) },
        { title: t("25戸のタウンハウスの建設", "Construction of a 25-unit townhouse development"), status: "planned" },
      ],
      indicators: [
        {
          key: "wooden-houses-completed",
          name: t("完成した木造住宅", "Wooden houses completed"),
          measure: "count",
          unit: t("戸", "houses"),
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "7", asOf: month(2021, 2) }],
        },
        {
          key: "townhouse-units-planned",
          name: t("建設予定のタウンハウス", "Townhouse units planned"),
          measure: "count",
          unit: t("戸", "units"),
          direction: "increase",
          accumulation: "cumulative",
          targets: [{ value: "25" }],
          observations: [],
        },
      ],
      captions: [],
      sameAs: ["6-5"],
    },

    // ③
    {
      number: 3,
      title: t("モデル都市：サンクトペテルブルク", "Model city: Saint Petersburg"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: sekisuiChemical },
        {
          org: russianFederalGovernment,
          label: t("連邦政府", "Federal government"),
          role: t("発注基準に資材を登録", "Procurement standards listing the materials"),
        },
      ],
      organizationsEtc: true,
      locations: [saintPetersburg, voronezh],
      progress: [
        {
          text: t(
            "協力分野を定めたスマートシティ基本構想を策定。",
            "A smart city basic concept setting out the areas of cooperation was drawn up.",
          ),
        },
        {
          text: t(
            "ヴォロネジのパイロット事業を契機に連邦政府の発注基準に登録された資材にて、下水管路更生を実施。",
            "Sewer pipes were rehabilitated using the materials that were registered in the federal government's procurement standards following the Voronezh pilot project.",
          ),
        },
      ],
      milestones: [
        { title: t("スマートシティ基本構想の策定", "Smart city basic concept drawn up"), status: "completed" },
        {
          title: t("登録資材による下水管路更生の実施", "Sewer pipe rehabilitation with the registered materials"),
          status: "completed",
        },
      ],
      indicators: [],
      captions: [],
    },

    // ④
    {
      number: 4,
      title: t("その他都市", "Other cities"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [{ org: hitachiZosenInova }, { org: iidaSangyo }],
      organizationsEtc: true,
      locations: [moscow, kazan],
      progress: [
        {
          text: t(
            "モスクワのゴミ焼却発電プラント4基を建設。",
            "Building 4 waste-to-energy incineration plants in Moscow.",
          ),
        },
        {
          text: t(
            "カザンにて、性能のよい日本式住宅整備計画が推進中。全180戸の内、23戸が竣工。",
            "In Kazan, a plan to build high-performance Japanese-style housing is under way; 23 of the 180 houses in total have been completed.",
          ),
        },
      ],
      milestones: [
        {
          title: t("モスクワのゴミ焼却発電プラント4基の建設", "Construction of 4 waste-to-energy plants in Moscow"),
          status: "in_progress",
        },
        {
          title: t(
            "カザンの日本式住宅整備計画（全180戸）",
            "Japanese-style housing plan in Kazan (180 houses in total)",
          ),
          status: "in_progress",
        },
        { title: t("カザンで23戸が竣工", "23 houses completed in Kazan"), status: "completed" },
      ],
      indicators: [
        {
          key: "moscow-waste-to-energy-plants",
          name: t("モスクワで建設するゴミ焼却発電プラント", "Waste-to-energy plants being built in Moscow"),
          measure: "count",
          unit: t("基", "plants"),
          direction: "increase",
          accumulation: "level",
          observations: [{ value: "4", asOf: AS_OF }],
        },
        {
          key: "kazan-houses-completed",
          name: t("カザンの日本式住宅の竣工戸数", "Japanese-style houses completed in Kazan"),
          measure: "count",
          unit: t("戸", "houses"),
          direction: "increase",
          accumulation: "cumulative",
          targets: [{ value: "180" }],
          observations: [{ value: "23", asOf: AS_OF }],
        },
      ],
      captions: [],
    },

    // ⑤
    {
      number: 5,
      title: t("郵便協力", "Postal cooperation"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: japanPost },
        {
          org: toshibaInfrastructureSystems,
          role: t("郵便・物流機器等の納入", "Supplies postal and logistics equipment"),
        },
        {
          org: russianPost,
          role: t(
            "協力相手（Eコマースサイト「kupijapan」を開設・運営）",
            "Partner (opened and operates the e-commerce site kupijapan)",
          ),
        },
        {
          org: itsumo,
          label: t("㈱いつも。", "itsumo Inc."),
          role: t("越境Eコマースの協力", "Cross-border e-commerce partner"),
        },
        {
          org: pegasHc,
          label: t("ペガスHC社", "Pegas HC"),
          role: t("郵便局での日本商品販売", "Sells Japanese products at post offices"),
        },
      ],
      // The item also names Europe (destination of the mail) and the Trans-Siberian Railway, which are not places of
      // the kinds the types hold.
      locations: [moscow, novosibirsk, saintPetersburg, vladivostok],
      progress: [
        {
          text: t(
            "両者間の覚書に基づき、①輸送効率化、②越境Eコマースの可能性の検討、③ベストプラクティスの共有の3項目について協力を実施。",
            "Under a memorandum between the two, they cooperate in 3 areas: ① more efficient transport, ② study of the potential for cross-border e-commerce, and ③ sharing of best practices.",
          ),
          group: POSTAL_JP_RU,
        },
        {
          text: t(
            "郵便事業体間の協力により、シベリア鉄道を利用した日本発欧州宛て船便郵便物の輸送を開始(2018年8月)。",
            "Through cooperation between the postal operators, transport of surface mail from Japan to Europe via the Trans-Siberian Railway began (August 2018).",
          ),
          date: month(2018, 8),
          group: POSTAL_RESULTS_1,
        },
        {
          text: t(
            "㈱いつも。とロシア郵便との協力により、2019年11月から、ロシア郵便が新たに開設・運営するEコマースサイト「kupijapan(クピジャパン)」で日本商品の越境Eコマースを開始。",
            "Through cooperation between itsumo Inc. and Russian Post, cross-border e-commerce in Japanese products began in November 2019 on “kupijapan”, an e-commerce site newly opened and operated by Russian Post.",
          ),
          date: month(2019, 11),
          group: POSTAL_RESULTS_2,
        },
        {
          text: t(
            "また、ペガスHC社とロシア郵便の協力により、ロシアの郵便局で日本商品を販売。2021年7月末時点で、全国約5,400局で取扱中。",
            "In addition, through cooperation between Pegas HC and Russian Post, Japanese products are sold at Russian post offices. As of the end of July 2021 they are handled at about 5,400 post offices nationwide.",
          ),
          date: monthEnd(2021, 7),
          group: POSTAL_RESULTS_2,
        },
        {
          text: t(
            "モスクワ国際交換局向け機材・システム一式の受注を皮切りに、ロシア郵便の国際交換局に、東芝インフラシステムズが郵便・物流機器等を納入(計8案件。2020年には、ノヴォシビルスク及びサンクトペテルブルク国際交換局向けの機器を契約。)。今後も調達に順次対応。",
            "Starting with an order for a complete set of equipment and systems for the Moscow international exchange office, Toshiba Infrastructure Systems & Solutions has supplied postal and logistics equipment and more to Russian Post's international exchange offices (8 projects in total; in 2020, contracts were signed for equipment for the Novosibirsk and Saint Petersburg international exchange offices). It will continue to respond to further procurement in turn.",
          ),
          date: year(2020),
          group: POSTAL_TOSHIBA,
        },
        {
          text: t(
            "また、両者間で3度にわたり郵便・物流事業における戦略的協業に関する覚書を締結するなど、堅固な協力関係を構築。",
            "The two have also built a solid cooperative relationship, including signing memoranda on strategic collaboration in the postal and logistics business on 3 occasions.",
          ),
          group: POSTAL_TOSHIBA,
        },
      ],
      milestones: [
        {
          title: t(
            "日本郵便・ロシア郵便間の覚書（3項目の協力）",
            "Japan Post–Russian Post memorandum (cooperation in 3 areas)",
          ),
          status: "completed",
        },
        {
          title: t(
            "シベリア鉄道を利用した日本発欧州宛て船便郵便物の輸送開始",
            "Surface mail from Japan to Europe via the Trans-Siberian Railway begins",
          ),
          status: "completed",
          actual: month(2018, 8),
        },
        {
          title: t(
            "「kupijapan」での日本商品の越境Eコマース開始",
            "Cross-border e-commerce in Japanese products starts on kupijapan",
          ),
          status: "completed",
          actual: month(2019, 11),
        },
        {
          title: t(
            "ロシアの郵便局での日本商品販売（全国約5,400局）",
            "Japanese products sold at Russian post offices (about 5,400 nationwide)",
          ),
          status: "in_progress",
        },
        {
          title: t(
            "モスクワ国際交換局向け機材・システム一式の受注",
            "Order for a complete set of equipment and systems for the Moscow international exchange office",
          ),
          status: "completed",
        },
        {
          title: t(
            "ノヴォシビルスク及びサンクトペテルブルク国際交換局向け機器の契約",
            "Contracts for equipment for the Novosibirsk and Saint Petersburg international exchange offices",
          ),
          status: "completed",
          actual: year(2020),
        },
        {
          title: t("ロシア郵便の今後の調達への順次対応", "Responding to Russian Post's further procurement"),
          status: "planned",
        },
        {
          title: t(
            "郵便・物流事業における戦略的協業に関する覚書の締結（3度）",
            "Memoranda on strategic collaboration in postal and logistics business (3 times)",
          ),
          status: "completed",
        },
      ],
      indicators: [
        {
          key: "cooperation-areas",
          name: t(
            "日本郵便・ロシア郵便の覚書に基づく協力項目",
            "Areas of cooperation under the Japan Post–Russian Post memorandum",
          ),
          measure: "count",
          unit: t("項目", "areas"),
          direction: "increase",
          accumulation: "level",
          observations: [{ value: "3", asOf: AS_OF }],
        },
        {
          key: "post-offices-selling-japanese-products",
          name: t("日本商品を取り扱うロシアの郵便局", "Russian post offices handling Japanese products"),
          measure: "count",
          unit: t("局", "post offices"),
          direction: "increase",
          accumulation: "level",
          observations: [{ value: "5400", asOf: monthEnd(2021, 7), approximate: true }],
        },
        {
          key: "toshiba-delivery-projects",
          name: t(
            "東芝インフラシステムズによる国際交換局向け納入案件",
            "Toshiba Infrastructure Systems & Solutions delivery projects for international exchange offices",
          ),
          measure: "count",
          unit: t("案件", "projects"),
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "8", asOf: AS_OF }],
        },
        {
          key: "strategic-collaboration-memoranda",
          name: t("戦略的協業に関する覚書の締結回数", "Memoranda on strategic collaboration signed"),
          measure: "count",
          unit: t("度", "times"),
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "3", asOf: AS_OF }],
        },
      ],
      captions: [
        t("ロシア郵便の鉄道車両", "A Russian Post railway car"),
        t("kupijapanトップページ", "The kupijapan top page"),
        t(
          "郵便局での日本商品販売(ウラジオストク中央郵便局)",
          "Japanese products on sale at a post office (Vladivostok Central Post Office)",
        ),
        t("東芝が納入した機器", "Equipment supplied by Toshiba"),
      ],
    },
  ],
};
