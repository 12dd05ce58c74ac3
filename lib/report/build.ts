import type { ReportRows } from "@/db/queries/report-rows";
import type { DatePrecision, PartialDate } from "@/lib/domain/partial-date";
import {
  REPORT_SCHEMA_VERSION,
  type LocalizedText,
  type ReportIndicator,
  type ReportModel,
  type ReportObservation,
  type ReportProject,
} from "./model";

// Pure: rows in, model out. Kept free of the database so that the same function can be
// checked against a stored edition and run in tests without I/O.

const text = (ja: string, en: string | null | undefined): LocalizedText => ({ ja, en: en ? en : null });
const optText = (ja: string | null, en: string | null): LocalizedText | null => (ja ? text(ja, en) : null);
const pd = (date: string | null, precision: DatePrecision | null): PartialDate | null =>
  date && precision ? { date, precision } : null;
const num = (v: string | null) => (v === null ? null : Number(v));

function groupBy<T, K>(rows: T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/**
 * The database record behind an object of the model (a project, a milestone, a note…): the
 * staff export writes its id and version beside the model's own fields, so that an import
 * can tell an edited row from one changed by someone else since. Kept beside the model, not
 * in it: an edition stores the model alone.
 */
export type RecordRef = { id: string | null; version: number };
export type RecordRefs = WeakMap<object, RecordRef>;

const tagger =
  (refs: RecordRefs | undefined) =>
  <T extends object>(obj: T, row: { id?: string; version: number }): T => {
    refs?.set(obj, { id: row.id ?? null, version: row.version });
    return obj;
  };

// Grouped once per report: looking them up per project made a 10,000-project build quadratic.
function indicatorBuilder(
  rows: ReportRows,
  tag: ReturnType<typeof tagger>,
): (projectId: string | null) => ReportIndicator[] {
  const targetsBy = groupBy(rows.targets, (r) => r.indicatorId);
  const observationsBy = groupBy(rows.observations, (r) => r.indicatorId);
  const indicatorsBy = groupBy(rows.indicators, (r) => r.projectId);
  const observation = (o: ReportRows["observations"][number]): ReportObservation =>
    tag(
      {
        value: o.value,
        periodStart: pd(o.periodStart, o.periodStartPrecision),
        periodEnd: pd(o.periodEnd, o.periodEndPrecision),
        asOf: pd(o.asOf, o.asOfPrecision),
        approximate: o.approximate,
        lowerBound: o.lowerBound,
        provisional: o.provisional,
        breakdown: optText(o.breakdownJa, o.breakdownEn),
        source: o.source,
        note: optText(o.noteJa, o.noteEn),
      },
      o,
    );
  return (projectId) =>
    (indicatorsBy.get(projectId) ?? []).map((i) => {
      const observations = observationsBy.get(i.id) ?? [];
      const baseline = observations.find((o) => o.isBaseline);
      return {
        key: i.key,
        name: text(i.nameJa, i.nameEn),
        measure: i.measure,
        unit: text(i.unitJa, i.unitEn),
        direction: i.direction,
        accumulation: i.accumulation,
        decimals: i.decimals,
        baseline: baseline ? observation(baseline) : null,
        targets: (targetsBy.get(i.id) ?? []).map((tg) =>
          tag(
            {
              value: tg.value,
              due: pd(tg.dueDate, tg.duePrecision),
              lowerBound: tg.lowerBound,
              breakdown: optText(tg.breakdownJa, tg.breakdownEn),
              note: optText(tg.noteJa, tg.noteEn),
            },
            tg,
          ),
        ),
        observations: observations.filter((o) => !o.isBaseline).map(observation),
      };
    });
}

export function buildReport(rows: ReportRows, refs?: RecordRefs): ReportModel {
  const tag = tagger(refs);
  if (!rows.plan) throw new Error("The plan has not been loaded: run `npm run db:seed`.");
  const orgs = new Map(rows.organizations.map((o) => [o.id, o]));
  const locs = new Map(rows.locations.map((l) => [l.id, l]));
  const projectsById = new Map(rows.projects.map((p) => [p.id, p]));
  const indicatorsOf = indicatorBuilder(rows, tag);
  const by = {
    orgs: groupBy(rows.projectOrganizations, (r) => r.projectId),
    locs: groupBy(rows.projectLocations, (r) => r.projectId),
    links: groupBy(rows.links, (r) => r.projectId),
    milestones: groupBy(rows.milestones, (r) => r.projectId),
    progress: groupBy(rows.progress, (r) => r.projectId),
    media: groupBy(rows.media, (r) => r.projectId),
  };

  const project = (p: ReportRows["projects"][number]): ReportProject =>
    tag(
      {
        id: p.id,
        slug: p.slug,
        areaNumber: p.areaNumber,
        number: p.number,
        title: text(p.titleJa, p.titleEn),
        subtitle: optText(p.subtitleJa, p.subtitleEn),
        summary: optText(p.summaryJa, p.summaryEn),
        lifecycle: p.lifecycleStatus,
        confidence: p.deliveryConfidence,
        confidenceNarrative: optText(p.confidenceNarrativeJa, p.confidenceNarrativeEn),
        organizationsEtc: p.organizationsEtc,
        organizations: (by.orgs.get(p.id) ?? []).map((link) => {
          const o = orgs.get(link.organizationId)!;
          return tag(
            {
              key: o.key,
              name: text(o.nameJa, o.nameEn),
              label: optText(link.labelJa, link.labelEn),
              side: o.side,
              kind: o.kind,
              role: optText(link.roleJa, link.roleEn),
            },
            link,
          );
        }),
        locations: (by.locs.get(p.id) ?? []).map((link) => {
          const l = locs.get(link.locationId)!;
          return { key: l.key, name: text(l.nameJa, l.nameEn), kind: l.kind, lat: num(l.lat), lon: num(l.lon) };
        }),
        progress: (by.progress.get(p.id) ?? []).map((u) =>
          tag(
            {
              date: pd(u.date, u.datePrecision),
              group: optText(u.groupJa, u.groupEn),
              text: text(u.textJa, u.textEn),
              kind: u.kind,
              sub: u.sub,
            },
            u,
          ),
        ),
        milestones: (by.milestones.get(p.id) ?? []).map((m) =>
          tag(
            {
              id: m.id,
              title: text(m.titleJa, m.titleEn),
              status: m.status,
              planned: pd(m.plannedDate, m.plannedPrecision),
              actual: pd(m.actualDate, m.actualPrecision),
            },
            m,
          ),
        ),
        indicators: indicatorsOf(p.id),
        captions: (by.media.get(p.id) ?? []).map((m) => text(m.captionJa, m.captionEn)),
        sameAs: (by.links.get(p.id) ?? [])
          .map((l) => projectsById.get(l.linkedProjectId)!)
          .sort((a, b) => a.areaNumber - b.areaNumber || a.number - b.number)
          .map((o) => ({
            slug: o.slug,
            areaNumber: o.areaNumber,
            number: o.number,
            title: text(o.titleJa, o.titleEn),
          })),
        updatedAt: p.updatedAt.toISOString(),
      },
      p,
    );

  const projectsByArea = groupBy(rows.projects, (p) => p.areaNumber);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    plan: {
      title: text(rows.plan.titleJa, rows.plan.titleEn),
      asOf: { date: rows.plan.asOfDate, precision: rows.plan.asOfPrecision },
      note: text(rows.plan.noteJa, rows.plan.noteEn),
      indicators: indicatorsOf(null),
    },
    areas: rows.areas.map((a) => ({
      number: a.number,
      title: text(a.titleJa, a.titleEn),
      overview: a.overview.map((b) => ({ text: text(b.ja, b.en), sub: b.sub ?? false })),
      projects: (projectsByArea.get(a.number) ?? []).map(project),
    })),
  };
}

/** The model as an edition of the given month ("2021-11") reports it: as of that month. */
export function asOfMonth(report: ReportModel, period: string): ReportModel {
  return { ...report, plan: { ...report.plan, asOf: { date: `${period}-01`, precision: "month" } } };
}
