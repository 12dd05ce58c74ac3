// Area 3 of the October 2021 progress report: 日露中小企業の交流と協力の抜本的拡大.
// Source: db/seed/source/cooperation-plan-2021-10.txt (概要 page and the area-3 進捗 pages).
//
// OCR: (none found in area 3; 「縁日ENNICH」 is kept as written although the romanisation may be cut short)
import { fiscalYear, month, year } from "@/lib/domain/partial-date";
import type { SeedArea, SeedLocation } from "../types";
import { japanCenters, moscow, saintPetersburg, vladivostok, yakutsk, tokyo } from "./shared";

// ---------------------------------------------------------------------------
// Locations
// ---------------------------------------------------------------------------
const primorskyKrai: SeedLocation = {
  key: "primorsky-krai",
  name: { ja: "沿海地方", en: "Primorsky Krai" },
  kind: "region",
  lat: 45.0525,
  lon: 135.0,
};

// ---------------------------------------------------------------------------
// Area 3
// ---------------------------------------------------------------------------
export const area3: SeedArea = {
  number: 3,
  title: {
    ja: "日露中小企業の交流と協力の抜本的拡大",
    en: "Fundamental expansion of exchange and cooperation between Japanese and Russian small and medium-sized enterprises",
  },
  overview: [
    {
      text: {
        ja: "日露中堅・中小企業のオンラインによるビジネスマッチング",
        en: "Online business matching between Japanese and Russian mid-sized and small and medium-sized enterprises",
      },
    },
    {
      text: {
        ja: "食の展開、日露間でのフォーラム・見本市開催 等",
        en: "Expansion of Japanese food businesses, holding Japan–Russia forums and trade fairs, etc.",
      },
    },
  ],
  items: [
    // ① 中小企業の交流 ----------------------------------------------------------
    {
      number: 1,
      title: { ja: "中小企業の交流", en: "Exchange between small and medium-sized enterprises" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        {
          org: japanCenters,
          role: { ja: "企業支援・ビジネスマッチング", en: "Business support and business matching" },
        },
      ],
      locations: [primorskyKrai, moscow],
      progress: [
        {
          text: {
            ja: "2017年以降、2019年まで3年連続でイノプロムにジャパン・パビリオンを出展。(2020年はコロナ禍のため中止。)",
            en: "From 2017 through 2019, a Japan Pavilion was exhibited at INNOPROM for three consecutive years. (Cancelled in 2020 because of the COVID-19 pandemic.)",
          },
          date: year(2017),
        },
        {
          text: {
            ja: "2021年7月、日本企業25社(在日本企業12社、在ロシア日系企業13社)が参加し、広報出展を実施。",
            en: "In July 2021, a promotional exhibit was held with the participation of 25 Japanese companies (12 companies based in Japan and 13 Japanese-affiliated companies based in Russia).",
          },
          date: month(2021, 7),
        },
        {
          text: {
            ja: "2020年12月、「第8回中小企業協力に関する日露会合」に併せて「日露中堅中小企業交流・商談会」を開催。日露の中小企業等(日本側18社、露側17社)により39件の商談をオンライン形式で実施。",
            en: "In December 2020, the “Japan–Russia Mid-sized and SME Exchange and Business Meeting” was held alongside the “8th Japan–Russia Meeting on SME Cooperation”. Japanese and Russian SMEs and others (18 companies on the Japanese side, 17 on the Russian side) held 39 business meetings online.",
          },
          date: month(2020, 12),
        },
        {
          text: {
            ja: "ロシア国内6カ所の日本センターが企業支援やビジネスマッチングを実施(2019年度564件、2020年度153件)、「日本-沿海地方農業円卓会議」(2021年2月、5月、8月)等をオンライン形式で開催。",
            en: "The Japan Centers at 6 locations in Russia provided business support and business matching (564 cases in FY2019, 153 cases in FY2020) and held the “Japan–Primorsky Krai Agricultural Round Table” (February, May and August 2021) and other events online.",
          },
          date: fiscalYear(2019),
        },
      ],
      milestones: [
        {
          title: { ja: "イノプロムにジャパン・パビリオン出展（2017年）", en: "Japan Pavilion at INNOPROM (2017)" },
          status: "completed",
          actual: year(2017),
        },
        {
          title: { ja: "イノプロムにジャパン・パビリオン出展（2018年）", en: "Japan Pavilion at INNOPROM (2018)" },
          status: "completed",
          actual: year(2018),
        },
        {
          title: { ja: "イノプロムにジャパン・パビリオン出展（2019年）", en: "Japan Pavilion at INNOPROM (2019)" },
          status: "completed",
          actual: year(2019),
        },
        {
          title: {
            ja: "イノプロムへのジャパン・パビリオン出展（2020年、コロナ禍のため中止）",
            en: "Japan Pavilion at INNOPROM (2020, cancelled because of COVID-19)",
          },
          status: "cancelled",
          planned: year(2020),
        },
        {
          title: { ja: "日本企業25社による広報出展", en: "Promotional exhibit by 25 Japanese companies" },
          status: "completed",
          actual: month(2021, 7),
        },
        {
          title: { ja: "第8回中小企業協力に関する日露会合", en: "8th Japan–Russia Meeting on SME Cooperation" },
          status: "completed",
          actual: month(2020, 12),
        },
        {
          title: {
            ja: "日露中堅中小企業交流・商談会（オンライン、39件の商談）",
            en: "Japan–Russia Mid-sized and SME Exchange and Business Meeting (online, 39 business meetings)",
          },
          status: "completed",
          actual: month(2020, 12),
        },
        {
          title: {
            ja: "日本-沿海地方農業円卓会議（2021年2月）",
            en: "Japan–Primorsky Krai Agricultural Round Table (February 2021)",
          },
          status: "completed",
          actual: month(2021, 2),
        },
        {
          title: {
            ja: "日本-沿海地方農業円卓会議（2021年5月）",
            en: "Japan–Primorsky Krai Agricultural Round Table (May 2021)",
          },
          status: "completed",
          actual: month(2021, 5),
        },
        {
          title: {
            ja: "日本-沿海地方農業円卓会議（2021年8月）",
            en: "Japan–Primorsky Krai Agricultural Round Table (August 2021)",
          },
          status: "completed",
          actual: month(2021, 8),
        },
      ],
      indicators: [
        {
          key: "innoprom-japan-pavilion-consecutive-years",
          name: {
            ja: "イノプロムへのジャパン・パビリオン連続出展",
            en: "Consecutive years of the Japan Pavilion at INNOPROM",
          },
          measure: "count",
          unit: { ja: "年", en: "years" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "3", period: { start: year(2017), end: year(2019) } }],
        },
        {
          key: "promotional-exhibit-japanese-companies",
          name: { ja: "広報出展に参加した日本企業", en: "Japanese companies taking part in the promotional exhibit" },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "per_period",
          observations: [
            { value: "25", period: { start: month(2021, 7), end: month(2021, 7) } },
            {
              value: "12",
              period: { start: month(2021, 7), end: month(2021, 7) },
              breakdown: { ja: "在日本企業", en: "Companies based in Japan" },
            },
            {
              value: "13",
              period: { start: month(2021, 7), end: month(2021, 7) },
              breakdown: { ja: "在ロシア日系企業", en: "Japanese-affiliated companies based in Russia" },
            },
          ],
        },
        {
          key: "sme-cooperation-meetings",
          name: { ja: "中小企業協力に関する日露会合の開催回数", en: "Japan–Russia Meetings on SME Cooperation held" },
          measure: "count",
          unit: { ja: "回", en: "meetings" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [
            {
              value: "8",
              asOf: month(2020, 12),
              note: { ja: "「第8回」会合が2020年12月に開催", en: "The “8th” meeting was held in December 2020" },
            },
          ],
        },
        {
          key: "business-meeting-participating-companies",
          name: {
            ja: "日露中堅中小企業交流・商談会に参加した中小企業等",
            en: "SMEs and others taking part in the Japan–Russia Mid-sized and SME Exchange and Business Meeting",
          },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "per_period",
          observations: [
            {
              value: "18",
              period: { start: month(2020, 12), end: month(2020, 12) },
              breakdown: { ja: "日本側", en: "Japanese side" },
            },
            {
              value: "17",
              period: { start: month(2020, 12), end: month(2020, 12) },
              breakdown: { ja: "露側", en: "Russian side" },
            },
          ],
        },
        {
          key: "online-business-meetings",
          name: { ja: "オンライン形式で実施した商談", en: "Business meetings held online" },
          measure: "count",
          unit: { ja: "件", en: "meetings" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "39", period: { start: month(2020, 12), end: month(2020, 12) } }],
        },
        {
          key: "japan-center-locations",
          name: { ja: "ロシア国内の日本センター", en: "Japan Centers in Russia" },
          measure: "count",
          unit: { ja: "カ所", en: "locations" },
          direction: "increase",
          accumulation: "level",
          observations: [
            {
              value: "6",
              asOf: month(2021, 10),
            },
          ],
        },
        {
          key: "japan-center-business-support-cases",
          name: {
            ja: "日本センターによる企業支援・ビジネスマッチング",
            en: "Business support and business matching cases by the Japan Centers",
          },
          measure: "count",
          unit: { ja: "件", en: "cases" },
          direction: "increase",
          accumulation: "per_period",
          observations: [
            { value: "564", period: { start: fiscalYear(2019), end: fiscalYear(2019) } },
            { value: "153", period: { start: fiscalYear(2020), end: fiscalYear(2020) } },
          ],
        },
      ],
      captions: [
        { ja: "イノプロムでの商談の様子", en: "Business talks at INNOPROM" },
        { ja: "ジャパンパビリオンの様子", en: "The Japan Pavilion" },
        { ja: "オンラインによる会合の様子", en: "The online meeting" },
        { ja: "モスクワ日本センター", en: "The Japan Center in Moscow" },
        { ja: "ビジネス交流会の様子", en: "A business networking event" },
      ],
    },

    // ② 食の展開 ----------------------------------------------------------------
    {
      number: 2,
      title: { ja: "食の展開", en: "Expansion of Japanese food businesses" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [],
      locations: [vladivostok, yakutsk, moscow, saintPetersburg],
      progress: [
        {
          text: {
            ja: "2017年に「炭火居酒屋 炎」(ウラジオストク)、「麺や琥張玖」(同)、2018年に「麺屋政宗」(ヤクーツク)、2019年に「そな田」(創作日本料理、モスクワ)、2020年に「ラウンドワン」(レジャー施設内フードコート、モスクワ)、2021年に「バトラー・ザ・ジャパニーズ・カクテルバー」(モスクワ)及び「縁日ENNICH」(鯛焼き、たこ焼き等、サンクトペテルブルク)を出店。",
            en: "Openings: in 2017 “Sumibi Izakaya En” (charcoal-grill izakaya, Vladivostok) and “Menya Kohaku” (also Vladivostok); in 2018 “Menya Masamune” (Yakutsk); in 2019 “Sonata” (そな田; creative Japanese cuisine, Moscow); in 2020 “Round One” (a food court inside a leisure facility, Moscow); in 2021 “Butler the Japanese Cocktail Bar” (Moscow) and “Ennichi ENNICH” (taiyaki, takoyaki, etc., Saint Petersburg).",
          },
          date: year(2017),
        },
        {
          text: {
            ja: "2017年に外食産業投資ミッション団(7社)、2018年にマッチングツアーグループ(7社)がモスクワ、サンクトペテルブルクを訪問。",
            en: "A food-service industry investment mission (7 companies) in 2017 and a matching tour group (7 companies) in 2018 visited Moscow and Saint Petersburg.",
          },
          date: year(2017),
        },
      ],
      milestones: [
        {
          title: {
            ja: "「炭火居酒屋 炎」出店（ウラジオストク）",
            en: "“Sumibi Izakaya En” opened (Vladivostok)",
          },
          status: "completed",
          actual: year(2017),
        },
        {
          title: { ja: "「麺や琥張玖」出店（ウラジオストク）", en: "“Menya Kohaku” opened (Vladivostok)" },
          status: "completed",
          actual: year(2017),
        },
        {
          title: { ja: "「麺屋政宗」出店（ヤクーツク）", en: "“Menya Masamune” opened (Yakutsk)" },
          status: "completed",
          actual: year(2018),
        },
        {
          title: {
            ja: "「そな田」出店（創作日本料理、モスクワ）",
            en: "“Sonata” (そな田) opened (creative Japanese cuisine, Moscow)",
          },
          status: "completed",
          actual: year(2019),
        },
        {
          title: {
            ja: "「ラウンドワン」出店（レジャー施設内フードコート、モスクワ）",
            en: "“Round One” opened (food court inside a leisure facility, Moscow)",
          },
          status: "completed",
          actual: year(2020),
        },
        {
          title: {
            ja: "「バトラー・ザ・ジャパニーズ・カクテルバー」出店（モスクワ）",
            en: "“Butler the Japanese Cocktail Bar” opened (Moscow)",
          },
          status: "completed",
          actual: year(2021),
        },
        {
          title: {
            ja: "「縁日ENNICH」出店（鯛焼き、たこ焼き等、サンクトペテルブルク）",
            en: "“Ennichi ENNICH” opened (taiyaki, takoyaki, etc., Saint Petersburg)",
          },
          status: "completed",
          actual: year(2021),
        },
        {
          title: {
            ja: "外食産業投資ミッション団（7社）がモスクワ、サンクトペテルブルクを訪問",
            en: "Food-service industry investment mission (7 companies) visits Moscow and Saint Petersburg",
          },
          status: "completed",
          actual: year(2017),
        },
        {
          title: {
            ja: "マッチングツアーグループ（7社）がモスクワ、サンクトペテルブルクを訪問",
            en: "Matching tour group (7 companies) visits Moscow and Saint Petersburg",
          },
          status: "completed",
          actual: year(2018),
        },
      ],
      indicators: [
        {
          key: "investment-mission-companies",
          name: {
            ja: "外食産業投資ミッション団の参加企業",
            en: "Companies in the food-service industry investment mission",
          },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "7", period: { start: year(2017), end: year(2017) } }],
        },
        {
          key: "matching-tour-companies",
          name: { ja: "マッチングツアーグループの参加企業", en: "Companies in the matching tour group" },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "7", period: { start: year(2018), end: year(2018) } }],
        },
      ],
      captions: [
        { ja: "「ラウンドワン」店外", en: "Outside “Round One”" },
        { ja: "「ラウンドワン」フードコート", en: "The “Round One” food court" },
        {
          ja: "「バトラー・ザ・ジャパニーズ・カクテルバー」店内",
          en: "Inside “Butler the Japanese Cocktail Bar”",
        },
        { ja: "「縁日」店内", en: "Inside “Ennichi”" },
      ],
    },

    // ③ オンラインによるフォーラム・見本市 ------------------------------------------
    {
      number: 3,
      title: { ja: "オンラインによるフォーラム・見本市", en: "Online forums and trade fairs" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [],
      locations: [tokyo],
      progress: [
        {
          text: {
            ja: "新型コロナウイルス感染症下においても、オンラインによるフォーラム・見本市に日露企業が参加。",
            en: "Even during the COVID-19 pandemic, Japanese and Russian companies took part in online forums and trade fairs.",
          },
        },
        {
          text: {
            ja: "2020年10月、CEATEC 2020 ONLINEにおいてロシア企業4社が出展。",
            en: "In October 2020, 4 Russian companies exhibited at CEATEC 2020 ONLINE.",
          },
          date: month(2020, 10),
        },
        {
          text: {
            ja: "2020年10月、ロシア最大の美容展示会「インターチャーム」においてバーチャル・ジャパンブースを出展。日系企業25社が参加。",
            en: "In October 2020, a virtual Japan booth was exhibited at “InterCHARM”, Russia's largest beauty exhibition. 25 Japanese companies took part.",
          },
          date: month(2020, 10),
        },
        {
          text: {
            ja: "2020年11月、東京国際映画祭に併設されているアジアを代表するコンテンツマーケット「TIFFCOM2020」に初となるロシアパビリオンが開催。",
            en: "In November 2020, the first-ever Russia Pavilion was held at “TIFFCOM2020”, Asia's leading content market held alongside the Tokyo International Film Festival.",
          },
          date: month(2020, 11),
        },
        {
          text: {
            ja: "2021年1月に「税関セミナー」、4月に「著作権セミナー」を開催。",
            en: "A “Customs Seminar” was held in January 2021 and a “Copyright Seminar” in April 2021.",
          },
          date: month(2021, 1),
        },
      ],
      milestones: [
        {
          title: {
            ja: "CEATEC 2020 ONLINEにロシア企業4社が出展",
            en: "4 Russian companies exhibit at CEATEC 2020 ONLINE",
          },
          status: "completed",
          actual: month(2020, 10),
        },
        {
          title: {
            ja: "「インターチャーム」にバーチャル・ジャパンブース出展",
            en: "Virtual Japan booth at “InterCHARM”",
          },
          status: "completed",
          actual: month(2020, 10),
        },
        {
          title: {
            ja: "「TIFFCOM2020」に初のロシアパビリオン",
            en: "First Russia Pavilion at “TIFFCOM2020”",
          },
          status: "completed",
          actual: month(2020, 11),
        },
        {
          title: { ja: "「税関セミナー」開催", en: "“Customs Seminar” held" },
          status: "completed",
          actual: month(2021, 1),
        },
        {
          title: { ja: "「著作権セミナー」開催", en: "“Copyright Seminar” held" },
          status: "completed",
          actual: month(2021, 4),
        },
      ],
      indicators: [
        {
          key: "ceatec-russian-exhibitors",
          name: {
            ja: "CEATEC 2020 ONLINEに出展したロシア企業",
            en: "Russian companies exhibiting at CEATEC 2020 ONLINE",
          },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "4", period: { start: month(2020, 10), end: month(2020, 10) } }],
        },
        {
          key: "intercharm-japanese-companies",
          name: {
            ja: "「インターチャーム」のバーチャル・ジャパンブースに参加した日系企業",
            en: "Japanese companies taking part in the virtual Japan booth at “InterCHARM”",
          },
          measure: "count",
          unit: { ja: "社", en: "companies" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "25", period: { start: month(2020, 10), end: month(2020, 10) } }],
        },
      ],
      captions: [
        {
          ja: "「インターチャーム」において、バーチャル・ジャパンブースを出展",
          en: "The virtual Japan booth exhibited at “InterCHARM”",
        },
      ],
    },
  ],
};
