// Area 8: 両国間の多層での人的交流の飛躍的拡大 (October 2021 report).
// OCR: 「日露観光交流セミナー・商談会 → 「日露観光交流セミナー・商談会」 (8-③, missing closing bracket)
// Kept as written (not clearly OCR): 「武道、映画、コスプレ、カラオケ、映画まで」 (8-② J-FEST, 映画 twice),
// 「受賞式」 (8-③, usually written 授賞式), half-width brackets/colons/tildes of the 概要 page and the bullets.
import { day, fiscalYear, lateMonth, month, monthEnd, year } from "@/lib/domain/partial-date";
import type { SeedArea, SeedLocation, SeedOrganization } from "../types";
import { moscow, saintPetersburg, tokyo, sakhalinOblast } from "./shared";

// ---- Organisations -------------------------------------------------------
const japanRussiaUniversityAssociation: SeedOrganization = {
  key: "japan-russia-university-association",
  name: { ja: "日露大学協会", en: "Japan–Russia University Association" },
  side: "joint",
  kind: "association",
};
const hideXHide: SeedOrganization = {
  key: "hide-x-hide",
  name: { ja: "HIDE×HIDE", en: "HIDE×HIDE" },
  side: "jp",
  kind: "other",
};
const kodo: SeedOrganization = {
  key: "kodo",
  name: { ja: "鼓童", en: "Kodo" },
  side: "jp",
  kind: "other",
};
const japanTourismAgency: SeedOrganization = {
  key: "japan-tourism-agency",
  name: { ja: "観光庁", en: "Japan Tourism Agency" },
  side: "jp",
  kind: "government",
};
const jata: SeedOrganization = {
  key: "japan-association-of-travel-agents",
  name: { ja: "日本旅行業協会（JATA）", en: "Japan Association of Travel Agents (JATA)" },
  side: "jp",
  kind: "association",
};
const russianMinistryOfEconomicDevelopment: SeedOrganization = {
  key: "russian-ministry-of-economic-development",
  name: { ja: "露経済発展省", en: "Ministry of Economic Development of the Russian Federation" },
  side: "ru",
  kind: "government",
};

// ---- Locations -----------------------------------------------------------
const osaka: SeedLocation = {
  key: "osaka",
  name: { ja: "大阪市", en: "Osaka" },
  kind: "city",
  lat: 34.6937,
  lon: 135.5023,
};

const recentEvents1 = { ja: "【最近の主な行事①】", en: "[Recent major events ①]" };
const recentEvents2 = { ja: "【最近の主な行事②】", en: "[Recent major events ②]" };

