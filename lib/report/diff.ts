import { addedAndRemoved, change, changedByKey, diffMilestones, isUnchanged, noteKey, sameText } from "./diff-parts";
import { diffIndicators } from "./diff-indicators";
import {
  DIFF_COUNT_KEYS,
  type AreaDiff,
  type DiffCounts,
  type DiffCountKey,
  type IndicatorDiff,
  type MilestoneChangeKind,
  type Presence,
  type ProjectDiff,
  type ProjectHeading,
  type ProjectPlace,
  type ReportDiff,
} from "./diff-types";
import type { ReportModel, ReportOrganization, ReportProject } from "./model";

export * from "./diff-types";

// What changed between two editions of the report, for the public "changes" page. Pure:
// two models in, a plain serialisable description out. Projects and milestones are matched
// by id (stable across editions even when an item is renumbered), indicators by key.
// The promise to readers is that every change between two editions is listed, old and new.

const heading = (p: ReportProject): ProjectHeading => ({
  id: p.id,
  slug: p.slug,
  areaNumber: p.areaNumber,
  number: p.number,
  title: p.title,
});

const place = (p: ReportProject): ProjectPlace => ({ areaNumber: p.areaNumber, number: p.number });
const samePlace = (a: ProjectPlace, b: ProjectPlace) => a.areaNumber === b.areaNumber && a.number === b.number;

function bare(kind: Presence, p: ReportProject): ProjectDiff {
  return {
    kind,
    project: heading(p),
    moved: null,
    title: null,
    subtitle: null,
    summary: null,
    lifecycle: null,
    confidence: null,
    confidenceNarrative: null,
    milestones: [],
    indicators: [],
    notes: { added: [], removed: [] },
    captions: { added: [], removed: [] },
    organizations: { added: [], removed: [], changed: [] },
    locations: { added: [], removed: [] },
  };
}

// The role and the label are what this project says of an organisation; its name and side
// belong to the organisation itself and show wherever it appears.
const sameOnProject = (a: ReportOrganization, b: ReportOrganization) =>
  sameText(a.role, b.role) && sameText(a.label, b.label);

/** The changes to a project present in both editions; null when there are none. */
function diffProject(old: ReportProject, now: ReportProject): ProjectDiff | null {
  const orgKey = (o: ReportOrganization) => o.key;
  const { kind, project, ...changes }: ProjectDiff = {
    ...bare("changed", now),
    moved: change(place(old), place(now), samePlace),
    title: change(old.title, now.title, sameText),
    subtitle: change(old.subtitle, now.subtitle, sameText),
    summary: change(old.summary, now.summary, sameText),
    lifecycle: change(old.lifecycle, now.lifecycle),
    confidence: change(old.confidence, now.confidence),
    confidenceNarrative: change(old.confidenceNarrative, now.confidenceNarrative, sameText),
    milestones: diffMilestones(old.milestones, now.milestones),
    indicators: diffIndicators(old.indicators, now.indicators),
    notes: addedAndRemoved(old.progress, now.progress, noteKey),
    captions: addedAndRemoved(old.captions, now.captions, (c) => c.ja),
    organizations: {
      ...addedAndRemoved(old.organizations, now.organizations, orgKey),
      changed: changedByKey(old.organizations, now.organizations, orgKey, sameOnProject),
    },
    locations: addedAndRemoved(old.locations, now.locations, (l) => l.key),
  };
  return isUnchanged(changes) ? null : { kind, project, ...changes };
}

const MILESTONE_COUNTS: Record<MilestoneChangeKind, DiffCountKey> = {
  added: "milestonesAdded",
  removed: "milestonesRemoved",
  completed: "milestonesCompleted",
  slipped: "milestonesSlipped",
  status: "milestonesStatusChanged",
  earlier: "milestonesEarlier",
  redated: "milestonesRedated",
  renamed: "milestonesRenamed",
};

