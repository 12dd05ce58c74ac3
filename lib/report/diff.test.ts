import { describe, expect, it } from "vitest";
import { useSeededReport } from "@/db/testing/seeded-report";
import { day, month, monthEnd, withinYear, year, type PartialDate } from "@/lib/domain/partial-date";
import { DIFF_COUNT_KEYS, diffReports, type DiffCounts, type ReportDiff } from "./diff";
import { decimalDifference } from "./diff-parts";
import type { LocalizedText, ReportIndicator, ReportModel, ReportObservation, ReportProject } from "./model";

const txt = (ja: string, en: string | null = null): LocalizedText => ({ ja, en });

const obs = (value: string, asOf: PartialDate | null, breakdown: LocalizedText | null = null): ReportObservation => ({
  value,
  periodStart: null,
  periodEnd: null,
  asOf,
  approximate: false,
  lowerBound: false,
  provisional: false,
  breakdown,
  source: null,
  note: null,
});

const indicator = (
  key: string,
  unit: string,
  decimals: number,
  observations: ReportObservation[],
): ReportIndicator => ({
  key,
  name: txt(`指標${key}`),
  measure: "count",
  unit: txt(unit),
  direction: "increase",
  accumulation: "cumulative",
  decimals,
  baseline: obs("0", year(2016)),
  targets: [{ value: "1000", due: year(2023), lowerBound: false, breakdown: null, note: null }],
  observations,
});

const project = (areaNumber: number, number: number, extra: Partial<ReportProject> = {}): ReportProject => ({
  id: `p-${areaNumber}-${number}`,
  slug: `${areaNumber}-${number}`,
  areaNumber,
  number,
  title: txt(`項目${areaNumber}-${number}`),
  subtitle: null,
  summary: null,
  lifecycle: "in_progress",
  confidence: "on_track",
  confidenceNarrative: null,
  organizationsEtc: false,
  organizations: [],
  locations: [],
  progress: [],
  milestones: [],
  indicators: [],
  captions: [],
  sameAs: [],
  updatedAt: "2021-10-01T00:00:00.000Z",
  ...extra,
});

/** A fresh small report: 2 areas, 3 projects, milestones, indicators, notes, organisations and places. */
function base(): ReportModel {
  return {
    schemaVersion: 1,
    plan: {
      title: txt("協力プラン"),
      asOf: month(2021, 10),
      note: txt("注"),
      indicators: [indicator("trade", "億ドル", 1, [obs("200.5", year(2019)), obs("190.2", year(2020))])],
    },
    areas: [
      {
        number: 1,
        title: txt("健康寿命"),
        overview: [],
        projects: [
          project(1, 1, {
            milestones: [
              { id: "m1", title: txt("承認"), status: "planned", planned: withinYear(2021), actual: null },
              { id: "m2", title: txt("開業"), status: "in_progress", planned: month(2021, 12), actual: null },
              { id: "m3", title: txt("契約"), status: "completed", planned: month(2020, 5), actual: day(2020, 5, 20) },
            ],
            indicators: [
              indicator("patients", "人", 0, [obs("517", monthEnd(2020, 12)), obs("600", monthEnd(2021, 7))]),
            ],
            progress: [
              { date: month(2021, 2), group: null, text: txt("上場した"), kind: "bullet", sub: false },
              { date: null, group: null, text: txt("販売を予定"), kind: "bullet", sub: false },
            ],
            organizations: [
              { key: "hokuto", name: txt("北斗"), label: null, side: "jp", kind: "company", role: null },
              {
                key: "moscow-clinic",
                name: txt("モスクワ病院"),
                label: null,
                side: "ru",
                kind: "medical",
                role: null,
              },
            ],
            locations: [{ key: "moscow", name: txt("モスクワ"), kind: "city", lat: 55.75, lon: 37.62 }],
          }),
          project(1, 2, {
            lifecycle: "planned",
            confidence: "not_assessed",
            milestones: [{ id: "m4", title: txt("着工"), status: "planned", planned: year(2022), actual: null }],
          }),
        ],
      },
      {
        number: 2,
        title: txt("都市環境"),
        overview: [],
        projects: [
          project(2, 1, {
            confidence: "at_risk",
            confidenceNarrative: txt("資材の調達が遅れている"),
            indicators: [
              indicator("visitors", "万人", 1, [
                obs("21.6", year(2019), txt("受入れ")),
                obs("3.2", year(2019), txt("派遣")),
              ]),
            ],
          }),
        ],
      },
    ],
  };
}

