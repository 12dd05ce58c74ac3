// Area 1 of the October 2021 report (令和3年10月): 医療水準を高め、ロシア国民の健康寿命の伸長に役立つ協力.
// Source: db/seed/source/cooperation-plan-2021-10.txt (概要 page, lines 5–10; 進捗 pages, lines 85–173).
//
// OCR: リヤサン → リャザン (概要, がん分野 bullet)
// OCR: ピラゴフ → ピロゴフ (②内視鏡分野 heading, 「ピロゴフ名称ロシア国立医学研究大学」;
//      the standard transliteration of Pirogov; some partner pages write 「ピラゴフ名称…」)
// OCR: ピラゴ夫 → ピロゴフ (②内視鏡分野, bullet 1 「ピロゴフ大学」)
// OCR: プロヒン → ブロヒン (②内視鏡分野 heading, 「ブロヒン記念がん研究所」: N. N. Blokhin cancer centre; プ/ブ confusion)
// OCR: 富士フィルム → 富士フイルム (⑨ヘルスケア分野の協業, bullet 1)
// (Formatting, not OCR: the doubled bullet marks 「- ・」 are dropped.)
import { fiscalYear, month, withinYear, year } from "@/lib/domain/partial-date";
import type { SeedArea, SeedLocation, SeedOrganization, Text } from "../types";
import {
  marubeni,
  rPharm,
  russianRailways,
  hokutoRehabilitationCenter,
  evotechMiraiGenomics,
  moscow,
  khabarovsk,
  vladivostok,
} from "./shared";

const t = (ja: string, en: string): Text => ({ ja, en });

// 「2021年10月現在」 stands at the top of this area's 進捗 page: undated running totals are as of then.
const AS_OF = month(2021, 10);

// ---------------------------------------------------------------------------
// Organisations
// ---------------------------------------------------------------------------

// Those shared with other areas are declared once in shared.ts.