export const area8: SeedArea = {
  number: 8,
  title: {
    ja: "両国間の多層での人的交流の飛躍的拡大",
    en: "Dramatic expansion of people-to-people exchange at many levels between the two countries",
  },
  overview: [
    { text: { ja: "大学間交流:", en: "Inter-university exchange:" } },
    {
      text: {
        ja: "大学の世界展開力強化事業(2014~2021年度累計12件13大学)",
        en: "Inter-University Exchange Project (FY2014–FY2021: a cumulative 12 projects, 13 universities)",
      },
      sub: true,
    },
    {
      text: {
        ja: "2014~2020年の間、累計で受入れ1,399人、派遣1,507人の学生交流を実施",
        en: "Between 2014 and 2020, student exchanges of a cumulative 1,399 incoming and 1,507 outgoing students",
      },
      sub: true,
    },
    {
      text: {
        ja: "地域間交流:2019年にモスクワで9年ぶりに日露知事会議を開催",
        en: "Interregional exchange: in 2019 the Japan–Russia Governors' Conference was held in Moscow for the first time in 9 years",
      },
    },
    {
      text: {
        ja: "日露地域交流年:2020~2021年開催",
        en: "Japan–Russia Year of Interregional Exchanges: held in 2020–2021",
      },
    },
    {
      text: {
        ja: "観光交流:日露交流人口合計少なくとも40万人(2023年)目標設定 等",
        en: "Tourism exchange: a target of at least 400,000 Japan–Russia visitor exchanges in total (2023) set, etc.",
      },
    },
  ],
  items: [
    // ---------------------------------------------------------------- ①
    {
      number: 1,
      title: { ja: "大学間交流", en: "Inter-university exchange" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [{ org: japanRussiaUniversityAssociation }],
      locations: [],
      progress: [
        {
          text: {
            ja: "日露大学間交流を推進するため、大学の世界展開力強化事業を実施（2014～2021年度：累計12件13大学）。2014年から2020年の間、累計で受け入れ1,399人、派遣1,507人の学生交流を実施。",
            en: "To promote Japan–Russia inter-university exchange, the Inter-University Exchange Project is being implemented (FY2014–FY2021: a cumulative 12 projects at 13 universities). Between 2014 and 2020, student exchanges of a cumulative 1,399 incoming and 1,507 outgoing students were carried out.",
          },
          date: fiscalYear(2014),
        },
        {
          text: {
            ja: "日露大学協会を中心とした大学間交流が進展。",
            en: "Inter-university exchange centred on the Japan–Russia University Association is progressing.",
          },
        },
        {
          text: {
            ja: "第3回総会開催（同時開催：日露学生フォーラム）<2021.9>",
            en: "3rd General Assembly held (held alongside: Japan–Russia Student Forum) <September 2021>",
          },
          date: month(2021, 9),
          sub: true,
        },
        {
          text: {
            ja: "日本留学促進のため、日本留学海外拠点連携推進事業によりロシアに拠点を設置し、活動中<2018.10～>",
            en: "To promote study in Japan, a hub has been set up in Russia under the Project for Establishing Overseas Networks for Promoting Study in Japan and is active <since October 2018>",
          },
          date: month(2018, 10),
        },
      ],
      milestones: [
        {
          // 「2014～2021年度」: begun in FY2014 and running until the end of FY2021.
          title: { ja: "大学の世界展開力強化事業を開始", en: "Inter-University Exchange Project begins" },
          status: "completed",
          actual: fiscalYear(2014),
        },
        {
          title: {
            ja: "大学の世界展開力強化事業の実施（2014～2021年度）",
            en: "Inter-University Exchange Project (FY2014–FY2021)",
          },
          status: "in_progress",
          planned: fiscalYear(2021),
        },
        {
          title: {
            ja: "日露大学協会 第3回総会（日露学生フォーラム同時開催）",
            en: "3rd General Assembly of the Japan–Russia University Association (with the Japan–Russia Student Forum)",
          },
          status: "completed",
          actual: month(2021, 9),
        },
        {
          title: { ja: "ロシアに日本留学海外拠点を設置", en: "Study-in-Japan overseas hub set up in Russia" },
          status: "completed",
          actual: month(2018, 10),
        },
        {
          // 「活動中<2018.10～>」: active since the hub was set up (the milestone above), still going on.
          title: { ja: "ロシアの日本留学海外拠点の活動", en: "Activities of the study-in-Japan hub in Russia" },
          status: "in_progress",
        },
      ],
      indicators: [
        {
          key: "inter-university-exchange-projects",
          name: { ja: "大学の世界展開力強化事業の件数", en: "Inter-University Exchange Project: projects" },
          measure: "count",
          unit: { ja: "件", en: "projects" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "12", period: { start: fiscalYear(2014), end: fiscalYear(2021) } }],
        },
        {
          key: "inter-university-exchange-universities",
          name: { ja: "大学の世界展開力強化事業の大学数", en: "Inter-University Exchange Project: universities" },
          measure: "count",
          unit: { ja: "大学", en: "universities" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "13", period: { start: fiscalYear(2014), end: fiscalYear(2021) } }],
        },
        {
          key: "student-exchange",
          name: { ja: "学生交流の人数", en: "Students exchanged" },
          measure: "count",
          unit: { ja: "人", en: "students" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [
            {
              value: "1399",
              period: { start: year(2014), end: year(2020) },
              breakdown: { ja: "受け入れ", en: "Incoming (received in Japan)" },
            },
            {
              value: "1507",
              period: { start: year(2014), end: year(2020) },
              breakdown: { ja: "派遣", en: "Outgoing (sent to Russia)" },
            },
          ],
        },
      ],
      captions: [
        {
          ja: "日露学生フォーラム（2018年5月）で議論を交わす様子",
          en: "Students in discussion at the Japan–Russia Student Forum (May 2018)",
        },
        {
          ja: "第1回日露大学協会総会での共同宣言の様子",
          en: "The joint declaration at the 1st General Assembly of the Japan–Russia University Association",
        },
      ],
    },
    // ---------------------------------------------------------------- ②
    {
      number: 2,
      title: { ja: "地域間交流", en: "Interregional exchange" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        { org: hideXHide, role: { ja: "公演", en: "Performer" } },
        { org: kodo, role: { ja: "公演", en: "Performer" } },
      ],
      locations: [moscow, osaka, saintPetersburg],
      progress: [
        {
          text: {
            ja: "2019年5月、モスクワにて9年ぶりに日露知事会議を開催。(日本側から8名の知事、ロシア側から19名の知事・首長が出席)",
            en: "In May 2019, the Japan–Russia Governors' Conference was held in Moscow for the first time in 9 years. (Attended by 8 governors from the Japanese side and 19 governors and heads of regions from the Russian side)",
          },
          date: month(2019, 5),
        },
        {
          text: {
            ja: "2019年9月、大阪市-サンクトペテルブルク市の交流に関し、市長を始めとする訪問団がサンクトペテルブルク市を訪問。",
            en: "In September 2019, in connection with the exchange between Osaka City and Saint Petersburg, a delegation led by the Mayor visited Saint Petersburg.",
          },
          date: month(2019, 9),
        },
        {
          text: {
            ja: "日露地域交流年(2020年～2021年)",
            en: "Japan–Russia Year of Interregional Exchanges (2020–2021)",
          },
          date: year(2020),
        },
        {
          text: {
            ja: "2019年6月29日、日露首脳から、2020年～2021年に日露地域交流年を開催することを発表。",
            en: "On 29 June 2019, the leaders of Japan and Russia announced that the Japan–Russia Year of Interregional Exchanges would be held in 2020–2021.",
          },
          date: day(2019, 6, 29),
          sub: true,
        },
        {
          text: {
            ja: "2021年9月時点で、日本側による事業登録件数は343件、実施件数は289件、延べ48万人が参加(オンライン事業や動画配信事業の視聴者数を含む)。",
            en: "As of September 2021, 343 events had been registered and 289 held by the Japanese side, with a total of 480,000 participants (including viewers of online events and video streaming).",
          },
          date: month(2021, 9),
          sub: true,
        },
        {
          text: {
            ja: "ロシア5都市での邦楽デュオ「HIDE×HIDE」による邦楽公演(2020.2.29～3.10)(約2,300人参加)",
            en: "Concerts of Japanese traditional music by the hogaku duo HIDE×HIDE in 5 Russian cities (29 February – 10 March 2020) (about 2,300 participants)",
          },
          date: day(2020, 2, 29),
          group: recentEvents1,
        },
        {
          text: {
            ja: "J-FEST AUTUMN 2020 ONLINE FESTIVAL (2020.11.15～12.5) (延べ約21.6万人参加)",
            en: "J-FEST AUTUMN 2020 ONLINE FESTIVAL (15 November – 5 December 2020) (a total of about 216,000 participants)",
          },
          date: day(2020, 11, 15),
          group: recentEvents2,
        },
        {
          text: {
            ja: "「ワンクリックでつながる日本」をテーマに、和太鼓、落語、茶、生け花等の伝統文化から、武道、映画、コスプレ、カラオケ、映画まで多岐にわたる138のプログラム。",
            en: "Under the theme “Japan, connected in one click”, 138 programmes ranging widely from traditional culture such as taiko drumming, rakugo, tea and ikebana to martial arts, film, cosplay, karaoke and film.",
          },
          group: recentEvents2,
          sub: true,
        },
        {
          text: {
            ja: "日本との生中継やコンテストへのネット投票も実施したロシア語で最大のオンライン日本祭り。",
            en: "The largest online Japan festival in the Russian language, which also featured live links with Japan and online voting in contests.",
          },
          group: recentEvents2,
          sub: true,
        },
      ],
      milestones: [
        {
          title: {
            ja: "日露知事会議（モスクワ、9年ぶり）",
            en: "Japan–Russia Governors' Conference (Moscow, first in 9 years)",
          },
          status: "completed",
          actual: month(2019, 5),
        },
        {
          title: {
            ja: "市長を始めとする大阪市の訪問団がサンクトペテルブルク市を訪問",
            en: "Osaka delegation led by the Mayor visits Saint Petersburg",
          },
          status: "completed",
          actual: month(2019, 9),
        },
        {
          // 「日露地域交流年(2020年～2021年)」: opened in 2020, running until the end of 2021.
          title: { ja: "日露地域交流年の開始", en: "Japan–Russia Year of Interregional Exchanges begins" },
          status: "completed",
          actual: year(2020),
        },
        {
          title: {
            ja: "日露地域交流年（2020年～2021年）",
            en: "Japan–Russia Year of Interregional Exchanges (2020–2021)",
          },
          status: "in_progress",
          planned: year(2021),
        },
        {
          title: {
            ja: "日露首脳が日露地域交流年の開催を発表",
            en: "Leaders announce the Japan–Russia Year of Interregional Exchanges",
          },
          status: "completed",
          actual: day(2019, 6, 29),
        },
        {
          title: {
            ja: "邦楽デュオ「HIDE×HIDE」による邦楽公演（ロシア5都市、2020.2.29～3.10）",
            en: "HIDE×HIDE Japanese traditional music concerts (5 Russian cities, 29 Feb – 10 Mar 2020)",
          },
          status: "completed",
          actual: day(2020, 2, 29),
        },
        {
          title: {
            ja: "J-FEST AUTUMN 2020 ONLINE FESTIVAL（2020.11.15～12.5）",
            en: "J-FEST AUTUMN 2020 ONLINE FESTIVAL (15 Nov – 5 Dec 2020)",
          },
          status: "completed",
          actual: day(2020, 11, 15),
        },
      ],
      indicators: [
        {
          key: "governors-conference-attendance",
          name: {
            ja: "日露知事会議に出席した知事・首長の数",
            en: "Governors and heads of regions attending the Japan–Russia Governors' Conference",
          },
          measure: "count",
          unit: { ja: "名", en: "people" },
          direction: "increase",
          accumulation: "per_period",
          observations: [
            {
              value: "8",
              period: { start: month(2019, 5), end: month(2019, 5) },
              breakdown: { ja: "日本側（知事）", en: "Japanese side (governors)" },
            },
            {
              value: "19",
              period: { start: month(2019, 5), end: month(2019, 5) },
              breakdown: { ja: "ロシア側（知事・首長）", en: "Russian side (governors and heads of regions)" },
            },
          ],
        },
        {
          key: "exchange-year-registered-events",
          name: {
            ja: "日露地域交流年：日本側による事業登録件数",
            en: "Year of Interregional Exchanges: events registered by the Japanese side",
          },
          measure: "count",
          unit: { ja: "件", en: "events" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "343", asOf: month(2021, 9) }],
        },
        {
          key: "exchange-year-held-events",
          name: {
            ja: "日露地域交流年：日本側による事業の実施件数",
            en: "Year of Interregional Exchanges: events held by the Japanese side",
          },
          measure: "count",
          unit: { ja: "件", en: "events" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [{ value: "289", asOf: month(2021, 9) }],
        },
        {
          key: "exchange-year-participants",
          name: {
            ja: "日露地域交流年：日本側による事業の延べ参加者数",
            en: "Year of Interregional Exchanges: total participants in events by the Japanese side",
          },
          measure: "count",
          unit: { ja: "万人", en: "×10,000 people" },
          direction: "increase",
          accumulation: "cumulative",
          observations: [
            {
              value: "48",
              asOf: month(2021, 9),
              note: {
                ja: "延べ人数。オンライン事業や動画配信事業の視聴者数を含む",
                en: "Total attendances, including viewers of online events and video streaming",
              },
            },
          ],
        },
        {
          key: "hide-x-hide-cities",
          name: { ja: "「HIDE×HIDE」邦楽公演の開催都市数", en: "Cities hosting the HIDE×HIDE concerts" },
          measure: "count",
          unit: { ja: "都市", en: "cities" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "5", period: { start: day(2020, 2, 29), end: day(2020, 3, 10) } }],
        },
        {
          key: "hide-x-hide-participants",
          name: { ja: "「HIDE×HIDE」邦楽公演の参加者数", en: "Participants in the HIDE×HIDE concerts" },
          measure: "count",
          unit: { ja: "人", en: "people" },
          direction: "increase",
          accumulation: "per_period",
          observations: [
            { value: "2300", period: { start: day(2020, 2, 29), end: day(2020, 3, 10) }, approximate: true },
          ],
        },
        {
          key: "j-fest-participants",
          name: { ja: "J-FEST AUTUMN 2020の延べ参加者数", en: "Total participants in J-FEST AUTUMN 2020" },
          measure: "count",
          unit: { ja: "万人", en: "×10,000 people" },
          direction: "increase",
          accumulation: "per_period",
          decimals: 1, // 延べ約21.6万人, not 22万人
          observations: [
            { value: "21.6", period: { start: day(2020, 11, 15), end: day(2020, 12, 5) }, approximate: true },
          ],
        },
        {
          key: "j-fest-programmes",
          name: { ja: "J-FEST AUTUMN 2020のプログラム数", en: "Programmes at J-FEST AUTUMN 2020" },
          measure: "count",
          unit: { ja: "プログラム", en: "programmes" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "138", period: { start: day(2020, 11, 15), end: day(2020, 12, 5) } }],
        },
      ],
      captions: [
        { ja: "日露地域交流年のロゴ", en: "Logo of the Japan–Russia Year of Interregional Exchanges" },
        {
          ja: "邦楽デュオ「HIDE×HIDE」による公演の様子",
          en: "A performance by the hogaku duo HIDE×HIDE",
        },
        { ja: "和太鼓公演(鼓童)", en: "Taiko drum performance (Kodo)" },
        { ja: "コスプレコンテスト", en: "Cosplay contest" },
      ],
    },
    // ---------------------------------------------------------------- ③
    {
      number: 3,
      title: { ja: "観光交流", en: "Tourism exchange" },
      lifecycle: "in_progress",
      confidence: "not_assessed",
      organizations: [
        {
          org: japanTourismAgency,
          role: {
            ja: "共同活動プログラム署名（日本側）・セミナー共催",
            en: "Signatory of the joint action programme (Japanese side); seminar co-host",
          },
        },
        { org: jata, role: { ja: "共催", en: "Co-host" } },
        {
          org: russianMinistryOfEconomicDevelopment,
          role: { ja: "共同活動プログラム署名（露側）", en: "Signatory of the joint action programme (Russian side)" },
        },
      ],
      locations: [tokyo, sakhalinOblast, moscow],
      progress: [
        {
          text: {
            ja: "2019年5月25日、第5回日露観光促進協議会を東京で開催。",
            en: "On 25 May 2019, the 5th Japan–Russia Tourism Promotion Council was held in Tokyo.",
          },
          date: day(2019, 5, 25),
        },
        {
          text: {
            ja: "2019年6月29日、日露観光当局間で、交流人口目標をそれぞれ少なくとも20万人、合計40万人(2023年)と定めた共同活動プログラムに署名し、署名文書を交換。",
            en: "On 29 June 2019, the Japanese and Russian tourism authorities signed a joint action programme setting visitor-exchange targets of at least 200,000 each, 400,000 in total (2023), and exchanged the signed documents.",
          },
          date: day(2019, 6, 29),
        },
        {
          text: {
            ja: "2019年6月下旬から9月末まで、サハリンへの官民共同企画ツアーを実施し、目標(400名)を上回る778名が参加。",
            en: "From late June to the end of September 2019, public–private joint tours to Sakhalin were run; 778 people took part, exceeding the target (400).",
          },
          date: lateMonth(2019, 6),
        },
        {
          text: {
            ja: "2020年12月、観光庁と日本旅行業協会(JATA)の共催で「日露観光交流セミナー・商談会」を開催。セミナー参加登録者約350名、商談会参加登録者約100名。",
            en: "In December 2020, the Japan Tourism Agency and the Japan Association of Travel Agents (JATA) co-hosted the “Japan–Russia Tourism Exchange Seminar and Business Meetings”. About 350 registered for the seminar and about 100 for the business meetings.",
          },
          date: month(2020, 12),
        },
        {
          text: {
            ja: "日露地域・姉妹都市交流年事業としてロシアにおいて日本に関するフォトコンテスト、日本においてロシアに関するフォトコンテストをそれぞれ実施。2020年9月にモスクワ市内にて、日本に関するフォトコンテストの受賞式及び優秀作品の写真展を開催。",
            en: "As events of the Japan–Russia Year of Interregional and Sister-City Exchanges, a photo contest about Japan was held in Russia and a photo contest about Russia in Japan. In September 2020, the award ceremony of the photo contest about Japan and an exhibition of the winning works were held in Moscow.",
          },
          date: month(2020, 9),
        },
      ],
      milestones: [
        {
          title: {
            ja: "第5回日露観光促進協議会（東京）",
            en: "5th Japan–Russia Tourism Promotion Council (Tokyo)",
          },
          status: "completed",
          actual: day(2019, 5, 25),
        },
        {
          title: {
            ja: "交流人口目標を定めた共同活動プログラムに署名・署名文書を交換",
            en: "Joint action programme with visitor-exchange targets signed and exchanged",
          },
          status: "completed",
          actual: day(2019, 6, 29),
        },
        {
          title: {
            ja: "サハリンへの官民共同企画ツアー（6月下旬～9月末）",
            en: "Public–private joint tours to Sakhalin (late June – end of September)",
          },
          status: "completed",
          actual: lateMonth(2019, 6),
        },
        {
          title: {
            ja: "「日露観光交流セミナー・商談会」（観光庁・JATA共催）",
            en: "Japan–Russia Tourism Exchange Seminar and Business Meetings (JTA and JATA)",
          },
          status: "completed",
          actual: month(2020, 12),
        },
        {
          title: {
            ja: "日本に関するフォトコンテスト（ロシア）・ロシアに関するフォトコンテスト（日本）を実施",
            en: "Photo contests held: about Japan in Russia and about Russia in Japan",
          },
          status: "completed",
        },
        {
          title: {
            ja: "日本に関するフォトコンテストの受賞式・優秀作品の写真展（モスクワ）",
            en: "Award ceremony and exhibition of winning works of the photo contest about Japan (Moscow)",
          },
          status: "completed",
          actual: month(2020, 9),
        },
      ],
      indicators: [
        {
          key: "visitor-exchange",
          name: { ja: "日露交流人口", en: "Japan–Russia visitor exchange" },
          measure: "count",
          unit: { ja: "万人", en: "×10,000 people" },
          direction: "increase",
          accumulation: "per_period",
          targets: [
            // 「それぞれ少なくとも20万人」: each direction of travel, not each country's side.
            {
              value: "20",
              due: year(2023),
              lowerBound: true,
              breakdown: { ja: "日本からロシアへ", en: "Visitors from Japan to Russia" },
            },
            {
              value: "20",
              due: year(2023),
              lowerBound: true,
              breakdown: { ja: "ロシアから日本へ", en: "Visitors from Russia to Japan" },
            },
            {
              value: "40",
              due: year(2023),
              lowerBound: true,
              note: {
                ja: "合計。概要ページでは「合計少なくとも40万人」",
                en: "Total; the overview page says “at least 400,000 in total”",
              },
            },
          ],
          observations: [],
        },
        {
          key: "sakhalin-tour-participants",
          name: {
            ja: "サハリンへの官民共同企画ツアーの参加者数",
            en: "Participants in the public–private joint tours to Sakhalin",
          },
          measure: "count",
          unit: { ja: "名", en: "people" },
          direction: "increase",
          accumulation: "per_period",
          targets: [{ value: "400", due: monthEnd(2019, 9) }],
          observations: [{ value: "778", period: { start: lateMonth(2019, 6), end: monthEnd(2019, 9) } }],
        },
        {
          key: "seminar-registrants",
          name: {
            ja: "日露観光交流セミナーの参加登録者数",
            en: "Registrants for the Japan–Russia Tourism Exchange Seminar",
          },
          measure: "count",
          unit: { ja: "名", en: "people" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "350", period: { start: month(2020, 12), end: month(2020, 12) }, approximate: true }],
        },
        {
          key: "business-meeting-registrants",
          name: {
            ja: "日露観光交流商談会の参加登録者数",
            en: "Registrants for the Japan–Russia tourism business meetings",
          },
          measure: "count",
          unit: { ja: "名", en: "people" },
          direction: "increase",
          accumulation: "per_period",
          observations: [{ value: "100", period: { start: month(2020, 12), end: month(2020, 12) }, approximate: true }],
        },
      ],
      captions: [
        { ja: "サハリンツアーでのシーフード(イメージ)", en: "Seafood on the Sakhalin tour (illustrative image)" },
        {
          ja: "署名文書交換式の様子(左:田端観光庁長官、右:オレシュキン経済発展大臣)",
          en: "The ceremony exchanging the signed documents (left: Tabata, Commissioner of the Japan Tourism Agency; right: Oreshkin, Minister of Economic Development)",
        },
      ],
    },
  ],
};