const find = (m: ReportModel, id: string) => m.areas.flatMap((a) => a.projects).find((p) => p.id === id)!;

/** Changes `base()` with `edit` and diffs the two. */
function diffAfter(edit: (m: ReportModel) => void): ReportDiff {
  const to = base();
  edit(to);
  return diffReports(base(), to);
}

/** The counts are exactly these, every other one zero. */
function expectCounts(diff: ReportDiff, nonZero: Partial<DiffCounts>) {
  const all = Object.fromEntries(DIFF_COUNT_KEYS.map((k) => [k, nonZero[k] ?? 0]));
  expect(diff.counts).toEqual(all);
  expect(diff.isEmpty).toBe(Object.values(nonZero).every((n) => n === 0));
}

const only = (diff: ReportDiff) => {
  expect(diff.areas.flatMap((a) => a.projects)).toHaveLength(1);
  return diff.areas[0]!.projects[0]!;
};

describe("identical editions", () => {
  it("have no changes, and the models are left as they were", () => {
    const from = base(),
      to = base();
    const diff = diffReports(from, to);
    expectCounts(diff, {});
    expect(diff.areas).toEqual([]);
    expect(diff.plan.indicators).toEqual([]);
    expect(diff.projectsAdded).toEqual([]);
    expect(diff.projectsRemoved).toEqual([]);
    expect(from).toEqual(base());
    expect(to).toEqual(base());
  });

  it("ignore what readers cannot see as a change (order of organisations, time of the last save)", () => {
    const diff = diffAfter((m) => {
      const p = find(m, "p-1-1");
      p.organizations.reverse();
      p.updatedAt = "2021-11-01T00:00:00.000Z";
    });
    expectCounts(diff, {});
  });
});

describe("projects", () => {
  it("reports one added, with its area, number and title, in its area", () => {
    const diff = diffAfter((m) => m.areas[1]!.projects.push(project(2, 2, { title: txt("新しい項目") })));
    expectCounts(diff, { projectsAdded: 1 });
    expect(diff.projectsAdded).toEqual([
      { id: "p-2-2", slug: "2-2", areaNumber: 2, number: 2, title: txt("新しい項目") },
    ]);
    expect(diff.areas).toMatchObject([
      { number: 2, title: txt("都市環境"), projects: [{ kind: "added", milestones: [] }] },
    ]);
  });

  it("reports one removed, under the area it was in", () => {
    const diff = diffAfter((m) => m.areas[0]!.projects.splice(1, 1));
    expectCounts(diff, { projectsRemoved: 1 });
    expect(diff.projectsRemoved).toEqual([
      { id: "p-1-2", slug: "1-2", areaNumber: 1, number: 2, title: txt("項目1-2") },
    ]);
    expect(diff.areas).toMatchObject([{ number: 1, projects: [{ kind: "removed" }] }]);
  });

  it("follows a project by id when it moves area and number, and files it where it is now", () => {
    const diff = diffAfter((m) => {
      const [moved] = m.areas[0]!.projects.splice(1, 1);
      m.areas[1]!.projects.push({ ...moved!, areaNumber: 2, number: 2, slug: "2-2" });
    });
    expectCounts(diff, { projectsChanged: 1, projectsMoved: 1 });
    expect(only(diff)).toMatchObject({
      kind: "changed",
      project: { id: "p-1-2", areaNumber: 2, number: 2 },
      moved: { from: { areaNumber: 1, number: 2 }, to: { areaNumber: 2, number: 2 } },
    });
    expect(diff.areas[0]!.number).toBe(2);
  });

  it("reports lifecycle, confidence, its narrative and the title old → new", () => {
    const diff = diffAfter((m) => {
      Object.assign(find(m, "p-2-1"), {
        lifecycle: "suspended",
        confidence: "off_track",
        confidenceNarrative: txt("資材が届かない"),
        title: txt("項目2-1", "Item 2-1"),
      });
    });
    expectCounts(diff, {
      projectsChanged: 1,
      lifecycleChanged: 1,
      confidenceChanged: 1,
      narrativesChanged: 1,
      titlesChanged: 1,
    });
    expect(only(diff)).toMatchObject({
      lifecycle: { from: "in_progress", to: "suspended" },
      confidence: { from: "at_risk", to: "off_track" },
      confidenceNarrative: { from: txt("資材の調達が遅れている"), to: txt("資材が届かない") },
      title: { from: txt("項目2-1"), to: txt("項目2-1", "Item 2-1") },
    });
  });

  it("reports the subtitle and the summary old → new: set, cleared, or changed in either language", () => {
    const from = base();
    find(from, "p-1-1").summary = txt("旧概要");
    find(from, "p-1-2").summary = txt("概要");
    const to = structuredClone(from);
    Object.assign(find(to, "p-1-1"), { subtitle: txt("副題"), summary: null });
    find(to, "p-1-2").summary = txt("概要", "Summary");
    const diff = diffReports(from, to);
    expectCounts(diff, { projectsChanged: 2, subtitlesChanged: 1, summariesChanged: 2 });
    expect(diff.areas[0]!.projects).toMatchObject([
      {
        project: { id: "p-1-1" },
        subtitle: { from: null, to: txt("副題") },
        summary: { from: txt("旧概要"), to: null },
      },
      { project: { id: "p-1-2" }, subtitle: null, summary: { from: txt("概要"), to: txt("概要", "Summary") } },
    ]);
  });

  it("orders the output by area number, then by number", () => {
    const diff = diffAfter((m) => {
      for (const a of m.areas) for (const p of a.projects) p.lifecycle = "completed";
      m.areas.reverse();
      m.areas[1]!.projects.reverse();
    });
    expect(diff.areas.map((a) => [a.number, a.projects.map((p) => p.project.number)])).toEqual([
      [1, [1, 2]],
      [2, [1]],
    ]);
    expectCounts(diff, { projectsChanged: 3, lifecycleChanged: 3 });
  });
});

