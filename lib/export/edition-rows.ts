import type { RecordRefs } from "@/lib/report/build";
import type { ReportIndicator, ReportModel, ReportObservation, ReportProject } from "@/lib/report/model";
import { projectCode } from "@/lib/domain/circled";
import { codeRows, dateCells, textCells } from "./row-parts";
import type { TableName, TableRow } from "./tables";

// An edition's tables, read from its frozen report model. Each table is a generator, so
// that an edition of 10,000 projects is written row by row and never held twice. The staff
// export reads a model built from the live data the same way, adding each record's id and
// version (`refs`, see buildReport) for the import to check.

type Rows = () => Iterable<TableRow>;

const projectsOf = function* (model: ReportModel) {
  for (const area of model.areas) yield* area.projects;
};

const projectCells = (p: ReportProject | null) => ({
  project_id: p?.id ?? null,
  project_code: p ? projectCode(p.areaNumber, p.number) : null,
});

/** Every indicator with the project it belongs to (null: the plan's own figures, listed first). */
const indicatorsOf = function* (model: ReportModel): Generator<[ReportProject | null, ReportIndicator]> {
  for (const i of model.plan.indicators) yield [null, i];
  for (const p of projectsOf(model)) for (const i of p.indicators) yield [p, i];
};

const observationCells = (o: ReportObservation, isBaseline: boolean): TableRow => ({
  is_baseline: isBaseline,
  value: o.value,
  ...dateCells("period_start", "period_start_precision", o.periodStart),
  ...dateCells("period_end", "period_end_precision", o.periodEnd),
  ...dateCells("as_of", "as_of_precision", o.asOf),
  approximate: o.approximate,
  lower_bound: o.lowerBound,
  provisional: o.provisional,
  ...textCells("breakdown", o.breakdown?.ja, o.breakdown?.en),
  source: o.source,
  ...textCells("note", o.note?.ja, o.note?.en),
});

export function editionRows(model: ReportModel, refs?: RecordRefs): Record<TableName, Rows> {
  const live = (obj: object, idKey?: string): TableRow => {
    const ref = refs?.get(obj);
    if (!ref) return {};
    return idKey ? { [idKey]: ref.id, version: ref.version } : { version: ref.version };
  };
  const perProject = (rows: (p: ReportProject) => Iterable<TableRow>): Rows =>
    function* () {
      for (const p of projectsOf(model)) yield* rows(p);
    };
  return {
    plan: () => [
      {
        ...textCells("title", model.plan.title.ja, model.plan.title.en),
        ...dateCells("as_of_date", "as_of_precision", model.plan.asOf),
        ...textCells("note", model.plan.note.ja, model.plan.note.en),
      },
    ],
    areas: () => model.areas.map((a) => ({ area_number: a.number, ...textCells("title", a.title.ja, a.title.en) })),
    area_overview: function* () {
      for (const a of model.areas)
        for (const [i, b] of a.overview.entries())
          yield { area_number: a.number, seq: i + 1, ...textCells("text", b.text.ja, b.text.en), sub: b.sub };
    },
    projects: perProject((p) => [
      {
        ...projectCells(p),
        area_number: p.areaNumber,
        project_number: p.number,
        slug: p.slug,
        ...textCells("title", p.title.ja, p.title.en),
        ...textCells("subtitle", p.subtitle?.ja, p.subtitle?.en),
        ...textCells("summary", p.summary?.ja, p.summary?.en),
        lifecycle_status: p.lifecycle,
        delivery_confidence: p.confidence,
        ...textCells("confidence_narrative", p.confidenceNarrative?.ja, p.confidenceNarrative?.en),
        organizations_etc: p.organizationsEtc,
        updated_at: p.updatedAt,
        ...live(p),
      },
    ]),
    project_links: perProject((p) =>
      p.sameAs.map((s) => ({
        ...projectCells(p),
        linked_project_code: projectCode(s.areaNumber, s.number),
        linked_slug: s.slug,
      })),
    ),
    organizations: function* () {
      const seen = new Set<string>();
      for (const p of projectsOf(model)) {
        for (const o of p.organizations) {
          if (seen.has(o.key)) continue;
          seen.add(o.key);
          yield { organization_key: o.key, ...textCells("name", o.name.ja, o.name.en), side: o.side, kind: o.kind };
        }
      }
    },
    project_organizations: perProject((p) =>
      p.organizations.map((o, i) => ({
        ...projectCells(p),
        organization_key: o.key,
        seq: i + 1,
        ...textCells("role", o.role?.ja, o.role?.en),
        ...textCells("label", o.label?.ja, o.label?.en),
        ...live(o),
      })),
    ),
    locations: function* () {
      const seen = new Set<string>();
      for (const p of projectsOf(model)) {
        for (const l of p.locations) {
          if (seen.has(l.key)) continue;
          seen.add(l.key);
          yield {
            location_key: l.key,
            ...textCells("name", l.name.ja, l.name.en),
            kind: l.kind,
            lat: l.lat,
            lon: l.lon,
          };
        }
      }
    },
    project_locations: perProject((p) =>
      p.locations.map((l, i) => ({ ...projectCells(p), location_key: l.key, seq: i + 1 })),
    ),
    milestones: perProject((p) =>
      p.milestones.map((m, i) => ({
        milestone_id: m.id,
        ...projectCells(p),
        seq: i + 1,
        ...textCells("title", m.title.ja, m.title.en),
        status: m.status,
        ...dateCells("planned_date", "planned_precision", m.planned),
        ...dateCells("actual_date", "actual_precision", m.actual),
        ...live(m),
      })),
    ),
    progress_notes: perProject((p) =>
      p.progress.map((u, i) => ({
        ...live(u, "progress_id"),
        ...projectCells(p),
        seq: i + 1,
        ...dateCells("date", "date_precision", u.date),
        ...textCells("group", u.group?.ja, u.group?.en),
        ...textCells("text", u.text.ja, u.text.en),
        kind: u.kind,
        sub: u.sub,
      })),
    ),
    indicators: function* () {
      for (const [p, i] of indicatorsOf(model)) {
        yield {
          ...projectCells(p),
          indicator_key: i.key,
          ...textCells("name", i.name.ja, i.name.en),
          measure: i.measure,
          ...textCells("unit", i.unit.ja, i.unit.en),
          direction: i.direction,
          accumulation: i.accumulation,
          decimals: i.decimals,
        };
      }
    },
    targets: function* () {
      for (const [p, i] of indicatorsOf(model)) {
        for (const [n, t] of i.targets.entries()) {
          yield {
            ...live(t, "target_id"),
            ...projectCells(p),
            indicator_key: i.key,
            seq: n + 1,
            value: t.value,
            ...dateCells("due_date", "due_precision", t.due),
            lower_bound: t.lowerBound,
            ...textCells("breakdown", t.breakdown?.ja, t.breakdown?.en),
            ...textCells("note", t.note?.ja, t.note?.en),
          };
        }
      }
    },
    observations: function* () {
      for (const [p, i] of indicatorsOf(model)) {
        const all = [
          ...(i.baseline ? [[i.baseline, true] as const] : []),
          ...i.observations.map((o) => [o, false] as const),
        ];
        for (const [n, [o, baseline]] of all.entries())
          yield {
            ...live(o, "observation_id"),
            ...projectCells(p),
            indicator_key: i.key,
            seq: n + 1,
            ...observationCells(o, baseline),
          };
      }
    },
    captions: perProject((p) =>
      p.captions.map((cap, i) => ({ ...projectCells(p), seq: i + 1, ...textCells("caption", cap.ja, cap.en) })),
    ),
    codes: codeRows,
  };
}
