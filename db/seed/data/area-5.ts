// Area 5 of the October 2021 progress report: ロシア産業の多様化促進と生産性向上.
// Source: db/seed/source/cooperation-plan-2021-10.txt (概要 page and the area-5 進捗 pages).
//
// OCR: 对外経済銀行 → 対外経済銀行 (④ second bullet, ロシア開発対外経済銀行)
// OCR: 对外貿易銀行 → 対外貿易銀行 (④ second bullet)
import { fiscalYear, month } from "@/lib/domain/partial-date";
import type { SeedArea, SeedLocation, SeedOrganization } from "../types";
import { japanCenters, marubeni, mol, saintPetersburg } from "./shared";

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------
const toyota: SeedOrganization = {
  key: "toyota",
  name: { ja: "トヨタ自動車", en: "Toyota Motor Corporation" },
  side: "jp",
  kind: "company",
};
const federalCompetenceCenter: SeedOrganization = {
  key: "federal-competence-center",
  name: {
    ja: "露連邦生産性センター（FCC）",
    en: "Federal Center of Competencies in Labor Productivity (FCC)",
  },
  side: "ru",
  kind: "government",
};
const polytechUniversity: SeedOrganization = {
  key: "peter-the-great-st-petersburg-polytechnic-university",
  name: { ja: "サンクトペテルブルク工科大学", en: "Peter the Great St. Petersburg Polytechnic University" },
  side: "ru",
  kind: "university",
};
const technoleasing: SeedOrganization = {
  key: "technoleasing",
  name: { ja: "テクノリージング", en: "Technoleasing" },
  side: "ru",
  kind: "company",
};
const minvr: SeedOrganization = {
  key: "ministry-for-the-development-of-the-russian-far-east-and-arctic",
  name: {
    ja: "露極東・北極圏発展省",
    en: "Ministry for the Development of the Russian Far East and Arctic",
  },
  side: "ru",
  kind: "government",
};
const vebRf: SeedOrganization = {
  key: "veb-rf",
  name: { ja: "ロシア開発対外経済銀行", en: "VEB.RF (State Development Corporation)" },
  side: "ru",
  kind: "financial",
};
const vtbBank: SeedOrganization = {
  key: "vtb-bank",
  name: { ja: "対外貿易銀行", en: "VTB Bank" },
  side: "ru",
  kind: "financial",
};
const esnGroup: SeedOrganization = {
  key: "esn-group",
  name: { ja: "ESN", en: "ESN Group" },
  side: "ru",
  kind: "company",
};

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------
const amurOblast: SeedLocation = {
  key: "amur-oblast",
  name: { ja: "アムール州", en: "Amur Oblast" },
  kind: "region",
  lat: 52.8032,
  lon: 128.4407,
};
const skovorodino: SeedLocation = {
  key: "skovorodino",
  name: { ja: "スコボロジノ市", en: "Skovorodino" },
  kind: "city",
  lat: 53.9869,
  lon: 123.9436,
};

// ---------------------------------------------------------------------------
// Area 5
// ---------------------------------------------------------------------------
const productivityDiagnosis = { ja: "ロシア企業の生産性診断", en: "Productivity diagnosis of Russian companies" };
const supportingIndustries = {
  ja: "裾野産業の人材育成",
  en: "Human resource development for supporting industries",
};
const modelFactory = {
  ja: "生産性向上モデル工場の創設",
  en: "Establishing a model factory for productivity improvement",
};