describe("milestones", () => {
  const milestones = (diff: ReportDiff) => only(diff).milestones;

  it("reports one completed, with its actual date", () => {
    const diff = diffAfter((m) =>
      Object.assign(find(m, "p-1-1").milestones[1]!, { status: "completed", actual: day(2021, 9, 30) }),
    );
    expectCounts(diff, { projectsChanged: 1, milestonesCompleted: 1 });
    expect(milestones(diff)).toEqual([
      {
        kind: "completed",
        milestone: expect.objectContaining({ id: "m2", actual: day(2021, 9, 30) }),
        title: null,
        status: { from: "in_progress", to: "completed" },
        planned: null,
        actual: { from: null, to: day(2021, 9, 30) },
      },
    ]);
  });

  it("reports a slip when the planned date's last possible day moves later", () => {
    const diff = diffAfter((m) => {
      find(m, "p-1-1").milestones[0]!.planned = month(2022, 3);
    });
    expectCounts(diff, { projectsChanged: 1, milestonesSlipped: 1 });
    expect(milestones(diff)).toMatchObject([
      { kind: "slipped", planned: { from: withinYear(2021), to: month(2022, 3) }, status: null },
    ]);
  });

  it("reports a slip when the status becomes delayed, the date unchanged", () => {
    const diff = diffAfter((m) => {
      find(m, "p-1-1").milestones[1]!.status = "delayed";
    });
    expectCounts(diff, { projectsChanged: 1, milestonesSlipped: 1 });
    expect(milestones(diff)).toMatchObject([
      { kind: "slipped", status: { from: "in_progress", to: "delayed" }, planned: null },
    ]);
  });

  it("does not call the same deadline said more precisely a slip (2021年内 → 2021年12月末)", () => {
    const diff = diffAfter((m) => {
      find(m, "p-1-1").milestones[0]!.planned = monthEnd(2021, 12);
    });
    expectCounts(diff, { projectsChanged: 1, milestonesRedated: 1 });
    expect(milestones(diff)).toMatchObject([{ kind: "redated" }]);
  });

  it("reports a planned date brought earlier", () => {
    const diff = diffAfter((m) => {
      find(m, "p-1-1").milestones[1]!.planned = month(2021, 11);
    });
    expectCounts(diff, { projectsChanged: 1, milestonesEarlier: 1 });
    expect(milestones(diff)).toMatchObject([
      { kind: "earlier", planned: { from: month(2021, 12), to: month(2021, 11) } },
    ]);
  });

  it("reports other status changes old → new", () => {
    const diff = diffAfter((m) => {
      find(m, "p-1-2").milestones[0]!.status = "in_progress";
    });
    expectCounts(diff, { projectsChanged: 1, milestonesStatusChanged: 1 });
    expect(milestones(diff)).toMatchObject([{ kind: "status", status: { from: "planned", to: "in_progress" } }]);
  });

  it("reports a milestone whose only change is its title as renamed, old → new", () => {
    const diff = diffAfter((m) => {
      find(m, "p-1-2").milestones[0]!.title = txt("本体工事の着工");
    });
    expectCounts(diff, { projectsChanged: 1, milestonesRenamed: 1 });
    expect(milestones(diff)).toEqual([
      {
        kind: "renamed",
        milestone: expect.objectContaining({ id: "m4", title: txt("本体工事の着工") }),
        title: { from: txt("着工"), to: txt("本体工事の着工") },
        status: null,
        planned: null,
        actual: null,
      },
    ]);
  });

  it("keeps a renamed milestone's more telling kind, and its title change beside it", () => {
    const diff = diffAfter((m) => {
      Object.assign(find(m, "p-1-1").milestones[1]!, {
        title: txt("開業", "Opening"),
        status: "completed",
        actual: day(2021, 9, 30),
      });
    });
    expectCounts(diff, { projectsChanged: 1, milestonesCompleted: 1 });
    expect(milestones(diff)).toMatchObject([
      { kind: "completed", title: { from: txt("開業"), to: txt("開業", "Opening") } },
    ]);
  });

  it("reports milestones added and removed, matched by id not title", () => {
    const diff = diffAfter((m) => {
      const p = find(m, "p-1-1");
      p.milestones.splice(2, 1);
      p.milestones.unshift({ id: "m9", title: txt("契約"), status: "planned", planned: year(2023), actual: null });
    });
    expectCounts(diff, { projectsChanged: 1, milestonesAdded: 1, milestonesRemoved: 1 });
    expect(milestones(diff).map((d) => [d.kind, d.milestone.id])).toEqual([
      ["added", "m9"],
      ["removed", "m3"],
    ]);
  });
});