// This area only.
const ncchd: SeedOrganization = {
  key: "national-center-for-child-health-and-development",
  name: t("国立成育医療研究センター", "National Center for Child Health and Development"),
  side: "jp",
  kind: "medical",
};
const rogachevCenter: SeedOrganization = {
  key: "dmitry-rogachev-national-medical-research-center-of-pediatric-hematology-oncology-and-immunology",
  name: t(
    "ロガチョフ名称ロシア連邦小児血液学・腫瘍学・免疫学センター",
    "Dmitry Rogachev National Medical Research Center of Pediatric Hematology, Oncology and Immunology",
  ),
  side: "ru",
  kind: "medical",
};
const oitaUniversity: SeedOrganization = {
  key: "oita-university",
  name: t("大分大学", "Oita University"),
  side: "jp",
  kind: "university",
};
const olympus: SeedOrganization = { key: "olympus", name: t("オリンパス", "Olympus"), side: "jp", kind: "company" };
const pirogovUniversity: SeedOrganization = {
  key: "pirogov-russian-national-research-medical-university",
  name: t("ピロゴフ名称ロシア国立医学研究大学", "Pirogov Russian National Research Medical University"),
  side: "ru",
  kind: "university",
};
const herzenInstitute: SeedOrganization = {
  key: "herzen-moscow-oncology-research-institute",
  name: t("ゲルツェン記念がん研究所", "P. A. Herzen Moscow Oncology Research Institute"),
  side: "ru",
  kind: "medical",
};
const blokhinCenter: SeedOrganization = {
  key: "blokhin-national-medical-research-center-of-oncology",
  name: t("ブロヒン記念がん研究所", "N. N. Blokhin National Medical Research Center of Oncology"),
  side: "ru",
  kind: "medical",
};
const shigaUniversityOfMedicalScience: SeedOrganization = {
  key: "shiga-university-of-medical-science",
  name: t("滋賀医科大学", "Shiga University of Medical Science"),
  side: "jp",
  kind: "university",
};
const aichiHealthPromotionFoundation: SeedOrganization = {
  key: "aichi-health-promotion-foundation",
  name: t("愛知県健康づくり振興事業団", "Aichi Health Promotion Foundation"),
  side: "jp",
  kind: "association",
};
const ncvc: SeedOrganization = {
  key: "national-cerebral-and-cardiovascular-center",
  name: t("国立循環器病研究センター", "National Cerebral and Cardiovascular Center"),
  side: "jp",
  kind: "medical",
};
const preventiveMedicineCenter: SeedOrganization = {
  key: "national-medical-research-center-for-therapy-and-preventive-medicine",
  name: t("ロシア国立予防医療科学研究センター", "National Medical Research Center for Therapy and Preventive Medicine"),
  side: "ru",
  kind: "medical",
};
const ncgg: SeedOrganization = {
  key: "national-center-for-geriatrics-and-gerontology",
  name: t("国立長寿医療研究センター", "National Center for Geriatrics and Gerontology"),
  side: "jp",
  kind: "medical",
};
const gerontologyCenter: SeedOrganization = {
  key: "russian-clinical-and-research-center-of-gerontology",
  name: t("ロシア高齢者科学クリニックセンター", "Russian Clinical and Research Center of Gerontology"),
  side: "ru",
  kind: "medical",
};
const tesshokai: SeedOrganization = {
  key: "tesshokai-medical-corporation",
  name: t("医療法人鉄蕉会", "Tesshokai Medical Corporation"),
  side: "jp",
  kind: "medical",
};
const khabarovskRailwayHospital: SeedOrganization = {
  key: "khabarovsk-railway-hospital",
  name: t("ハバロフスク鉄道病院", "Khabarovsk Railway Hospital"),
  side: "ru",
  kind: "medical",
};
const jgcHokutoHealthcareService: SeedOrganization = {
  key: "jgc-hokuto-healthcare-service",
  name: t("JGC Hokuto Healthcare Service", "JGC Hokuto Healthcare Service"),
  // The venture of 日揮 (JGC) and 社会医療法人北斗, the only parties 6-⑦ names 「(日揮、社会医療法人北斗)」:
  // both Japanese, so it is on the Japanese side (joint means Japanese and Russian partners).
  side: "jp",
  kind: "company",
};
const riken: SeedOrganization = { key: "riken", name: t("理化学研究所", "RIKEN"), side: "jp", kind: "research" };
const dnaform: SeedOrganization = { key: "dnaform", name: t("ダナフォーム", "DNAFORM"), side: "jp", kind: "company" };
const eidos: SeedOrganization = { key: "eidos", name: t("EIDOS", "EIDOS"), side: "ru", kind: "company" };
const otsukaPharmaceutical: SeedOrganization = {
  key: "otsuka-pharmaceutical",
  name: t("大塚製薬", "Otsuka Pharmaceutical"),
  side: "jp",
  kind: "company",
};
const takedaPharmaceutical: SeedOrganization = {
  key: "takeda-pharmaceutical",
  name: t("武田薬品工業", "Takeda Pharmaceutical"),
  side: "jp",
  kind: "company",
};
const fujifilm: SeedOrganization = {
  key: "fujifilm",
  name: t("富士フイルム", "FUJIFILM"),
  side: "jp",
  kind: "company",
};
const canonMedicalSystems: SeedOrganization = {
  key: "canon-medical-systems",
  name: t("キヤノンメディカルシステムズ", "Canon Medical Systems"),
  side: "jp",
  kind: "company",
};
const astec: SeedOrganization = { key: "astec", name: t("アステック", "Astec"), side: "jp", kind: "company" };

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------

// Canonical (those shared with other areas are declared once in shared.ts).
const ryazan: SeedLocation = { key: "ryazan", name: t("リャザン", "Ryazan"), kind: "city", lat: 54.6269, lon: 39.6916 };
const yaroslavl: SeedLocation = {
  key: "yaroslavl",
  name: t("ヤロスラヴリ", "Yaroslavl"),
  kind: "city",
  lat: 57.6261,
  lon: 39.8845,
};

// This area only.
const yaroslavlOblast: SeedLocation = {
  key: "yaroslavl-oblast",
  name: t("ヤロスラヴリ州", "Yaroslavl Oblast"),
  kind: "region",
  lat: 57.83,
  lon: 39.0,
};

