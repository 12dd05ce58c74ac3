// Area 4 of the October 2021 progress report: 石油、ガス等のエネルギー開発協力、生産能力の拡充.
// Source: db/seed/source/cooperation-plan-2021-10.txt (概要 page and the area-4 進捗 pages).
//
// OCR: 300kw → 300kW (③ first bullet)
import { fiscalYear, month, year } from "@/lib/domain/partial-date";
import type { SeedArea, SeedLocation, SeedOrganization } from "../types";
import { mitsui, sakhalinOblast, saintPetersburg } from "./shared";

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------
const meti: SeedOrganization = {
  key: "meti",
  name: { ja: "経済産業省", en: "Ministry of Economy, Trade and Industry (METI)" },
  side: "jp",
  kind: "government",
};
const russianMinistryOfEnergy: SeedOrganization = {
  key: "russian-ministry-of-energy",
  name: { ja: "露エネルギー省", en: "Ministry of Energy of the Russian Federation" },
  side: "ru",
  kind: "government",
};
const toyoEngineering: SeedOrganization = {
  key: "toyo-engineering",
  name: { ja: "東洋エンジニアリング", en: "Toyo Engineering" },
  side: "jp",
  kind: "company",
};
const itochu: SeedOrganization = {
  key: "itochu",
  name: { ja: "伊藤忠商事", en: "ITOCHU" },
  side: "jp",
  kind: "company",
};
const jogmec: SeedOrganization = {
  key: "jogmec",
  name: {
    ja: "石油天然ガス・金属鉱物資源機構（JOGMEC）",
    en: "Japan Oil, Gas and Metals National Corporation (JOGMEC)",
  },
  side: "jp",
  kind: "government",
};
const irkutskOil: SeedOrganization = {
  key: "irkutsk-oil",
  name: { ja: "イルクーツク石油", en: "Irkutsk Oil Company" },
  side: "ru",
  kind: "company",
};
const nedo: SeedOrganization = {
  key: "nedo",
  name: {
    ja: "新エネルギー・産業技術総合開発機構（NEDO）",
    en: "New Energy and Industrial Technology Development Organization (NEDO)",
  },
  side: "jp",
  kind: "government",
};
const raoEnergySystemsOfTheEast: SeedOrganization = {
  key: "rao-energy-systems-of-the-east",
  name: { ja: "RAO-V", en: "RAO Energy Systems of the East (RAO-V)" },
  side: "ru",
  kind: "company",
};
const kamchatkaKraiGovernment: SeedOrganization = {
  key: "kamchatka-krai-government",
  name: { ja: "カムチャツカ地方政府", en: "Government of Kamchatka Krai" },
  side: "ru",
  kind: "government",
};
const rushydro: SeedOrganization = {
  key: "rushydro",
  name: { ja: "ルスギドロ", en: "RusHydro" },
  side: "ru",
  kind: "company",
};
const sakhaRepublicGovernment: SeedOrganization = {
  key: "sakha-republic-government",
  name: { ja: "サハ共和国政府", en: "Government of the Sakha Republic" },
  side: "ru",
  kind: "government",
};
const komaihaltec: SeedOrganization = {
  key: "komaihaltec",
  name: { ja: "駒井ハルテック", en: "Komaihaltec" },
  side: "jp",
  kind: "company",
};
const sakhalinOblastGovernment: SeedOrganization = {
  key: "sakhalin-oblast-government",
  name: { ja: "サハリン州政府", en: "Government of Sakhalin Oblast" },
  side: "ru",
  kind: "government",
};
const energyConservationCenterJapan: SeedOrganization = {
  key: "energy-conservation-center-japan",
  name: { ja: "省エネルギーセンター", en: "Energy Conservation Center, Japan (ECCJ)" },
  side: "jp",
  kind: "association",
};

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------
const ustKut: SeedLocation = {
  key: "ust-kut",
  name: { ja: "ウスチ・クート", en: "Ust-Kut" },
  kind: "city",
  lat: 56.7936,
  lon: 105.7711,
};
const eastSiberia: SeedLocation = {
  key: "east-siberia",
  name: { ja: "東シベリア", en: "East Siberia" },
  kind: "region",
  lat: 60.0,
  lon: 105.0,
};
const kamchatkaKrai: SeedLocation = {
  key: "kamchatka-krai",
  name: { ja: "カムチャツカ地方", en: "Kamchatka Krai" },
  kind: "region",
  lat: 57.1914,
  lon: 160.0383,
};
const sakhaRepublic: SeedLocation = {
  key: "sakha-republic",
  name: { ja: "サハ共和国", en: "Sakha Republic" },
  kind: "region",
  lat: 66.7613,
  lon: 124.1238,
};
const tiksi: SeedLocation = {
  key: "tiksi",
  name: { ja: "チクシ", en: "Tiksi" },
  kind: "city",
  lat: 71.6369,
  lon: 128.868,
};