describe("indicators", () => {
  const indicators = (diff: ReportDiff) => only(diff).indicators;

  it("reports a new latest value with its exact difference, and the new observation", () => {
    const added = obs("778", monthEnd(2021, 9));
    const diff = diffAfter((m) => find(m, "p-1-1").indicators[0]!.observations.push(added));
    expectCounts(diff, { projectsChanged: 1, indicatorValuesMoved: 1, observationsAdded: 1 });
    expect(indicators(diff)).toEqual([
      {
        kind: "changed",
        indicator: expect.objectContaining({ key: "patients" }),
        name: null,
        unit: null,
        baseline: null,
        values: [{ breakdown: null, from: obs("600", monthEnd(2021, 7)), to: added, difference: "178" }],
        observationsAdded: [added],
        observationsRemoved: [],
        targets: [],
      },
    ]);
  });

  it("takes the latest by date rather than by place in the list", () => {
    const diff = diffAfter((m) => find(m, "p-1-1").indicators[0]!.observations.unshift(obs("590", monthEnd(2021, 9))));
    expect(indicators(diff)[0]!.values).toMatchObject([
      { from: { value: "600" }, to: { value: "590" }, difference: "-10" },
    ]);
    expectCounts(diff, { projectsChanged: 1, indicatorValuesMoved: 1, observationsAdded: 1 });
  });

  it("compares each breakdown with itself, and a revised value is a move, not a new observation", () => {
    const diff = diffAfter((m) => {
      find(m, "p-2-1").indicators[0]!.observations[1]!.value = "3.35";
    });
    expectCounts(diff, { projectsChanged: 1, indicatorValuesMoved: 1 });
    expect(indicators(diff)[0]!.values).toEqual([
      {
        breakdown: txt("派遣"),
        from: obs("3.2", year(2019), txt("派遣")),
        to: obs("3.35", year(2019), txt("派遣")),
        difference: "0.15",
      },
    ]);
  });

  it("does not call the same number written differently a move", () => {
    const diff = diffAfter((m) => {
      find(m, "p-2-1").indicators[0]!.observations[0]!.value = "21.60";
    });
    expectCounts(diff, {});
  });

  it("reports targets whose value or due date changed, and targets added", () => {
    const diff = diffAfter((m) => {
      const targets = find(m, "p-1-1").indicators[0]!.targets;
      targets[0]!.due = year(2025);
      targets.push({ value: "50", due: null, lowerBound: false, breakdown: txt("研修"), note: null });
    });
    expectCounts(diff, { projectsChanged: 1, targetsChanged: 2 });
    expect(indicators(diff)[0]!.targets).toMatchObject([
      { from: { value: "1000", due: year(2023) }, to: { value: "1000", due: year(2025) } },
      { from: null, to: { value: "50" } },
    ]);
  });

  it("reports an observation removed, and the latest value going back to the one before it", () => {
    const diff = diffAfter((m) => find(m, "p-1-1").indicators[0]!.observations.pop());
    expectCounts(diff, { projectsChanged: 1, indicatorValuesMoved: 1, observationsRemoved: 1 });
    expect(indicators(diff)[0]).toMatchObject({
      observationsRemoved: [obs("600", monthEnd(2021, 7))],
      observationsAdded: [],
      values: [{ from: { value: "600" }, to: { value: "517" }, difference: "-83" }],
    });
  });

  it("reports an observation of one breakdown removed without calling the other's value moved", () => {
    const diff = diffAfter((m) => find(m, "p-2-1").indicators[0]!.observations.shift());
    expectCounts(diff, { projectsChanged: 1, observationsRemoved: 1 });
    expect(indicators(diff)[0]!.observationsRemoved).toEqual([obs("21.6", year(2019), txt("受入れ"))]);
  });

  it.each([
    [
      "value",
      (b: ReportObservation) => {
        b.value = "12";
      },
    ],
    [
      "date",
      (b: ReportObservation) => {
        b.asOf = year(2017);
      },
    ],
    [
      "qualifier",
      (b: ReportObservation) => {
        b.approximate = true;
      },
    ],
  ])("reports the baseline's %s changed, old → new", (_, edit) => {
    const diff = diffAfter((m) => edit(find(m, "p-1-1").indicators[0]!.baseline!));
    expectCounts(diff, { projectsChanged: 1, baselinesChanged: 1 });
    const { baseline } = indicators(diff)[0]!;
    expect(baseline!.from).toEqual(obs("0", year(2016)));
    expect(baseline!.to).not.toEqual(obs("0", year(2016)));
  });

  it("reports a baseline set or dropped, but not the same value written differently", () => {
    const diff = diffAfter((m) => {
      find(m, "p-1-1").indicators[0]!.baseline = null;
      find(m, "p-2-1").indicators[0]!.baseline!.value = "0.0";
    });
    expectCounts(diff, { projectsChanged: 1, baselinesChanged: 1 });
    expect(indicators(diff)[0]!.baseline).toEqual({ from: obs("0", year(2016)), to: null });
  });

  it("reports the name and the unit old → new, and gives no difference across units", () => {
    const diff = diffAfter((m) => {
      const i = find(m, "p-1-1").indicators[0]!;
      i.name = txt("指標patients", "Patients treated");
      i.unit = txt("千人");
      i.observations.push(obs("0.8", monthEnd(2021, 9)));
    });
    expectCounts(diff, {
      projectsChanged: 1,
      indicatorNamesChanged: 1,
      indicatorUnitsChanged: 1,
      indicatorValuesMoved: 1,
      observationsAdded: 1,
    });
    expect(indicators(diff)[0]).toMatchObject({
      name: { from: txt("指標patients"), to: txt("指標patients", "Patients treated") },
      unit: { from: txt("人"), to: txt("千人") },
      values: [{ from: { value: "600" }, to: { value: "0.8" }, difference: null }],
    });
  });

  it("reports indicators added and removed by key", () => {
    const diff = diffAfter((m) => {
      const p = find(m, "p-1-1");
      p.indicators = [indicator("graduates", "人", 0, [])];
    });
    expectCounts(diff, { projectsChanged: 1, indicatorsAdded: 1, indicatorsRemoved: 1 });
    expect(indicators(diff).map((i) => [i.kind, i.indicator.key])).toEqual([
      ["added", "graduates"],
      ["removed", "patients"],
    ]);
  });

  it("reports plan-level indicators apart from any project", () => {
    const diff = diffAfter((m) => m.plan.indicators[0]!.observations.push(obs("180.9", year(2021))));
    expectCounts(diff, { indicatorValuesMoved: 1, observationsAdded: 1 });
    expect(diff.areas).toEqual([]);
    expect(diff.isEmpty).toBe(false);
    expect(diff.plan.indicators[0]!.values[0]!.difference).toBe("-9.3");
  });
});