export const area5: SeedArea = {
  number: 5,
  title: {
    ja: "ロシア産業の多様化促進と生産性向上",
    en: "Promoting the diversification of Russian industry and raising productivity",
  },
  overview: [
    {
      text: {
        ja: "ロシア企業の生産性診断、人材育成事業",
        en: "Productivity diagnosis of Russian companies and human resource development programmes",
      },
    },
    {
      text: {
        ja: "日本企業による生産性向上協力(サンクトペテルブルク)",
        en: "Productivity improvement cooperation by Japanese companies (Saint Petersburg)",
      },
    },
    {
      text: {
        ja: "日本センターの訪日研修",
        en: "Training visits to Japan by the Japan Centers",
      },
    },
    {
      text: {
        ja: "メタノール供給契約の締結、メタノール輸送船の協力 等",
        en: "Conclusion of a methanol supply contract, cooperation on methanol carriers, etc.",
      },
    },
  ],
  items: [
    // ① IT化を通じたロシア企業の多様化促進・生産性向上 -----------------------------------
    {
      number: 1,
      title: {
        ja: "IT化を通じたロシア企業の多様化促進・生産性向上",
        en: "Promoting diversification and raising productivity of Russian companies through IT adoption",
      },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [],
      locations: [],
      progress: [
        {
          text: {
            ja: "日露両政府によって選定されたロシア企業に対し、生産現場での経験や知識を有する日本人専門家による診断を実施。2017年度～2020年度にかけて計38社に実施。",
            en: "Japanese experts with experience and knowledge of production sites carried out diagnoses of Russian companies selected by the Japanese and Russian governments. From FY2017 to FY2020, diagnoses were carried out at a total of 38 companies.",
          },
          date: fiscalYear(2017),
          group: productivityDiagnosis,
        },
        {
          text: {
            ja: "日本とビジネス関係にあるロシアの製造企業の研修生を対象に、日本企業の生産技術等の講義や生産現場の視察・リモート研修を実施。",
            en: "For trainees from Russian manufacturers that do business with Japan, lectures on the production technologies of Japanese companies and other topics, visits to production sites and remote training were provided.",
          },
          group: supportingIndustries,
        },
        {
          text: {
            ja: "2017年度～2020年度までにロシア企業163社の累計517名に実施。",
            en: "From FY2017 to FY2020, this was provided to a cumulative 517 people from 163 Russian companies.",
          },
          date: fiscalYear(2017),
          group: supportingIndustries,
        },
        {
          text: {
            ja: "2021年度は、リモート形式で生産性診断・人材育成事業を実施中。",
            en: "In FY2021, the productivity diagnosis and human resource development programmes are being carried out remotely.",
          },
          date: fiscalYear(2021),
        },
        {
          text: {
            ja: "2019年9月、ロシアにおける生産性向上モデル工場創設に係る覚書を締結。",
            en: "In September 2019, a memorandum on establishing a model factory for productivity improvement in Russia was concluded.",
          },
          date: month(2019, 9),
          group: modelFactory,
        },
      ],
      milestones: [
        {
          title: {
            ja: "ロシア企業計38社の生産性診断（2017年度～2020年度）",
            en: "Productivity diagnosis of a total of 38 Russian companies (FY2017–FY2020)",
          },
          status: "completed",
          actual: fiscalYear(2020),
        },
        {
          title: {
            ja: "裾野産業の人材育成：163社・累計517名（2017年度～2020年度）",
            en: "Supporting-industry human resource development: 163 companies, 517 people cumulative (FY2017–FY2020)",
          },
          status: "completed",
          actual: fiscalYear(2020),
        },
        {
          title: {
            ja: "リモート形式での生産性診断・人材育成事業（2021年度）",
            en: "Remote productivity diagnosis and human resource development programmes (FY2021)",
          },
          status: "in_progress",
          // 「2021年度は…実施中」: the year it runs in, so it is planned for FY2021 and not yet done.
          planned: fiscalYear(2021),
        },
        {
          title: {
            ja: "生産性向上モデル工場創設に係る覚書を締結",
            en: "Memorandum on establishing a model factory for productivity improvement concluded",
          },
          status: "completed",
          actual: month(2019, 9),
        },
      ],
      indicators: [
        {
          key: "diagnosed-companies",
          name: { ja: "生産性診断を実施したロシア企業", en: "Russian companies given a productivity diagnosis" },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "38", period: { start: fiscalYear(2017), end: fiscalYear(2020) } }],
        },
        {
          key: "trained-companies",
          name: {
            ja: "裾野産業の人材育成の対象ロシア企業",
            en: "Russian companies covered by supporting-industry human resource development",
          },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "163", period: { start: fiscalYear(2017), end: fiscalYear(2020) } }],
        },
        {
          key: "trainees",
          name: {
            ja: "裾野産業の人材育成の研修生",
            en: "Trainees in supporting-industry human resource development",
          },
          measure: "count",
          unit: { ja: "名", en: "people" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "517", period: { start: fiscalYear(2017), end: fiscalYear(2020) } }],
        },
      ],
      captions: [
        { ja: "生産性診断の様子", en: "A productivity diagnosis" },
        { ja: "訪日研修の様子", en: "Training in Japan" },
      ],
    },

    // ② トヨタ自動車の生産性向上協力 --------------------------------------------------
    {
      number: 2,
      title: {
        ja: "トヨタ自動車の生産性向上協力",
        en: "Productivity improvement cooperation by Toyota Motor Corporation",
      },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: toyota, role: { ja: "生産性向上協力", en: "Productivity improvement cooperation" } },
        {
          org: federalCompetenceCenter,
          role: {
            ja: "生産性向上協力に係る合意書の締結先",
            en: "Partner in the productivity improvement cooperation agreement",
          },
          label: { ja: "露連邦生産性センター", en: "Federal Center of Competencies in Labor Productivity" },
        },
        {
          org: polytechUniversity,
          role: {
            ja: "トヨタ生産方式の特別講座を開設",
            en: "Hosts the special course on the Toyota Production System",
          },
        },
      ],
      locations: [saintPetersburg],
      progress: [
        {
          text: {
            ja: "2019年1月、露連邦生産性センター(FCC)と生産性向上協力に係る合意書を締結。ロシア企業やFCCを対象にトヨタ生産方式のワークショップを開催。(2021年4月までに9回開催。参加者130社、201名)",
            en: "In January 2019, an agreement on productivity improvement cooperation was concluded with the Federal Center of Competencies in Labor Productivity (FCC). Workshops on the Toyota Production System are held for Russian companies and the FCC. (Held 9 times by April 2021; participants: 130 companies, 201 people)",
          },
          date: month(2019, 1),
        },
        {
          text: {
            ja: "2019年8月、トヨタ生産方式の特別講座開設に係る覚書をサンクトペテルブルク工科大学と締結し、同年9月に開講。",
            en: "In August 2019, a memorandum on establishing a special course on the Toyota Production System was concluded with Peter the Great St. Petersburg Polytechnic University, and the course opened in September of that year.",
          },
          date: month(2019, 8),
        },
        {
          text: {
            ja: "2021年5月、部品メーカーで自主研活動を開始(2社目)",
            en: "In May 2021, jishuken (voluntary study group) activities began at a parts manufacturer (the 2nd company)",
          },
          date: month(2021, 5),
        },
      ],
      milestones: [
        {
          title: {
            ja: "露連邦生産性センター(FCC)と生産性向上協力に係る合意書を締結",
            en: "Productivity improvement cooperation agreement concluded with the FCC",
          },
          status: "completed",
          actual: month(2019, 1),
        },
        {
          title: {
            ja: "トヨタ生産方式のワークショップ（2021年4月までに9回開催）",
            en: "Toyota Production System workshops (held 9 times by April 2021)",
          },
          status: "in_progress",
        },
        {
          title: {
            ja: "トヨタ生産方式の特別講座開設に係る覚書をサンクトペテルブルク工科大学と締結",
            en: "Memorandum on a special Toyota Production System course concluded with St. Petersburg Polytechnic University",
          },
          status: "completed",
          actual: month(2019, 8),
        },
        {
          title: {
            ja: "トヨタ生産方式の特別講座を開講",
            en: "Special Toyota Production System course opens",
          },
          status: "completed",
          actual: month(2019, 9),
        },
        {
          title: {
            ja: "部品メーカーで自主研活動を開始（2社目）",
            en: "Jishuken activities begin at a parts manufacturer (2nd company)",
          },
          status: "completed",
          actual: month(2021, 5),
        },
      ],
      indicators: [
        {
          key: "tps-workshops",
          name: { ja: "トヨタ生産方式のワークショップ開催回数", en: "Toyota Production System workshops held" },
          measure: "count",
          unit: { ja: "回", en: "workshops" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "9", asOf: month(2021, 4) }],
        },
        {
          key: "tps-workshop-participant-companies",
          name: { ja: "ワークショップ参加企業", en: "Companies taking part in the workshops" },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "130", asOf: month(2021, 4) }],
        },
        {
          key: "tps-workshop-participants",
          name: { ja: "ワークショップ参加者", en: "Workshop participants" },
          measure: "count",
          unit: { ja: "名", en: "people" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "201", asOf: month(2021, 4) }],
        },
        {
          key: "jishuken-companies",
          name: {
            ja: "自主研活動を開始した部品メーカー",
            en: "Parts manufacturers that have started jishuken activities",
          },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [
            {
              value: "2",
              asOf: month(2021, 5),
              note: { ja: "「2社目」", en: "“the 2nd company”" },
            },
          ],
        },
      ],
      captions: [
        {
          ja: "ワークショップにおける生産ライン見学の様子",
          en: "A production line tour during a workshop",
        },
      ],
    },

    // ③ 日本センターの訪日研修 -------------------------------------------------------
    {
      number: 3,
      title: { ja: "日本センターの訪日研修", en: "Japan Center training visits to Japan" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        {
          org: japanCenters,
          role: { ja: "訪日研修の実施", en: "Runs the training visits to Japan" },
        },
      ],
      locations: [],
      progress: [
        {
          text: {
            ja: "毎年約300名のロシア企業経営者に訪日研修(「観光ビジネス」「カイゼン」「医療近代化」「都市インフラ」「IT」等)を実施。",
            en: "Every year, training visits to Japan (on “tourism business”, “kaizen”, “modernisation of healthcare”, “urban infrastructure”, “IT”, etc.) are provided to about 300 Russian business executives.",
          },
        },
      ],
      milestones: [
        {
          title: {
            ja: "ロシア企業経営者の訪日研修（毎年実施）",
            en: "Training visits to Japan for Russian business executives (every year)",
          },
          status: "in_progress",
        },
      ],
      indicators: [
        {
          key: "japan-center-trainees-per-year",
          name: {
            ja: "訪日研修を受けたロシア企業経営者（毎年）",
            en: "Russian business executives on training visits to Japan (per year)",
          },
          measure: "count",
          unit: { ja: "名", en: "people" },
          direction: "increase",
          accumulation: "per_period",
          observations: [
            {
              value: "300",
              approximate: true,
              asOf: month(2021, 10),
              note: { ja: "毎年約300名", en: "About 300 every year" },
            },
          ],
        },
      ],
      captions: [{ ja: "日本センター訪日研修の様子", en: "A Japan Center training visit to Japan" }],
    },

    // ④ アムール州メタノールプロジェクト ----------------------------------------------
    {
      number: 4,
      title: { ja: "アムール州メタノールプロジェクト", en: "Amur Oblast methanol project" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        {
          org: marubeni,
          role: {
            ja: "メタノール供給契約、メタノール輸送船の共同検討",
            en: "Methanol supply contract; joint study of methanol carriers",
          },
        },
        {
          org: technoleasing,
          role: {
            ja: "メタノールの生産・供給契約",
            en: "Methanol production and supply contract",
          },
          label: { ja: "テクノリージング社", en: "Technoleasing" },
        },
        {
          org: mol,
          role: { ja: "メタノール輸送船の共同検討", en: "Joint study of methanol carriers" },
        },
        {
          org: minvr,
          role: { ja: "メタノール輸送船の共同検討", en: "Joint study of methanol carriers" },
        },
        {
          org: vebRf,
          role: { ja: "メタノール輸送船の共同検討", en: "Joint study of methanol carriers" },
        },
        {
          org: vtbBank,
          role: { ja: "メタノール輸送船の共同検討", en: "Joint study of methanol carriers" },
        },
        {
          org: esnGroup,
          role: { ja: "メタノール輸送船の共同検討", en: "Joint study of methanol carriers" },
        },
      ],
      locations: [amurOblast, skovorodino],
      progress: [
        {
          text: {
            ja: "2020年7月、丸紅とテクノリージング社が、アムール州スコボロジノ市で生産予定のメタノールの供給に関する契約に署名。",
            en: "In July 2020, Marubeni and Technoleasing signed a contract for the supply of methanol to be produced in Skovorodino, Amur Oblast.",
          },
          date: month(2020, 7),
        },
        {
          text: {
            ja: "2021年9月、丸紅、商船三井は、露極東・北極圏発展省、ロシア開発対外経済銀行、対外貿易銀行及びESNと、環境負荷の低いメタノールと低硫黄重油の2元燃料に対応可能なメタノール輸送船の建造・運航・活用の共同検討に関する覚書を締結。",
            en: "In September 2021, Marubeni and Mitsui O.S.K. Lines concluded a memorandum with the Ministry for the Development of the Russian Far East and Arctic, VEB.RF, VTB Bank and ESN on jointly studying the construction, operation and use of methanol carriers able to run on two fuels: low-environmental-impact methanol and low-sulphur heavy fuel oil.",
          },
          date: month(2021, 9),
        },
      ],
      milestones: [
        {
          title: {
            ja: "メタノールの供給に関する契約に署名（丸紅・テクノリージング社）",
            en: "Methanol supply contract signed (Marubeni and Technoleasing)",
          },
          status: "completed",
          actual: month(2020, 7),
        },
        {
          title: {
            ja: "アムール州スコボロジノ市でのメタノール生産",
            en: "Methanol production in Skovorodino, Amur Oblast",
          },
          status: "planned",
        },
        {
          title: {
            ja: "2元燃料メタノール輸送船の建造・運航・活用の共同検討に関する覚書を締結",
            en: "Memorandum on jointly studying the construction, operation and use of dual-fuel methanol carriers concluded",
          },
          status: "completed",
          actual: month(2021, 9),
        },
      ],
      indicators: [],
      captions: [],
    },
  ],
};