// ---------------------------------------------------------------------------
// Area 4
// ---------------------------------------------------------------------------
export const area4: SeedArea = {
  number: 4,
  title: {
    ja: "石油、ガス等のエネルギー開発協力、生産能力の拡充",
    en: "Energy development cooperation on oil, gas and more, and expansion of production capacity",
  },
  overview: [
    {
      text: {
        ja: "日露エネルギー・パートナーシップ協議会(炭化水素、原子力、省エネ・新エネ、水素・燃料アンモニア・CCS・CCU/カーボンリサイクルの協力)",
        en: "Japan–Russia Energy Partnership Council (cooperation on hydrocarbons, nuclear power, energy conservation and new energy, and hydrogen, fuel ammonia, CCS and CCU/carbon recycling)",
      },
    },
    {
      text: {
        ja: "風力発電の導入・拡大や省エネルギーに関する協力 等",
        en: "Cooperation on introducing and expanding wind power generation and on energy conservation, etc.",
      },
    },
  ],
  items: [
    // ① 日露エネルギー・パートナーシップ協議会 -----------------------------------------
    {
      number: 1,
      title: { ja: "日露エネルギー・パートナーシップ協議会", en: "Japan–Russia Energy Partnership Council" },
      subtitle: {
        ja: "炭化水素、原子力、省エネ・新エネ、水素・燃料アンモニア・CCS・CCU/カーボンリサイクルの協力",
        en: "Cooperation on hydrocarbons, nuclear power, energy conservation and new energy, and hydrogen, fuel ammonia, CCS and CCU/carbon recycling",
      },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: meti, role: { ja: "日本側の協議会当局", en: "Japanese counterpart of the council" } },
        {
          org: russianMinistryOfEnergy,
          role: { ja: "露側の協議会当局", en: "Russian counterpart of the council" },
        },
      ],
      locations: [],
      progress: [
        {
          text: {
            ja: "これまでの化石燃料における協力に加え、脱炭素に向けた連携を強化するため、2021年9月、梶山大臣とシュリギノフ・エネルギー大臣は、持続可能なエネルギー分野(再生可能エネルギー、水素、燃料アンモニア、CCS・CCU/カーボンリサイクル等)における共同声明に署名。",
            en: "To strengthen collaboration towards decarbonisation in addition to the existing cooperation on fossil fuels, in September 2021 Minister Kajiyama and Energy Minister Shulginov signed a joint statement on sustainable energy (renewable energy, hydrogen, fuel ammonia, CCS and CCU/carbon recycling, etc.).",
          },
          date: month(2021, 9),
        },
        {
          text: {
            ja: "日露エネルギー・パートナーシップ協議会の枠組みの下に、「水素・燃料アンモニア・CCS・CCU/カーボンリサイクルに関する作業部会」を新設。",
            en: "A new “Working Group on Hydrogen, Fuel Ammonia, CCS and CCU/Carbon Recycling” was established under the framework of the Japan–Russia Energy Partnership Council.",
          },
        },
      ],
      milestones: [
        {
          title: {
            ja: "持続可能なエネルギー分野における共同声明に署名（梶山大臣・シュリギノフ・エネルギー大臣）",
            en: "Joint statement on sustainable energy signed (Minister Kajiyama and Energy Minister Shulginov)",
          },
          status: "completed",
          actual: month(2021, 9),
        },
        {
          title: {
            ja: "「水素・燃料アンモニア・CCS・CCU/カーボンリサイクルに関する作業部会」を新設",
            en: "“Working Group on Hydrogen, Fuel Ammonia, CCS and CCU/Carbon Recycling” established",
          },
          status: "completed",
        },
      ],
      indicators: [],
      captions: [
        {
          ja: "持続可能なエネルギー協力に関する共同声明署名式",
          en: "Signing ceremony of the joint statement on sustainable energy cooperation",
        },
      ],
    },

    // ② ウスチ・クートにおけるエチレン・ポリエチレンプラント/アンモニア調査 ----------------
    {
      number: 2,
      title: {
        ja: "ウスチ・クートにおけるエチレン・ポリエチレンプラント/アンモニア調査",
        en: "Ethylene and polyethylene plants in Ust-Kut / ammonia study",
      },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        {
          org: toyoEngineering,
          role: {
            ja: "プラントの設計・機器供給、工事管理サポート、共同事業化調査",
            en: "Plant design and equipment supply, construction management support; joint feasibility study",
          },
        },
        { org: itochu, role: { ja: "共同事業化調査", en: "Joint feasibility study" } },
        {
          org: jogmec,
          role: { ja: "共同事業化調査", en: "Joint feasibility study" },
          label: { ja: "JOGMEC", en: "JOGMEC" },
        },
        {
          org: irkutskOil,
          role: {
            ja: "プラントの契約相手方（発注者）、共同事業化調査",
            en: "Plant contract counterparty (owner); joint feasibility study",
          },
        },
      ],
      locations: [ustKut, eastSiberia],
      progress: [
        {
          text: {
            ja: "東洋エンジニアリングとイルクーツク石油が、2018年12月にエチレンプラント、2019年1月にポリエチレンプラントの設計及び機器供給契約に係る契約を締結。2019年9月には、両プラントの工事管理サポート契約を署名。さらに、2020年には、東洋エンジニアリング、伊藤忠商事、JOGMEC、イルクーツク石油の4者で東シベリアと日本間のブルーアンモニアバリューチェーンに関する共同事業化調査を実施することに合意。",
            en: "Toyo Engineering and Irkutsk Oil Company concluded contracts for the design and equipment supply of the ethylene plant in December 2018 and of the polyethylene plant in January 2019. In September 2019, they signed a construction management support contract for both plants. Further, in 2020 the 4 parties Toyo Engineering, ITOCHU, JOGMEC and Irkutsk Oil Company agreed to carry out a joint feasibility study on a blue ammonia value chain between East Siberia and Japan.",
          },
          date: month(2018, 12),
        },
      ],
      milestones: [
        {
          title: {
            ja: "エチレンプラントの設計及び機器供給契約を締結",
            en: "Design and equipment supply contract for the ethylene plant concluded",
          },
          status: "completed",
          actual: month(2018, 12),
        },
        {
          title: {
            ja: "ポリエチレンプラントの設計及び機器供給契約を締結",
            en: "Design and equipment supply contract for the polyethylene plant concluded",
          },
          status: "completed",
          actual: month(2019, 1),
        },
        {
          title: {
            ja: "両プラントの工事管理サポート契約に署名",
            en: "Construction management support contract for both plants signed",
          },
          status: "completed",
          actual: month(2019, 9),
        },
        {
          title: {
            ja: "ブルーアンモニアバリューチェーンに関する共同事業化調査の実施に4者で合意",
            en: "4 parties agree to a joint feasibility study on a blue ammonia value chain",
          },
          status: "completed",
          actual: year(2020),
        },
      ],
      indicators: [
        {
          key: "blue-ammonia-study-parties",
          name: {
            ja: "ブルーアンモニア共同事業化調査の参加者",
            en: "Parties to the blue ammonia joint feasibility study",
          },
          measure: "count",
          unit: { ja: "者", en: "parties" },
          direction: "increase",
          accumulation: "level",
          observations: [{ value: "4", asOf: year(2020) }],
        },
      ],
      captions: [],
    },

    // ③ 風力発電の導入・拡大に関する協力 ----------------------------------------------
    {
      number: 3,
      title: {
        ja: "風力発電の導入・拡大に関する協力",
        en: "Cooperation on introducing and expanding wind power generation",
      },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        {
          org: nedo,
          role: { ja: "実証事業", en: "Demonstration projects" },
          label: { ja: "NEDO", en: "NEDO" },
        },
        {
          org: raoEnergySystemsOfTheEast,
          role: { ja: "カムチャツカ地方の風力発電実証", en: "Wind power demonstration in Kamchatka Krai" },
          label: { ja: "RAO-V(現ルスギドロ)", en: "RAO-V (now RusHydro)" },
        },
        {
          org: kamchatkaKraiGovernment,
          role: { ja: "カムチャツカ地方の風力発電実証", en: "Wind power demonstration in Kamchatka Krai" },
          label: { ja: "カムチャツカ地方", en: "Kamchatka Krai" },
        },
        {
          org: rushydro,
          role: {
            ja: "サハ共和国のエネルギー管理システム実証",
            en: "Energy management system demonstration in the Sakha Republic",
          },
        },
        {
          org: sakhaRepublicGovernment,
          role: {
            ja: "サハ共和国のエネルギー管理システム実証",
            en: "Energy management system demonstration in the Sakha Republic",
          },
          label: { ja: "サハ共和国", en: "Sakha Republic" },
        },
        {
          org: mitsui,
          role: { ja: "風力発電導入に係る覚書・協議", en: "MoU and talks on introducing wind power" },
        },
        {
          org: komaihaltec,
          role: { ja: "風力発電導入に係る覚書・協議", en: "MoU and talks on introducing wind power" },
        },
        {
          org: sakhalinOblastGovernment,
          role: { ja: "風力発電導入に係る覚書・協議", en: "MoU and talks on introducing wind power" },
          label: { ja: "サハリン州", en: "Sakhalin Oblast" },
        },
      ],
      organizationsEtc: true,
      locations: [kamchatkaKrai, sakhaRepublic, tiksi, sakhalinOblast],
      progress: [
        {
          text: {
            ja: "カムチャツカ地方において寒冷地対応の風力発電の実証完了(NEDO、RAO-V(現ルスギドロ)、カムチャツカ地方)。2019年12月には、300kW級の風車1基増設について、初の商業ベースでの契約を締結。",
            en: "A demonstration of cold-climate wind power generation was completed in Kamchatka Krai (NEDO, RAO-V (now RusHydro), Kamchatka Krai). In December 2019, the first commercial-basis contract was concluded for adding 1 wind turbine of the 300kW class.",
          },
          date: month(2019, 12),
        },
        {
          text: {
            ja: "サハ共和国において、エネルギー管理システム実証を実施中。2018年11月から風力発電機の運転、2020年12月からシステム全体の運転を開始し、データを取得中(NEDO、ルスギドロ、サハ共和国)。",
            en: "An energy management system demonstration is under way in the Sakha Republic. The wind turbine began operating in November 2018 and the whole system in December 2020; data are being collected (NEDO, RusHydro, Sakha Republic).",
          },
          date: month(2018, 11),
        },
        {
          text: {
            ja: "その他、サハリン州等において、風力発電導入に係る覚書を締結し、協議を継続中(三井物産、駒井ハルテック、サハリン州 等)。",
            en: "Elsewhere, memoranda on introducing wind power have been concluded in Sakhalin Oblast and other regions, and talks are continuing (Mitsui & Co., Komaihaltec, Sakhalin Oblast, etc.).",
          },
        },
      ],
      milestones: [
        {
          title: {
            ja: "カムチャツカ地方で寒冷地対応の風力発電の実証完了",
            en: "Cold-climate wind power demonstration in Kamchatka Krai completed",
          },
          status: "completed",
        },
        {
          title: {
            ja: "300kW級の風車1基増設について初の商業ベースでの契約を締結",
            en: "First commercial-basis contract concluded for adding 1 wind turbine of the 300kW class",
          },
          status: "completed",
          actual: month(2019, 12),
        },
        {
          title: {
            ja: "サハ共和国でエネルギー管理システム実証",
            en: "Energy management system demonstration in the Sakha Republic",
          },
          status: "in_progress",
        },
        {
          title: { ja: "風力発電機の運転開始（サハ共和国）", en: "Wind turbine begins operating (Sakha Republic)" },
          status: "completed",
          actual: month(2018, 11),
        },
        {
          title: { ja: "システム全体の運転開始（サハ共和国）", en: "Whole system begins operating (Sakha Republic)" },
          status: "completed",
          actual: month(2020, 12),
        },
        {
          title: { ja: "データ取得（サハ共和国）", en: "Data collection (Sakha Republic)" },
          status: "in_progress",
        },
        {
          title: {
            ja: "サハリン州等で風力発電導入に係る覚書を締結",
            en: "Memoranda on introducing wind power concluded in Sakhalin Oblast and elsewhere",
          },
          status: "completed",
        },
        {
          title: {
            ja: "風力発電導入に係る協議（サハリン州等）",
            en: "Talks on introducing wind power (Sakhalin Oblast and elsewhere)",
          },
          status: "in_progress",
        },
      ],
      indicators: [
        {
          key: "commercial-turbines-added",
          name: {
            ja: "初の商業ベース契約による風車の増設",
            en: "Wind turbines added under the first commercial-basis contract",
          },
          measure: "count",
          unit: { ja: "基", en: "turbines" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "1", period: { start: month(2019, 12), end: month(2019, 12) } }],
        },
        {
          key: "commercial-turbine-capacity",
          name: {
            ja: "増設する風車の出力（300kW級）",
            en: "Capacity of the added wind turbine (300kW class)",
          },
          measure: "amount",
          unit: { ja: "kW", en: "kW" },
          direction: "increase",
          accumulation: "per_period",
          observations: [
            {
              value: "300",
              period: { start: month(2019, 12), end: month(2019, 12) },
              approximate: true,
              note: { ja: "「300kW級」", en: "“300kW class”" },
            },
          ],
        },
      ],
      captions: [
        { ja: "チクシに設置した風車及び発電機建屋", en: "Wind turbine and generator building installed in Tiksi" },
      ],
    },

    // ④ 省エネルギーに関する協力 ---------------------------------------------------
    {
      number: 4,
      title: { ja: "省エネルギーに関する協力", en: "Cooperation on energy conservation" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: energyConservationCenterJapan },
        {
          org: russianMinistryOfEnergy,
          label: { ja: "エネルギー省", en: "Ministry of Energy" },
        },
      ],
      organizationsEtc: true,
      locations: [saintPetersburg],
      progress: [
        {
          text: {
            ja: "2017年度から学校等の公的建物や熱供給施設における省エネ診断及び研修を継続的に実施中。",
            en: "Since FY2017, energy-saving diagnoses and training at schools and other public buildings and at heat supply facilities have been carried out on an ongoing basis.",
          },
          date: fiscalYear(2017),
        },
        {
          text: {
            ja: "2020年11月に省エネに係るオンラインワークショップを開催。2020年10月～2021年3月にかけて、サンクトペテルブルクにおいて、建物の省エネのための熱制御装置の普及を図る事業を実施。",
            en: "An online workshop on energy conservation was held in November 2020. From October 2020 to March 2021, a project to promote heat control devices for energy saving in buildings was carried out in Saint Petersburg.",
          },
          date: month(2020, 11),
        },
        {
          text: {
            ja: "2021年も引き続き、対象地域を拡大した省エネ普及活動・オンラインワークショップを実施予定。",
            en: "In 2021 as well, energy-saving outreach and online workshops covering an expanded range of regions are planned.",
          },
          date: year(2021),
        },
      ],
      milestones: [
        {
          // 「2017年度から…継続的に実施中」: FY2017 is the start of work still going on.
          title: {
            ja: "公的建物・熱供給施設における省エネ診断及び研修を開始",
            en: "Energy-saving diagnoses and training at public buildings and heat supply facilities begin",
          },
          status: "completed",
          actual: fiscalYear(2017),
        },
        {
          title: {
            ja: "公的建物・熱供給施設における省エネ診断及び研修（継続実施中）",
            en: "Energy-saving diagnoses and training at public buildings and heat supply facilities (ongoing)",
          },
          status: "in_progress",
        },
        {
          title: { ja: "省エネに係るオンラインワークショップ開催", en: "Online workshop on energy conservation held" },
          status: "completed",
          actual: month(2020, 11),
        },
        {
          title: {
            ja: "サンクトペテルブルクで熱制御装置普及事業を開始",
            en: "Project to promote heat control devices begins in Saint Petersburg",
          },
          status: "completed",
          actual: month(2020, 10),
        },
        {
          title: {
            ja: "サンクトペテルブルクでの熱制御装置普及事業の実施期間終了",
            en: "Project to promote heat control devices in Saint Petersburg ends",
          },
          status: "completed",
          actual: month(2021, 3),
        },
        {
          title: {
            ja: "対象地域を拡大した省エネ普及活動・オンラインワークショップ",
            en: "Energy-saving outreach and online workshops in an expanded range of regions",
          },
          status: "planned",
          planned: year(2021),
        },
      ],
      indicators: [],
      captions: [],
    },
  ],
};