describe("notes, organisations and places", () => {
  it("reports notes new and gone, a note being its date and Japanese text", () => {
    const diff = diffAfter((m) => {
      const p = find(m, "p-1-1");
      p.progress[0]!.text.en = "Listed";
      p.progress[1]!.date = year(2021);
      p.progress.push({ date: month(2021, 9), group: null, text: txt("販売を開始した"), kind: "bullet", sub: false });
    });
    expectCounts(diff, { projectsChanged: 1, notesAdded: 2, notesRemoved: 1 });
    const { notes } = only(diff);
    expect(notes.added.map((n) => n.text.ja)).toEqual(["販売を予定", "販売を開始した"]);
    expect(notes.removed).toEqual([{ date: null, group: null, text: txt("販売を予定"), kind: "bullet", sub: false }]);
  });

  it("reports photo captions added and removed by their Japanese text", () => {
    const from = base();
    find(from, "p-1-1").captions = [txt("調印式"), txt("開所式")];
    const to = structuredClone(from);
    find(to, "p-1-1").captions = [txt("調印式", "Signing ceremony"), txt("工場の外観")];
    const diff = diffReports(from, to);
    expectCounts(diff, { projectsChanged: 1, captionsAdded: 1, captionsRemoved: 1 });
    expect(only(diff).captions).toEqual({ added: [txt("工場の外観")], removed: [txt("開所式")] });
  });

  it("reports organisations and places added or removed by key", () => {
    const diff = diffAfter((m) => {
      const p = find(m, "p-1-1");
      p.organizations.shift();
      p.locations.push({ key: "kazan", name: txt("カザン"), kind: "city", lat: null, lon: null });
    });
    expectCounts(diff, { projectsChanged: 1, organizationsRemoved: 1, locationsAdded: 1 });
    expect(only(diff).organizations.removed.map((o) => o.key)).toEqual(["hokuto"]);
    expect(only(diff).locations.added.map((l) => l.key)).toEqual(["kazan"]);
  });

  it("reports an organisation's role or label on the project changed, old → new, not as a new partner", () => {
    const diff = diffAfter((m) => {
      const [hokuto, clinic] = find(m, "p-1-1").organizations;
      hokuto!.role = txt("運営");
      clinic!.label = txt("モスクワ市立病院");
      find(m, "p-1-2").organizations = []; // had none: nothing to compare
    });
    expectCounts(diff, { projectsChanged: 1, organizationsChanged: 2 });
    expect(only(diff).organizations.changed).toMatchObject([
      { from: { key: "hokuto", role: null }, to: { key: "hokuto", role: txt("運営") } },
      { from: { key: "moscow-clinic", label: null }, to: { key: "moscow-clinic", label: txt("モスクワ市立病院") } },
    ]);
    expect(only(diff).locations).toEqual({ added: [], removed: [] });
  });
});

