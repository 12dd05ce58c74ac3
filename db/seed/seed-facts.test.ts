import { describe, expect, it } from "vitest";
import { useSeededReport } from "../testing/seeded-report";
import type { ReportIndicator, ReportObservation, ReportProject } from "@/lib/report/model";

// Spot checks of the seeded October 2021 report, written from the report's text
// (db/seed/source/cooperation-plan-2021-10.txt, OCR-corrected), not from the data files, and read
// back through the database: seed a fresh database, load the rows, build the report model.
// Indicators are found by what the text says (value and unit), never by the data's keys.

describe("seeded facts", () => {
  const seeded = useSeededReport();

  // ---- helpers ------------------------------------------------------------------------------
  const project = (slug: string): ReportProject => {
    const p = seeded.report.areas.flatMap((a) => a.projects).find((x) => x.slug === slug);
    if (!p) throw new Error(`no project ${slug}`);
    return p;
  };
  const indicator = (p: ReportProject, predicate: (i: ReportIndicator) => boolean): ReportIndicator => {
    const found = p.indicators.filter(predicate);
    if (found.length !== 1) throw new Error(`${p.slug}: ${found.length} indicators match`);
    return found[0]!;
  };
  /** The indicator with an observation of this value (and unit, in Japanese). */
  const measured = (p: ReportProject, value: string, unitJa?: string) =>
    indicator(p, (i) => i.observations.some((o) => o.value === value) && (!unitJa || i.unit.ja === unitJa));
  const observation = (i: ReportIndicator, value: string): ReportObservation => {
    const o = i.observations.find((x) => x.value === value);
    if (!o) throw new Error(`no observation ${value} in ${i.key}`);
    return o;
  };
  const org = (p: ReportProject, ja: string) => {
    const o = p.organizations.find((x) => x.name.ja === ja || x.label?.ja === ja);
    if (!o) throw new Error(`${p.slug}: no organisation ${ja}`);
    return o;
  };
  const milestone = (p: ReportProject, ...words: string[]) => {
    const found = p.milestones.filter((m) => words.every((w) => m.title.ja.includes(w)));
    if (found.length !== 1) throw new Error(`${p.slug}: ${found.length} milestones match ${words.join(" ")}`);
    return found[0]!;
  };
  const bullet = (p: ReportProject, words: string) => {
    const b = p.progress.find((x) => x.text.ja.includes(words));
    if (!b) throw new Error(`${p.slug}: no bullet with ${words}`);
    return b;
  };
  const place = (p: ReportProject, ja: string) => {
    const l = p.locations.find((x) => x.name.ja === ja);
    if (!l) throw new Error(`${p.slug}: no place ${ja}`);
    return l;
  };
  const d = (date: string, precision: string) => ({ date, precision });

  // ---- the plan -------------------------------------------------------------------------------
  it("plan: dated 令和3年10月 (month) and carries the 概要 ※ line", () => {
    expect(seeded.report.plan.asOf).toEqual(d("2021-10-01", "month"));
    expect(seeded.report.plan.note.ja).toContain("200件を超える民間プロジェクトを創出");
    expect(seeded.report.plan.note.ja).toContain("その約6割で具体的な投資等に至る");
    expect(seeded.report.areas.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(seeded.report.areas.reduce((n, a) => n + a.projects.length, 0)).toBe(44);
  });

  it("plan: 200件を超える (lower bound) and 約6割 (approximate)", () => {
    const projects = seeded.report.plan.indicators.find((i) => i.observations.some((o) => o.value === "200"));
    expect(projects?.unit.ja).toBe("件");
    expect(projects?.observations[0]).toMatchObject({ value: "200", lowerBound: true, approximate: false });
    const share = seeded.report.plan.indicators.find((i) => i.measure === "percent");
    expect(share?.observations[0]).toMatchObject({ value: "60", approximate: true });
  });

  it("every milestone with an actual date is completed: an unfinished one's start is its own milestone or its plan", () => {
    const all = seeded.report.areas.flatMap((a) =>
      a.projects.flatMap((p) => p.milestones.map((m) => ({ slug: p.slug, ...m }))),
    );
    expect(all.filter((m) => m.actual && m.status !== "completed").map((m) => `${m.slug} ${m.title.ja}`)).toEqual([]);
    expect(all.filter((m) => m.actual).length).toBeGreaterThan(100);
  });

  // ---- area 1 -------------------------------------------------------------------------------
  it("1: overview with リャザン (OCR リヤサン) and the 9 items", () => {
    const area = seeded.report.areas[0]!;
    expect(area.title.ja).toBe("医療水準を高め、ロシア国民の健康寿命の伸長に役立つ協力");
    expect(area.overview.map((b) => b.text.ja)).toContain("がん分野(小児・消化器)における技術支援(モスクワ、リャザン)");
    expect(area.projects.map((p) => p.title.ja)).toEqual([
      "小児科分野",
      "内視鏡分野",
      "健康づくり、予防医療分野",
      "高齢者医療保健分野",
      "ロシア鉄道病院",
      "リハビリテーション分野",
      "感染症診断システム等の共同開発",
      "新薬製造・販売",
      "ヘルスケア分野の協業",
    ]);
  });

  it("1-①/1-②: 計33回 and 累計11回 as cumulative counts as of 2021年10月現在", () => {
    const guidance = observation(measured(project("1-1"), "33", "回"), "33");
    expect(measured(project("1-1"), "33").accumulation).toBe("cumulative");
    expect(guidance.asOf).toEqual(d("2021-10-01", "month"));
    expect(measured(project("1-2"), "11", "回").accumulation).toBe("cumulative");
  });

  it("1-②: ピロゴフ / ブロヒン (OCR-corrected) Russian institutions, list ends in 等", () => {
    const p = project("1-2");
    expect(org(p, "ピロゴフ名称ロシア国立医学研究大学").side).toBe("ru");
    expect(org(p, "ブロヒン記念がん研究所").side).toBe("ru");
    expect(org(p, "ゲルツェン記念がん研究所").side).toBe("ru");
    expect(org(p, "大分大学等のコンソーシアム").side).toBe("jp");
    expect(p.organizationsEtc).toBe(true);
    expect(bullet(p, "ピロゴフ大学での実地トレーニングを累計11回実施").text.ja).not.toContain("ピラゴ");
  });

  it("1-⑤: 丸紅株式会社 as the item writes it, in Khabarovsk", () => {
    const p = project("1-5");
    const marubeni = org(p, "丸紅株式会社");
    expect(marubeni).toMatchObject({ key: "marubeni", side: "jp", name: { ja: "丸紅" } });
    expect(place(p, "ハバロフスク").kind).toBe("city");
    expect(p.captions.map((c) => c.ja)).toEqual(["センター完成イメージ"]);
  });

  it("1-⑥ ↔ 6-⑦: one rehabilitation centre, opened 2018年5月", () => {
    expect(project("1-6").sameAs.map((r) => r.slug)).toEqual(["6-7"]);
    expect(project("6-7").sameAs.map((r) => r.slug)).toEqual(["1-6"]);
    expect(bullet(project("1-6"), "「6 極東」にも記載").date).toEqual(d("2018-05-01", "month"));
    expect(milestone(project("6-7"), "開院")).toMatchObject({ status: "completed", actual: d("2018-05-01", "month") });
    // 「(日揮、社会医療法人北斗)」: only Japanese parties.
    expect(org(project("1-6"), "北斗リハビリテーションセンター").side).toBe("jp");
    expect(org(project("1-6"), "JGC Hokuto Healthcare Service").side).toBe("jp");
    expect(org(project("6-7"), "北斗リハビリテーションセンター").side).toBe("jp");
  });

  it("1-⑦: EMG社 is the joint venture Evotech-Mirai Genomics, also an investee in 9-⑤", () => {
    const emg = org(project("1-7"), "EMG社");
    expect(emg).toMatchObject({ key: "evotech-mirai-genomics", side: "joint" });
    expect(emg.role?.ja).toContain("合弁");
    expect(org(project("9-5"), "Evotech-Mirai Genomics").key).toBe("evotech-mirai-genomics");
    expect(bullet(project("1-7"), "2018年度以降").date).toEqual(d("2018-04-01", "fiscal_year"));
  });

  it("1-⑦: 「2018年度以降、…検証・改良等を実施」: begun in FY2018 (completed), still going on (no actual date)", () => {
    const p = project("1-7");
    expect(milestone(p, "検証・改良等を開始")).toMatchObject({
      status: "completed",
      actual: d("2018-04-01", "fiscal_year"),
    });
    expect(p.milestones.find((m) => m.title.ja === "両企業による検証・改良等")).toMatchObject({
      status: "in_progress",
      actual: null,
    });
  });

  it("1-⑧: デラマニド licence 2017年6月 → sales 2021年内 (within_year, planned); R-Pharm (ru) licensee", () => {
    const p = project("1-8");
    expect(org(p, "R-Pharm社")).toMatchObject({ key: "r-pharm", side: "ru" });
    expect(org(p, "R-Pharm社").role?.en).toMatch(/licensee/i);
    expect(org(p, "大塚製薬").role?.en).toMatch(/licensor/i);
    expect(milestone(p, "デラマニド", "ライセンス")).toMatchObject({
      status: "completed",
      actual: d("2017-06-01", "month"),
    });
    expect(milestone(p, "デラマニド", "薬事承認")).toMatchObject({
      status: "completed",
      actual: d("2020-05-01", "month"),
    });
    expect(milestone(p, "デラマニド", "必須医薬品リスト")).toMatchObject({
      status: "completed",
      actual: d("2021-02-01", "month"),
    });
    expect(milestone(p, "デラマニド", "販売開始")).toMatchObject({
      status: "planned",
      planned: d("2021-12-31", "within_year"),
    });
    expect(milestone(p, "ニンラーロ", "保険償還", "開始")).toMatchObject({
      status: "planned",
      planned: d("2022-01-01", "month"),
    });
    expect(place(p, "ヤロスラヴリ州").kind).toBe("region");
  });

  it("1-⑨: 富士フイルム (OCR 富士フィルム) and R-Pharm group, 2018年5月", () => {
    const p = project("1-9");
    expect(org(p, "富士フイルム").side).toBe("jp");
    expect(bullet(p, "富士フイルムがR-Pharmグループと販売契約を締結").date).toEqual(d("2018-05-01", "month"));
    expect(org(p, "キヤノンメディカル").side).toBe("jp");
  });

  // ---- area 2 -------------------------------------------------------------------------------
  it("2-①: 10交差点, 平均遅延時間が約18%短縮 (an approximate reduction rate: higher is better)", () => {
    const p = project("2-1");
    const delay = indicator(p, (i) => i.measure === "percent");
    expect(delay).toMatchObject({ direction: "increase", unit: { ja: "%" }, name: { ja: "平均遅延時間の短縮率" } });
    expect(delay.observations[0]).toMatchObject({ value: "18", approximate: true });
    expect(measured(p, "10").unit.ja).toBe("交差点");
    expect(org(p, "京三製作所").side).toBe("jp");
  });

  it("2-②: 2020年末 / 2017年末 (year_end), 7戸 in 2021年2月, 25戸 townhouses; same as 6-⑤", () => {
    const p = project("2-2");
    expect(milestone(p, "ホテル管理運営契約")).toMatchObject({
      status: "completed",
      actual: d("2020-12-31", "year_end"),
    });
    expect(milestone(p, "開発コンセプト")).toMatchObject({ status: "completed", actual: d("2017-12-31", "year_end") });
    expect(observation(measured(p, "7", "戸"), "7").asOf).toEqual(d("2021-02-01", "month"));
    expect(p.indicators.some((i) => i.targets.some((t) => t.value === "25") && i.unit.ja === "戸")).toBe(true);
    expect(milestone(p, "25戸", "タウンハウス").status).toBe("planned");
    expect(org(p, "飯田GHD").key).toBe("iida-group-holdings");
    expect(p.sameAs.map((r) => r.slug)).toEqual(["6-5"]);
    expect(project("6-5").sameAs.map((r) => r.slug)).toEqual(["2-2"]);
  });

  it("2-④: カザン 全180戸の内23戸が竣工 (23 against 180)", () => {
    const p = project("2-4");
    const houses = measured(p, "23", "戸");
    expect(houses.targets).toEqual([expect.objectContaining({ value: "180", due: null })]);
    expect(place(p, "カザン").kind).toBe("city");
    expect(measured(p, "4", "基")).toBeTruthy();
  });

  it("2-⑤: 約5,400局 at 2021年7月末時点 (month_end), 計8案件, 欧州 (OCR 欧洲)", () => {
    const p = project("2-5");
    const offices = observation(measured(p, "5400", "局"), "5400");
    expect(offices).toMatchObject({ approximate: true, lowerBound: false, asOf: d("2021-07-31", "month_end") });
    expect(measured(p, "5400").accumulation).toBe("level");
    expect(measured(p, "8", "案件").accumulation).toBe("cumulative");
    expect(bullet(p, "日本発欧州宛て船便郵便物").group?.ja).toBe("<①関係の成果>");
    expect(p.captions.map((c) => c.ja)).toContain("郵便局での日本商品販売(ウラジオストク中央郵便局)");
    expect(org(p, "ロシア郵便").side).toBe("ru");
    expect(org(p, "㈱いつも。").side).toBe("jp");
  });

  // ---- area 3 -------------------------------------------------------------------------------
  it("3-①: 25社 (在日本企業12社, 在ロシア日系企業13社) in 2021年7月", () => {
    const companies = measured(project("3-1"), "25", "社");
    expect(companies.observations.map((o) => [o.breakdown?.ja ?? null, o.value])).toEqual([
      [null, "25"],
      ["在日本企業", "12"],
      ["在ロシア日系企業", "13"],
    ]);
  });

  it("3-①: 2019年度564件 / 2020年度153件 per fiscal year; 日本側18社, 露側17社, 39件", () => {
    const p = project("3-1");
    const cases = measured(p, "564", "件");
    expect(cases.accumulation).toBe("per_period");
    expect(observation(cases, "564").periodStart).toEqual(d("2019-04-01", "fiscal_year"));
    expect(observation(cases, "153").periodStart).toEqual(d("2020-04-01", "fiscal_year"));
    const sides = measured(p, "18", "社");
    expect(observation(sides, "18").breakdown?.ja).toBe("日本側");
    expect(observation(sides, "17").breakdown?.ja).toBe("露側");
    expect(measured(p, "39", "件")).toBeTruthy();
    expect(milestone(p, "イノプロム", "2020").status).toBe("cancelled");
  });

  it("3-②: restaurants are milestones (麺屋政宗, ヤクーツク, 2018) and not organisations", () => {
    const p = project("3-2");
    expect(milestone(p, "麺屋政宗")).toMatchObject({ status: "completed", actual: d("2018-01-01", "year") });
    expect(milestone(p, "縁日ENNICH").actual).toEqual(d("2021-01-01", "year"));
    expect(p.organizations.map((o) => o.name.ja).join()).not.toMatch(/麺|居酒屋|そな田|ラウンドワン/);
    expect(place(p, "ヤクーツク").kind).toBe("city");
    expect(p.captions.map((c) => c.ja)).toContain("「縁日」店内");
  });

  it("3-③: CEATEC 2020 ONLINE, 2020年10月, ロシア企業4社", () => {
    const p = project("3-3");
    expect(bullet(p, "CEATEC 2020 ONLINE").date).toEqual(d("2020-10-01", "month"));
    expect(observation(measured(p, "4", "社"), "4").periodStart).toEqual(d("2020-10-01", "month"));
    expect(p.captions.map((c) => c.ja)).toEqual(["「インターチャーム」において、バーチャル・ジャパンブースを出展"]);
  });

  // ---- area 4 -------------------------------------------------------------------------------
  it("4-①: council of 経済産業省 and 露エネルギー省, scope as subtitle, joint statement 2021年9月", () => {
    const p = project("4-1");
    expect(p.subtitle?.ja).toContain("水素・燃料アンモニア・CCS・CCU/カーボンリサイクル");
    expect(org(p, "経済産業省").side).toBe("jp");
    expect(org(p, "露エネルギー省").side).toBe("ru");
    expect(milestone(p, "共同声明")).toMatchObject({ status: "completed", actual: d("2021-09-01", "month") });
  });

  it("4-②: エチレン 2018年12月, ポリエチレン 2019年1月, 工事管理 2019年9月, 4者 2020年; Ust-Kut", () => {
    const p = project("4-2");
    expect(milestone(p, "ポリエチレンプラント").actual).toEqual(d("2019-01-01", "month"));
    const ethylene = p.milestones.filter(
      (m) => m.title.ja.includes("エチレン") && !m.title.ja.includes("ポリエチレン"),
    );
    expect(ethylene.map((m) => m.actual)).toEqual([d("2018-12-01", "month")]);
    expect(milestone(p, "工事管理").actual).toEqual(d("2019-09-01", "month"));
    expect(milestone(p, "ブルーアンモニア").actual).toEqual(d("2020-01-01", "year"));
    expect(org(p, "JOGMEC")).toMatchObject({ key: "jogmec", side: "jp" });
    expect(org(p, "イルクーツク石油").side).toBe("ru");
    expect(place(p, "ウスチ・クート").kind).toBe("city");
  });

  it("4-③: 300kW (OCR 300kw) class turbine 2019年12月; Sakha system in progress; チクシ", () => {
    const p = project("4-3");
    expect(bullet(p, "300kW級の風車1基増設").date).toEqual(d("2019-12-01", "month"));
    expect(measured(p, "300").unit.ja).toBe("kW");
    expect(milestone(p, "エネルギー管理システム実証").status).toBe("in_progress");
    expect(milestone(p, "風力発電機の運転開始")).toMatchObject({
      status: "completed",
      actual: d("2018-11-01", "month"),
    });
    expect(place(p, "チクシ").kind).toBe("city");
    expect(place(p, "カムチャツカ地方").kind).toBe("region");
  });

  it("4-④: 2017年度から継続 (begun in FY2017, still in progress); 2021年 planned", () => {
    const p = project("4-4");
    expect(bullet(p, "2017年度から").date).toEqual(d("2017-04-01", "fiscal_year"));
    expect(milestone(p, "省エネ診断", "開始")).toMatchObject({
      status: "completed",
      actual: d("2017-04-01", "fiscal_year"),
    });
    expect(milestone(p, "省エネ診断", "継続実施中")).toMatchObject({ status: "in_progress", actual: null });
    expect(milestone(p, "対象地域を拡大")).toMatchObject({ status: "planned", planned: d("2021-01-01", "year") });
  });

  // ---- area 5 -------------------------------------------------------------------------------
  it("5-①: 計38社 and 163社・累計517名 over 2017年度～2020年度 (a fiscal-year period)", () => {
    const p = project("5-1");
    const fy = { periodStart: d("2017-04-01", "fiscal_year"), periodEnd: d("2020-04-01", "fiscal_year") };
    expect(observation(measured(p, "38", "社"), "38")).toMatchObject(fy);
    expect(observation(measured(p, "517", "名"), "517")).toMatchObject(fy);
    expect(measured(p, "517").accumulation).toBe("cumulative");
    expect(measured(p, "163", "社")).toBeTruthy();
    expect(bullet(p, "2017年度～2020年度までにロシア企業163社").group?.ja).toMatch(/^裾野産業の人材育成/);
    // 「2021年度は、…実施中」: the year it runs in is its plan; it is not done.
    expect(milestone(p, "リモート形式")).toMatchObject({
      status: "in_progress",
      planned: d("2021-04-01", "fiscal_year"),
      actual: null,
    });
  });

  it("5-②: by 2021年4月 9回, 130社, 201名; FCC (ru), Toyota (jp)", () => {
    const p = project("5-2");
    expect(observation(measured(p, "9", "回"), "9").asOf).toEqual(d("2021-04-01", "month"));
    expect(measured(p, "130", "社")).toBeTruthy();
    expect(measured(p, "201", "名")).toBeTruthy();
    expect(org(p, "露連邦生産性センター")).toMatchObject({ key: "federal-competence-center", side: "ru" });
    expect(org(p, "トヨタ自動車").side).toBe("jp");
    expect(place(p, "サンクトペテルブルク").kind).toBe("city");
  });

  it("5-③/5-④: 毎年約300名 (approximate); 対外貿易銀行 (OCR 对外) in the 2021年9月 MoU", () => {
    const trainees = measured(project("5-3"), "300", "名");
    expect(trainees.accumulation).toBe("per_period");
    expect(observation(trainees, "300").approximate).toBe(true);
    const p = project("5-4");
    expect(org(p, "対外貿易銀行")).toMatchObject({ side: "ru", kind: "financial" });
    expect(org(p, "ロシア開発対外経済銀行").side).toBe("ru");
    expect(org(p, "商船三井").key).toBe("mol");
    expect(milestone(p, "覚書")).toMatchObject({ status: "completed", actual: d("2021-09-01", "month") });
    expect(place(p, "アムール州").kind).toBe("region");
  });

  // ---- area 6 -------------------------------------------------------------------------------
  it("6-①: 第三期 under construction, 全工期 planned 2021年; ヤクーツク (OCR ヤクツク)", () => {
    const p = project("6-1");
    expect(milestone(p, "第三期").status).toBe("in_progress");
    expect(milestone(p, "全工期")).toMatchObject({ status: "planned", planned: d("2021-01-01", "year") });
    expect(place(p, "ヤクーツク").kind).toBe("city");
    expect(seeded.report.areas[5]!.overview.map((b) => b.text.ja)).toContain("温室栽培(ヤクーツク等)");
  });

  it("6-②: 年間9万トン, plant 2020年10月, supply to Japan 2021年9月", () => {
    const p = project("6-2");
    const tonnes = indicator(p, (i) => i.unit.ja === "万トン");
    expect(tonnes.targets.map((t) => t.value)).toEqual(["9"]);
    expect(milestone(p, "工場完成")).toMatchObject({ status: "completed", actual: d("2020-10-01", "month") });
    expect(milestone(p, "日本向け")).toMatchObject({ status: "completed", actual: d("2021-09-01", "month") });
    expect(bullet(p, "共同出資に関する株主間協定書").text.ja).toBe(
      "年間9万トンの生産事業に関し、共同出資に関する株主間協定書を締結。",
    );
  });

  it("6-④/6-⑧: ヴォストーチヌイ港 (port), 2018年12月18日 (day), Khabarovsk Airport (facility)", () => {
    expect(place(project("6-4"), "ヴォストーチヌイ港").kind).toBe("port");
    expect(org(project("6-4"), "丸紅").side).toBe("jp");
    const airport = project("6-8");
    expect(milestone(airport, "株主間協定")).toMatchObject({ status: "completed", actual: d("2018-12-18", "day") });
    expect(place(airport, "ハバロフスク空港").kind).toBe("facility");
    expect(org(airport, "双日").side).toBe("jp");
    expect(airport.organizationsEtc).toBe(true);
  });

  it("6-⑤: 木造住宅7戸が完成, undated here, in 2021年2月 as 2-② (the same project) dates it", () => {
    expect(milestone(project("6-5"), "7戸")).toMatchObject({ status: "completed", actual: d("2021-02-01", "month") });
    expect(milestone(project("2-2"), "7戸")).toMatchObject({ status: "completed", actual: d("2021-02-01", "month") });
  });

  it("6-③, 6-⑥, 7-①, 7-②: the Russian Far East (ロシア極東, 極東地域) is a region they name", () => {
    for (const slug of ["6-3", "6-6", "7-1", "7-2"]) {
      const farEast = place(project(slug), "ロシア極東");
      expect(farEast).toMatchObject({ key: "russian-far-east", kind: "region", name: { en: "Russian Far East" } });
      // East of Lake Baikal, north of Vladivostok, west of the Bering Strait.
      expect(farEast.lat).toBeGreaterThan(43);
      expect(farEast.lat).toBeLessThan(72);
      expect(farEast.lon).toBeGreaterThan(110);
      expect(farEast.lon).toBeLessThan(180);
    }
    expect(place(project("7-2"), "モスクワ州").kind).toBe("region");
    expect(place(project("4-2"), "東シベリア").kind).toBe("region");
  });

  it("6-⑥: JPPV set up by JBIC in 2018年3月; the ※ list of supported companies", () => {
    const p = project("6-6");
    expect(p.subtitle?.ja).toContain("Japanese Project Promotion Vehicle in the Far East");
    expect(org(p, "JBIC").key).toBe("jbic");
    expect(milestone(p, "JPPV設立")).toMatchObject({ status: "completed", actual: d("2018-03-01", "month") });
    for (const name of ["イーレックス", "日本郵船", "秋田中央バンドソー商会", "双日ジェクト", "Wind-Smile"])
      expect(org(p, name).side).toBe("jp");
    expect(p.progress.find((b) => b.kind === "note")?.text.ja).toContain("ニチモウマリカルチャー");
  });

  // ---- area 7 -------------------------------------------------------------------------------
  it("7-①: ICT (OCR I C T); licence completed 2021年7月; ロステレコムグループ (ru)", () => {
    const p = project("7-1");
    expect(p.title.ja).toBe("ICT・デジタル分野での協力");
    expect(milestone(p, "免許")).toMatchObject({ status: "completed", actual: d("2021-07-01", "month") });
    expect(milestone(p, "サービス拡大").status).toBe("planned");
    expect(org(p, "ロステレコムグループ").side).toBe("ru");
    expect(org(p, "スカパーJSAT").side).toBe("jp");
  });

  it("7-②/7-③: Moscow Oblast (region); 日本－欧州 (OCR 日本一歐州) block train 2020年11月, reefer planned 2021年", () => {
    expect(place(project("7-2"), "モスクワ州").kind).toBe("region");
    expect(milestone(project("7-2"), "資材供給契約").actual).toEqual(d("2019-11-01", "month"));
    const p = project("7-3");
    expect(bullet(p, "ブロックトレイン").text.ja).toContain("2018年に日本－モスクワ間、2019年に日本－欧州間");
    expect(milestone(p, "ブロックトレイン")).toMatchObject({ status: "completed", actual: d("2020-11-01", "month") });
    expect(milestone(p, "リーファーコンテナ")).toMatchObject({ status: "planned", planned: d("2021-01-01", "year") });
    expect(p.captions.map((c) => c.ja)).toEqual(["2020年度実証事業の様子(ブロックトレイン)"]);
  });

  // ---- area 8 -------------------------------------------------------------------------------
  it("8-①: 累計12件13大学 (2014～2021年度); 受け入れ1,399人 / 派遣1,507人 (2014～2020年)", () => {
    const p = project("8-1");
    const fy = { periodStart: d("2014-04-01", "fiscal_year"), periodEnd: d("2021-04-01", "fiscal_year") };
    expect(observation(measured(p, "12", "件"), "12")).toMatchObject(fy);
    expect(observation(measured(p, "13", "大学"), "13")).toMatchObject(fy);
    const students = measured(p, "1399", "人");
    expect(students.accumulation).toBe("cumulative");
    expect(observation(students, "1399")).toMatchObject({
      breakdown: expect.objectContaining({ ja: expect.stringMatching(/^受け?入れ$/) }),
      periodStart: d("2014-01-01", "year"),
      periodEnd: d("2020-01-01", "year"),
    });
    expect(observation(students, "1507").breakdown?.ja).toBe("派遣");
    expect(bullet(p, "第3回総会開催")).toMatchObject({ sub: true, date: d("2021-09-01", "month") });
    // 「2014～2021年度」: begun in FY2014, running to the end of FY2021; 「活動中<2018.10～>」: active since the hub was set up.
    expect(milestone(p, "世界展開力強化事業を開始")).toMatchObject({
      status: "completed",
      actual: d("2014-04-01", "fiscal_year"),
    });
    expect(milestone(p, "世界展開力強化事業の実施")).toMatchObject({
      status: "in_progress",
      planned: d("2021-04-01", "fiscal_year"),
      actual: null,
    });
    expect(milestone(p, "拠点を設置")).toMatchObject({ status: "completed", actual: d("2018-10-01", "month") });
    expect(milestone(p, "拠点の活動")).toMatchObject({ status: "in_progress", actual: null });
    expect(p.captions.map((c) => c.ja)).toContain("日露学生フォーラム（2018年5月）で議論を交わす様子");
  });

  it("8-②: 2021年9月時点 343件 / 289件 / 延べ48万人; 約2,300人; 延べ約21.6万人; 138のプログラム", () => {
    const p = project("8-2");
    expect(observation(measured(p, "343", "件"), "343").asOf).toEqual(d("2021-09-01", "month"));
    expect(measured(p, "289", "件")).toBeTruthy();
    expect(observation(measured(p, "48", "万人"), "48")).toMatchObject({
      approximate: false,
      asOf: d("2021-09-01", "month"),
    });
    expect(observation(measured(p, "2300", "人"), "2300")).toMatchObject({
      approximate: true,
      periodStart: d("2020-02-29", "day"),
      periodEnd: d("2020-03-10", "day"),
    });
    expect(observation(measured(p, "21.6", "万人"), "21.6")).toMatchObject({
      approximate: true,
      periodStart: d("2020-11-15", "day"),
      periodEnd: d("2020-12-05", "day"),
    });
    // Published with one decimal, so that whoever honours `decimals` shows 21.6万人, not 22万人.
    expect(measured(p, "21.6", "万人").decimals).toBe(1);
    expect(measured(p, "138")).toBeTruthy();
    const governors = measured(p, "19", "名");
    expect(observation(governors, "8").breakdown?.ja).toContain("日本側");
    expect(milestone(p, "首脳")).toMatchObject({ status: "completed", actual: d("2019-06-29", "day") });
    // 「日露地域交流年(2020年～2021年)」: opened in 2020, running to the end of 2021.
    expect(milestone(p, "日露地域交流年の開始")).toMatchObject({
      status: "completed",
      actual: d("2020-01-01", "year"),
    });
    expect(milestone(p, "日露地域交流年（2020年～2021年）")).toMatchObject({
      status: "in_progress",
      planned: d("2021-01-01", "year"),
      actual: null,
    });
    // 「市長を始めとする訪問団」: a delegation led by the mayor.
    expect(bullet(p, "市長を始めとする").text.en).toContain("a delegation led by the Mayor");
    expect(milestone(p, "市長を始めとする").title.en).toContain("led by the Mayor");
  });

  it("8-③: 少なくとも20万人 each side, 合計40万人 (2023年); 778 against 目標400; 2019年6月下旬 (month_late)", () => {
    const p = project("8-3");
    const visitors = indicator(p, (i) => i.targets.some((t) => t.value === "40"));
    expect(visitors.unit.ja).toBe("万人");
    // 「それぞれ少なくとも20万人」: each direction of travel.
    expect(visitors.targets.filter((t) => t.value === "20").map((t) => t.breakdown)).toEqual([
      { ja: "日本からロシアへ", en: "Visitors from Japan to Russia" },
      { ja: "ロシアから日本へ", en: "Visitors from Russia to Japan" },
    ]);
    for (const t of visitors.targets) expect(t).toMatchObject({ lowerBound: true, due: d("2023-01-01", "year") });
    const tour = measured(p, "778", "名");
    expect(tour.targets.map((t) => t.value)).toEqual(["400"]);
    expect(observation(tour, "778")).toMatchObject({
      periodStart: d("2019-06-21", "month_late"),
      periodEnd: d("2019-09-30", "month_end"),
    });
    expect(bullet(p, "サハリンへの官民共同企画ツアー").date).toEqual(d("2019-06-21", "month_late"));
    expect(bullet(p, "第5回日露観光促進協議会").date).toEqual(d("2019-05-25", "day"));
    expect(bullet(p, "「日露観光交流セミナー・商談会」を開催").date).toEqual(d("2020-12-01", "month"));
    expect(observation(measured(p, "350", "名"), "350").approximate).toBe(true);
    expect(observation(measured(p, "100", "名"), "100").approximate).toBe(true);
    expect(org(p, "観光庁")).toMatchObject({ key: "japan-tourism-agency", side: "jp" });
    expect(place(p, "東京").kind).toBe("city");
    expect(p.captions.map((c) => c.ja)).toContain(
      "署名文書交換式の様子(左:田端観光庁長官、右:オレシュキン経済発展大臣)",
    );
  });

  // ---- area 9 -------------------------------------------------------------------------------
  it("9-①/9-②: action plans of 2019年6月 and 2018年5月", () => {
    expect(bullet(project("9-1"), "共同行動計画").date).toEqual(d("2019-06-01", "month"));
    expect(bullet(project("9-2"), "行動計画").date).toEqual(d("2018-05-01", "month"));
  });

  it("9-③: tax convention signed 2017年9月7日, in force 2018年10月10日 (days), completed", () => {
    const p = project("9-3");
    expect(p.lifecycle).toBe("completed");
    expect(milestone(p, "署名")).toMatchObject({ status: "completed", actual: d("2017-09-07", "day") });
    expect(milestone(p, "発効")).toMatchObject({ status: "completed", actual: d("2018-10-10", "day") });
  });

  it("9-④/9-⑤: consultations continue; JBIC–RDIF 8件 with the 8 investees", () => {
    expect(project("9-4").milestones.every((m) => m.status === "in_progress")).toBe(true);
    const p = project("9-5");
    expect(measured(p, "8", "件").accumulation).toBe("cumulative");
    expect(org(p, "RDIF")).toMatchObject({ key: "rdif", side: "ru" });
    expect(org(p, "JBIC").side).toBe("jp");
    expect(org(p, "R-Pharm")).toMatchObject({ side: "ru", role: expect.objectContaining({ ja: "投資先" }) });
    const investees = [
      "トランスネフチ",
      "EN+グループ",
      "Doctis",
      "WayRay",
      "R-Pharm",
      "Sovcombank",
      "Evotech-Mirai Genomics",
      "SBI Bank",
    ];
    for (const name of investees) expect(org(p, name).role?.ja).toBe("投資先");
    expect(p.progress.find((b) => b.kind === "note")?.text.ja).toBe(investees.join("、"));
  });
});