function count(projects: ProjectDiff[], planIndicators: IndicatorDiff[]): DiffCounts {
  const c = Object.fromEntries(DIFF_COUNT_KEYS.map((k) => [k, 0])) as DiffCounts;
  const presence = { added: "projectsAdded", removed: "projectsRemoved", changed: "projectsChanged" } as const;
  for (const p of projects) {
    c[presence[p.kind]]++;
    if (p.moved) c.projectsMoved++;
    if (p.title) c.titlesChanged++;
    if (p.subtitle) c.subtitlesChanged++;
    if (p.summary) c.summariesChanged++;
    if (p.lifecycle) c.lifecycleChanged++;
    if (p.confidence) c.confidenceChanged++;
    if (p.confidenceNarrative) c.narrativesChanged++;
    for (const m of p.milestones) c[MILESTONE_COUNTS[m.kind]]++;
    c.notesAdded += p.notes.added.length;
    c.notesRemoved += p.notes.removed.length;
    c.captionsAdded += p.captions.added.length;
    c.captionsRemoved += p.captions.removed.length;
    c.organizationsAdded += p.organizations.added.length;
    c.organizationsRemoved += p.organizations.removed.length;
    c.organizationsChanged += p.organizations.changed.length;
    c.locationsAdded += p.locations.added.length;
    c.locationsRemoved += p.locations.removed.length;
  }
  for (const i of [...planIndicators, ...projects.flatMap((p) => p.indicators)]) {
    if (i.kind === "added") c.indicatorsAdded++;
    if (i.kind === "removed") c.indicatorsRemoved++;
    if (i.name) c.indicatorNamesChanged++;
    if (i.unit) c.indicatorUnitsChanged++;
    if (i.baseline) c.baselinesChanged++;
    c.indicatorValuesMoved += i.values.length;
    c.observationsAdded += i.observationsAdded.length;
    c.observationsRemoved += i.observationsRemoved.length;
    c.targetsChanged += i.targets.length;
  }
  return c;
}

// At the same place, a removed project is listed before the one that took its number.
const PRESENCE_ORDER: Record<Presence, number> = { removed: 0, changed: 1, added: 2 };

export function diffReports(from: ReportModel, to: ReportModel): ReportDiff {
  const before = new Map(from.areas.flatMap((a) => a.projects).map((p) => [p.id, p]));
  const after = new Map(to.areas.flatMap((a) => a.projects).map((p) => [p.id, p]));
  const projects: ProjectDiff[] = [];
  for (const [id, now] of after) {
    const old = before.get(id);
    const d = old ? diffProject(old, now) : bare("added", now);
    if (d) projects.push(d);
  }
  for (const [id, old] of before) if (!after.has(id)) projects.push(bare("removed", old));
  projects.sort(
    (a, b) =>
      a.project.areaNumber - b.project.areaNumber ||
      a.project.number - b.project.number ||
      PRESENCE_ORDER[a.kind] - PRESENCE_ORDER[b.kind],
  );

  // An area that is gone from the newer edition still titles the projects removed with it.
  const areaTitles = new Map([...from.areas, ...to.areas].map((a) => [a.number, a.title]));
  const areas: AreaDiff[] = [];
  for (const p of projects) {
    const last = areas.at(-1);
    if (last?.number === p.project.areaNumber) last.projects.push(p);
    else
      areas.push({
        number: p.project.areaNumber,
        title: areaTitles.get(p.project.areaNumber) ?? { ja: "", en: null },
        projects: [p],
      });
  }

  const planIndicators = diffIndicators(from.plan.indicators, to.plan.indicators);
  return {
    fromAsOf: from.plan.asOf,
    toAsOf: to.plan.asOf,
    isEmpty: projects.length === 0 && planIndicators.length === 0,
    counts: count(projects, planIndicators),
    projectsAdded: projects.filter((p) => p.kind === "added").map((p) => p.project),
    projectsRemoved: projects.filter((p) => p.kind === "removed").map((p) => p.project),
    plan: { indicators: planIndicators },
    areas,
  };
}