describe("exact decimal differences", () => {
  it.each([
    ["778", "400", "378"],
    ["23.15", "21.6", "1.55"],
    ["0.3", "0.1", "0.2"],
    ["3", "10.25", "-7.25"],
    ["-1.5", "-1.5", "0"],
    ["12345678901234567.25", "0.05", "12345678901234567.2"],
  ])("%s − %s = %s", (a, b, d) => expect(decimalDifference(a, b)).toBe(d));

  it("gives none for values that are not numbers", () => expect(decimalDifference("約5", "4")).toBeNull());
});

describe("the seeded report", () => {
  const seeded = useSeededReport();

  it("has no changes against itself", () => {
    const diff = diffReports(seeded.report, structuredClone(seeded.report));
    expect(diff.isEmpty).toBe(true);
    expect(Object.values(diff.counts).every((n) => n === 0)).toBe(true);
  });

  it("reports exactly one completed milestone when one is completed", () => {
    const to = structuredClone(seeded.report);
    const project = to.areas
      .flatMap((a) => a.projects)
      .find((p) => p.milestones.some((m) => m.status !== "completed"))!;
    const milestone = project.milestones.find((m) => m.status !== "completed")!;
    Object.assign(milestone, { status: "completed", actual: day(2021, 12, 1) });
    const diff = diffReports(seeded.report, to);
    expectCounts(diff, { projectsChanged: 1, milestonesCompleted: 1 });
    expect(diff.areas).toHaveLength(1);
    expect(only(diff)).toMatchObject({
      project: { id: project.id },
      milestones: [{ kind: "completed", milestone: { id: milestone.id } }],
    });
  });
});