// ---------------------------------------------------------------------------
// Area 1
// ---------------------------------------------------------------------------

export const area1: SeedArea = {
  number: 1,
  title: t(
    "医療水準を高め、ロシア国民の健康寿命の伸長に役立つ協力",
    "Cooperation in healthcare that raises medical standards and helps extend the healthy life expectancy of the Russian people",
  ),
  overview: [
    {
      text: t(
        "日露予防医療センターの建設(ハバロフスク)",
        "Construction of the Japan–Russia Preventive Medicine Center (Khabarovsk)",
      ),
    },
    {
      text: t(
        "がん分野(小児・消化器)における技術支援(モスクワ、リャザン)",
        "Technical support in oncology (paediatric and gastrointestinal) (Moscow, Ryazan)",
      ),
    },
    {
      text: t(
        "肥満予防医療プログラムの展開(モスクワ他5地域)",
        "Rollout of an obesity-prevention medical programme (Moscow and 5 other regions)",
      ),
    },
    { text: t("COVID-19の迅速検査キットの協力 等", "Cooperation on COVID-19 rapid test kits, etc.") },
  ],
  items: [
    // ①
    {
      number: 1,
      title: t("小児科分野", "Paediatrics"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: ncchd, role: t("遠隔診断指導", "Provides remote diagnostic guidance") },
        {
          org: rogachevCenter,
          role: t("診断指導を受けるロシア側医療機関", "Russian partner receiving diagnostic guidance"),
        },
      ],
      // The item names no place; the 概要 page puts the pediatric/gastrointestinal cancer support in Moscow and Ryazan,
      // and the Rogachev center is in Moscow.
      locations: [moscow],
      progress: [
        {
          text: t(
            "診断困難症例について、遠隔にて、ロシア医師に対し診断指導を実施（計33回）。",
            "Provided remote diagnostic guidance to Russian doctors on hard-to-diagnose cases (33 sessions in total).",
          ),
        },
      ],
      milestones: [
        {
          title: t(
            "ロシア医師への遠隔診断指導（計33回）",
            "Remote diagnostic guidance for Russian doctors (33 sessions in total)",
          ),
          status: "in_progress",
        },
      ],
      indicators: [
        {
          key: "remote-diagnostic-guidance-sessions",
          name: t("遠隔診断指導の実施回数", "Remote diagnostic guidance sessions held"),
          measure: "count",
          unit: t("回", "sessions"),
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "33", asOf: AS_OF }],
        },
      ],
      captions: [t("遠隔コンサルテーションの様子", "A remote consultation")],
    },

    // ②
    {
      number: 2,
      title: t("内視鏡分野", "Endoscopy"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        {
          org: oitaUniversity,
          label: t("大分大学等のコンソーシアム", "Consortium of Oita University and others"),
          role: t("実地トレーニングの実施", "Provides hands-on training"),
        },
        { org: olympus, label: t("オリンパス社", "Olympus") },
        { org: pirogovUniversity, role: t("実地トレーニング実施先", "Host of the hands-on training") },
        {
          org: herzenInstitute,
          role: t("MOC締結先（ロシア2大がんセンター）", "MoC partner (one of Russia's two major cancer centres)"),
        },
        {
          org: blokhinCenter,
          role: t("MOC締結先（ロシア2大がんセンター）", "MoC partner (one of Russia's two major cancer centres)"),
        },
      ],
      organizationsEtc: true,
      // The item names no place beyond its Moscow institutions; Ryazan comes from the 概要 bullet
      // 「がん分野(小児・消化器)における技術支援(モスクワ、リャザン)」.
      locations: [moscow, ryazan],
      progress: [
        {
          text: t(
            "ピロゴフ大学での実地トレーニングを累計11回実施。",
            "Hands-on training at Pirogov University has been held 11 times in total.",
          ),
        },
        {
          text: t(
            "ロシア2大がんセンターとMOCを締結。大腸・胃がん分野の診断・治療技術向上に向けた研修を本格化。",
            "Concluded an MoC with Russia's two major cancer centres. Training to improve diagnosis and treatment techniques for colorectal and gastric cancer is now in full swing.",
          ),
        },
      ],
      milestones: [
        {
          title: t(
            "ピロゴフ大学での実地トレーニング（累計11回）",
            "Hands-on training at Pirogov University (11 sessions in total)",
          ),
          status: "in_progress",
        },
        {
          title: t("ロシア2大がんセンターとのMOC締結", "MoC concluded with Russia's two major cancer centres"),
          status: "completed",
        },
        {
          title: t(
            "大腸・胃がん分野の診断・治療技術向上に向けた研修の本格化",
            "Full-scale training in colorectal and gastric cancer diagnosis and treatment",
          ),
          status: "in_progress",
        },
      ],
      indicators: [
        {
          key: "hands-on-training-sessions",
          name: t("ピロゴフ大学での実地トレーニング実施回数", "Hands-on training sessions at Pirogov University"),
          measure: "count",
          unit: t("回", "sessions"),
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "11", asOf: AS_OF }],
        },
        {
          key: "moc-cancer-centers",
          name: t("MOCを締結したロシアのがんセンター", "Russian cancer centres with an MoC"),
          measure: "count",
          unit: t("センター", "centres"),
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "2", asOf: AS_OF }],
        },
      ],
      captions: [t("実地トレーニングの様子", "Hands-on training")],
    },

    // ③
    {
      number: 3,
      title: t("健康づくり、予防医療分野", "Health promotion and preventive medicine"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: shigaUniversityOfMedicalScience },
        { org: aichiHealthPromotionFoundation },
        { org: ncvc },
        { org: preventiveMedicineCenter },
      ],
      locations: [moscow],
      progress: [
        {
          text: t(
            "モスクワにて200名に「肥満予防医療プログラム」を実施。",
            "Delivered the “Obesity Prevention Medical Programme” to 200 people in Moscow.",
          ),
        },
        {
          text: t(
            "モスクワ以外の5地域に同プログラムを展開。",
            "Extended the same programme to 5 regions outside Moscow.",
          ),
        },
      ],
      milestones: [
        {
          title: t(
            "モスクワでの肥満予防医療プログラムの実施（200名）",
            "Obesity Prevention Medical Programme delivered in Moscow (200 people)",
          ),
          status: "completed",
        },
        {
          title: t("モスクワ以外の5地域への同プログラムの展開", "Programme extended to 5 regions outside Moscow"),
          status: "completed",
        },
      ],
      indicators: [
        {
          key: "moscow-program-participants",
          name: t(
            "モスクワでの肥満予防医療プログラム実施人数",
            "People in the Obesity Prevention Medical Programme in Moscow",
          ),
          measure: "count",
          unit: t("名", "people"),
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "200", asOf: AS_OF }],
        },
        {
          key: "regions-outside-moscow",
          name: t(
            "プログラムを展開したモスクワ以外の地域数",
            "Regions outside Moscow where the programme has been rolled out",
          ),
          measure: "count",
          unit: t("地域", "regions"),
          direction: "increase",
          accumulation: "level",
          observations: [{ value: "5", asOf: AS_OF }],
        },
      ],
      captions: [t("3ヶ月のプログラムを行った結果", "Results after the 3-month programme")],
    },

    // ④
    {
      number: 4,
      title: t("高齢者医療保健分野", "Geriatric medicine and healthcare"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [{ org: ncgg }, { org: gerontologyCenter }],
      locations: [moscow],
      progress: [
        {
          text: t(
            "モスクワ等で実施してきた市民向け普及啓発講座をロシア全土へ展開予定。",
            "Public awareness lectures for citizens, held so far in Moscow and elsewhere, are to be extended across all of Russia.",
          ),
        },
        {
          text: t(
            "コロナ禍における高齢者の健康保持に関するテキストブックを日露共同で製作。",
            "Japan and Russia jointly produced a textbook on keeping older people healthy during the COVID-19 pandemic.",
          ),
        },
      ],
      milestones: [
        {
          title: t(
            "モスクワ等での市民向け普及啓発講座の実施",
            "Public awareness lectures for citizens in Moscow and elsewhere",
          ),
          status: "in_progress",
        },
        {
          title: t(
            "市民向け普及啓発講座のロシア全土への展開",
            "Public awareness lectures extended across all of Russia",
          ),
          status: "planned",
        },
        {
          title: t(
            "コロナ禍における高齢者の健康保持に関するテキストブックの日露共同製作",
            "Joint Japan–Russia textbook on older people's health during COVID-19",
          ),
          status: "completed",
        },
      ],
      indicators: [],
      captions: [t("市民講座の様子", "A public lecture")],
    },

    // ⑤
    {
      number: 5,
      title: t("ロシア鉄道病院", "Russian Railways hospital"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: marubeni, label: t("丸紅株式会社", "Marubeni Corporation") },
        { org: tesshokai },
        { org: russianRailways },
        { org: khabarovskRailwayHospital, role: t("センター設置先", "Hospital housing the centre") },
      ],
      locations: [khabarovsk],
      progress: [
        {
          text: t(
            "ハバロフスクのロシア鉄道病院内に「日露予防医療診断センター」を建設。",
            "Building the “Japan–Russia Preventive Medical Diagnostic Center” inside the Russian Railways hospital in Khabarovsk.",
          ),
        },
      ],
      milestones: [
        {
          title: t(
            "「日露予防医療診断センター」の建設",
            "Construction of the Japan–Russia Preventive Medical Diagnostic Center",
          ),
          status: "in_progress",
        },
      ],
      indicators: [],
      captions: [t("センター完成イメージ", "Rendering of the completed centre")],
    },

    // ⑥
    {
      number: 6,
      title: t("リハビリテーション分野", "Rehabilitation"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: hokutoRehabilitationCenter },
        { org: jgcHokutoHealthcareService, role: t("合弁企業", "Joint venture") },
      ],
      locations: [vladivostok],
      progress: [
        {
          text: t(
            "2018年5月にウラジオストクで「北斗リハビリテーションセンター」を開院。市民に広く利用されている。（「6 極東」にも記載）",
            "The “Hokuto Rehabilitation Center” opened in Vladivostok in May 2018 and is widely used by local residents. (Also listed under “6 Far East”.)",
          ),
          date: month(2018, 5),
        },
      ],
      milestones: [
        {
          title: t(
            "ウラジオストクで「北斗リハビリテーションセンター」開院",
            "Hokuto Rehabilitation Center opens in Vladivostok",
          ),
          status: "completed",
          actual: month(2018, 5),
        },
      ],
      indicators: [],
      captions: [t("ウラジオストク北斗リハビリテーションセンター", "Hokuto Rehabilitation Center in Vladivostok")],
      sameAs: ["6-7"],
    },

    // ⑦
    {
      number: 7,
      title: t("感染症診断システム等の共同開発", "Joint development of infectious disease diagnostic systems and more"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: riken, role: t("MoC締結（共同研究）", "MoC party (joint research)") },
        {
          org: dnaform,
          label: t("ダナフォーム社", "DNAFORM"),
          role: t("MoC締結（共同研究）、検証・改良等", "MoC party (joint research); verification and improvement"),
        },
        {
          org: eidos,
          label: t("EIDOS社", "EIDOS"),
          role: t("MoC締結（共同研究）、検証・改良等", "MoC party (joint research); verification and improvement"),
        },
        {
          org: evotechMiraiGenomics,
          label: t("EMG社", "EMG"),
          role: t(
            "合弁企業（COVID-19迅速検査キットの製造・販売）",
            "Joint venture (manufactures and sells COVID-19 rapid test kits)",
          ),
        },
      ],
      locations: [],
      progress: [
        {
          text: t(
            "性感染症等の感染症診断システムの共同研究に係るMoCを締結（理化学研究所、ダナフォーム社、EIDOS社）。2018年度以降、両企業において検証・改良等を実施。",
            "Concluded an MoC on joint research into diagnostic systems for sexually transmitted and other infectious diseases (RIKEN, DNAFORM, EIDOS). Since FY2018 the two companies have been carrying out verification, improvement and other work.",
          ),
          date: fiscalYear(2018),
        },
        {
          text: t(
            "EMG社（両国企業の合弁企業）において、日本発のSmartAmp法を活用したCOVID-19の迅速検査キットを、ロシアで製造・販売。",
            "EMG (a joint venture of companies from both countries) manufactures and sells in Russia a COVID-19 rapid test kit using the SmartAmp method, a technology from Japan.",
          ),
        },
      ],
      milestones: [
        {
          title: t(
            "感染症診断システムの共同研究に係るMoC締結",
            "MoC on joint research into infectious disease diagnostic systems",
          ),
          status: "completed",
        },
        {
          // 「2018年度以降、…実施」: FY2018 is when the work began, not when it was done.
          title: t("両企業による検証・改良等を開始", "Verification and improvement by the two companies begin"),
          status: "completed",
          actual: fiscalYear(2018),
        },
        {
          title: t("両企業による検証・改良等", "Verification and improvement by the two companies"),
          status: "in_progress",
        },
        {
          title: t(
            "SmartAmp法によるCOVID-19迅速検査キットのロシアでの製造・販売",
            "Manufacture and sale in Russia of a SmartAmp COVID-19 rapid test kit",
          ),
          status: "in_progress",
        },
      ],
      indicators: [],
      captions: [],
    },

    // ⑧
    {
      number: 8,
      title: t("新薬製造・販売", "Manufacturing and sale of new drugs"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: otsukaPharmaceutical, role: t("ライセンス供与", "Licensor") },
        { org: rPharm, label: t("R-Pharm社", "R-Pharm"), role: t("ライセンス取得", "Licensee") },
        {
          org: takedaPharmaceutical,
          role: t("製造・販売（ヤロスラヴリ工場）", "Manufacturer and seller (Yaroslavl plant)"),
        },
      ],
      locations: [yaroslavlOblast, yaroslavl],
      progress: [
        {
          text: t(
            "2017年6月、大塚製薬とR-Pharm社で、新規抗結核薬「デラマニド」のロシア及びCIS諸国への販売に関するライセンス契約を締結。2020年5月、薬事承認を取得。2021年2月ロシア必須医薬品リストに掲載され、2021年内に販売開始予定。",
            "In June 2017, Otsuka Pharmaceutical and R-Pharm concluded a licence agreement for the sale of the new anti-tuberculosis drug delamanid in Russia and the CIS countries. Regulatory approval was obtained in May 2020. In February 2021 the drug was included in Russia's list of essential medicines, and sales are scheduled to start within 2021.",
          ),
          date: month(2017, 6),
        },
        {
          text: t(
            "武田薬品工業の多発性骨髄腫治療薬「ニンラーロ」について、2019年にヤロスラヴリ州の工場での製造承認、2020年には同剤の販売承認を取得。2021年4月に医薬品保険償還リストへの掲載が決定し、2022年1月から保険償還の対象になる予定。同じく2021年4月にヤロスラヴリ工場の完全製造ラインの稼働式典を開催。",
            "For Takeda Pharmaceutical's multiple myeloma drug Ninlaro, approval to manufacture it at the plant in Yaroslavl Oblast was obtained in 2019, and marketing approval for the drug in 2020. In April 2021 its inclusion in the list of medicines reimbursed by insurance was decided, and it is scheduled to be covered by insurance reimbursement from January 2022. Also in April 2021, a ceremony was held to mark the start of operation of the full production line at the Yaroslavl plant.",
          ),
          date: year(2019),
        },
      ],
      milestones: [
        {
          title: t("「デラマニド」のライセンス契約締結", "Licence agreement for delamanid"),
          status: "completed",
          actual: month(2017, 6),
        },
        {
          title: t("「デラマニド」の薬事承認取得", "Regulatory approval of delamanid"),
          status: "completed",
          actual: month(2020, 5),
        },
        {
          title: t(
            "「デラマニド」のロシア必須医薬品リスト掲載",
            "Delamanid included in Russia's list of essential medicines",
          ),
          status: "completed",
          actual: month(2021, 2),
        },
        {
          title: t("「デラマニド」の販売開始", "Sales of delamanid start"),
          status: "planned",
          planned: withinYear(2021),
        },
        {
          title: t(
            "「ニンラーロ」のヤロスラヴリ州の工場での製造承認",
            "Approval to manufacture Ninlaro at the Yaroslavl Oblast plant",
          ),
          status: "completed",
          actual: year(2019),
        },
        {
          title: t("「ニンラーロ」の販売承認取得", "Marketing approval of Ninlaro"),
          status: "completed",
          actual: year(2020),
        },
        {
          title: t(
            "「ニンラーロ」の医薬品保険償還リスト掲載決定",
            "Ninlaro's inclusion in the insurance reimbursement list decided",
          ),
          status: "completed",
          actual: month(2021, 4),
        },
        {
          title: t("「ニンラーロ」の保険償還開始", "Insurance reimbursement of Ninlaro begins"),
          status: "planned",
          planned: month(2022, 1),
        },
        {
          title: t(
            "ヤロスラヴリ工場の完全製造ラインの稼働式典",
            "Ceremony for the full production line at the Yaroslavl plant",
          ),
          status: "completed",
          actual: month(2021, 4),
        },
      ],
      indicators: [],
      captions: [t("武田薬品工業 ヤロスラヴリ工場", "Takeda Pharmaceutical's Yaroslavl plant")],
    },

    // ⑨
    {
      number: 9,
      title: t("ヘルスケア分野の協業", "Collaboration in healthcare"),
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        {
          org: fujifilm,
          role: t("販売契約（医療機材・サプリメント）", "Sales agreement (medical equipment and supplements)"),
        },
        {
          org: rPharm,
          label: t("R-Pharmグループ／R-Pharm社", "R-Pharm Group / R-Pharm"),
          role: t("販売契約・合弁・提携の相手", "Partner (sales agreement, joint venture, alliance)"),
        },
        {
          org: canonMedicalSystems,
          label: t("キヤノンメディカル", "Canon Medical"),
          role: t(
            "合弁会社設立に合意（機器販売・サービス保守）",
            "Agreed joint venture (equipment sales and service/maintenance)",
          ),
        },
        { org: astec, label: t("アステック社", "Astec"), role: t("提携", "Alliance partner") },
      ],
      locations: [],
      progress: [
        {
          text: t(
            "2018年5月、富士フイルムがR-Pharmグループと販売契約を締結。医療機材やサプリメントの販売を開始。",
            "In May 2018, FUJIFILM concluded a sales agreement with the R-Pharm Group and began selling medical equipment and supplements.",
          ),
          date: month(2018, 5),
        },
        {
          text: t(
            "2020年6月、キヤノンメディカルがR-Pharm社と機器販売・サービス保守事業の合弁会社設立に合意。",
            "In June 2020, Canon Medical agreed with R-Pharm to set up a joint venture for equipment sales and service and maintenance.",
          ),
          date: month(2020, 6),
        },
        {
          text: t(
            "2021年6月、胚細胞培養器を取り扱うアステック社もR-Pharm社と提携開始。",
            "In June 2021, Astec, which handles embryo cell culture incubators, also began an alliance with R-Pharm.",
          ),
          date: month(2021, 6),
        },
      ],
      milestones: [
        {
          title: t("富士フイルムとR-Pharmグループの販売契約締結", "FUJIFILM–R-Pharm Group sales agreement"),
          status: "completed",
          actual: month(2018, 5),
        },
        {
          title: t(
            "富士フイルムの医療機材・サプリメント販売開始",
            "FUJIFILM starts selling medical equipment and supplements",
          ),
          status: "completed",
        },
        {
          title: t("キヤノンメディカルとR-Pharm社の合弁会社設立合意", "Canon Medical–R-Pharm joint venture agreed"),
          status: "completed",
          actual: month(2020, 6),
        },
        {
          title: t("アステック社とR-Pharm社の提携開始", "Astec–R-Pharm alliance begins"),
          status: "completed",
          actual: month(2021, 6),
        },
      ],
      indicators: [],
      captions: [],
    },
  ],
};
