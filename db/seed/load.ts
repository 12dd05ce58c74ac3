import { like } from "drizzle-orm";
import { v5 as uuidv5 } from "uuid";
import type { Db, Tx } from "../connection";
import * as t from "../schema";
import { collectSeed } from "./collect";
import * as data from "./data";
import type { SeedArea, SeedIndicator, SeedObservation, SeedPlan, Text } from "./types";
import { SYNTHETIC_MARK_JA, SyntheticRefusal } from "./synthetic";
import { upsertRows } from "./upsert";
import type { PartialDate } from "@/lib/domain/partial-date";

// Seeded rows get ids derived from their place in the report (uuid v5), and fixed
// timestamps, so seeding twice writes the same rows and later editions can tell a
// seeded record from one staff added.
const NAMESPACE = "3b0f2b8e-6a55-4d3c-9a57-2f0c7b1d8e21";
const seedId = (...parts: (string | number)[]) => uuidv5(parts.join(":"), NAMESPACE);
const SEEDED_AT = new Date("2021-10-01T00:00:00.000Z");
const stamp = { createdAt: SEEDED_AT, updatedAt: SEEDED_AT };

const dateCols = (pd: PartialDate | undefined) => ({ date: pd?.date ?? null, precision: pd?.precision ?? null });
const en = (text: Text | undefined) => text?.en || null;

export type SeedCounts = Record<string, number>;

function indicatorRows(indicators: SeedIndicator[], projectId: string | null, scope: string) {
  const rows = {
    indicators: [] as (typeof t.indicators.$inferInsert)[],
    targets: [] as (typeof t.indicatorTargets.$inferInsert)[],
    observations: [] as (typeof t.indicatorObservations.$inferInsert)[],
  };
  indicators.forEach((ind, i) => {
    const indicatorId = seedId("indicator", scope, ind.key);
    rows.indicators.push({
      id: indicatorId,
      projectId,
      key: ind.key,
      nameJa: ind.name.ja,
      nameEn: ind.name.en,
      measure: ind.measure,
      unitJa: ind.unit.ja,
      unitEn: ind.unit.en,
      direction: ind.direction,
      accumulation: ind.accumulation,
      decimals: ind.decimals ?? 0,
      sortOrder: i,
      ...stamp,
    });
    (ind.targets ?? []).forEach((target, j) => {
      const due = dateCols(target.due);
      rows.targets.push({
        id: seedId("target", scope, ind.key, j),
        indicatorId,
        value: target.value,
        dueDate: due.date,
        duePrecision: due.precision,
        lowerBound: target.lowerBound ?? false,
        breakdownJa: target.breakdown?.ja ?? null,
        breakdownEn: en(target.breakdown),
        noteJa: target.note?.ja ?? null,
        noteEn: en(target.note),
        sortOrder: j,
        ...stamp,
      });
    });
    const observation = (
      o: SeedObservation,
      j: number,
      isBaseline: boolean,
    ): typeof t.indicatorObservations.$inferInsert => {
      const start = dateCols(o.period?.start),
        end = dateCols(o.period?.end),
        asOf = dateCols(o.asOf);
      return {
        id: seedId("observation", scope, ind.key, isBaseline ? "baseline" : j),
        indicatorId,
        value: o.value,
        periodStart: start.date,
        periodStartPrecision: start.precision,
        periodEnd: end.date,
        periodEndPrecision: end.precision,
        asOf: asOf.date,
        asOfPrecision: asOf.precision,
        approximate: o.approximate ?? false,
        lowerBound: o.lowerBound ?? false,
        provisional: o.provisional ?? false,
        isBaseline,
        breakdownJa: o.breakdown?.ja ?? null,
        breakdownEn: en(o.breakdown),
        source: o.source ?? null,
        noteJa: o.note?.ja ?? null,
        noteEn: en(o.note),
        sortOrder: isBaseline ? -1 : j,
        ...stamp,
      };
    };
    if (ind.baseline) rows.observations.push(observation(ind.baseline, -1, true));
    ind.observations.forEach((o, j) => rows.observations.push(observation(o, j, false)));
  });
  return rows;
}

/**
 * Loads the October 2021 report's rows; idempotent. Returns how many rows each table
 * received. Its first edition is built from these rows above this layer (lib/seed/report.ts,
 * with the report builder), in the same transaction when the caller passes one.
 */
export async function seedReport(
  db: Db | Tx,
  areas: SeedArea[] = data.areas,
  plan: SeedPlan = data.plan,
): Promise<SeedCounts> {
  const { organizations, locations } = collectSeed(areas);
  const orgId = (key: string) => seedId("organization", key);
  const locId = (key: string) => seedId("location", key);
  const projectId = (slug: string) => seedId("project", slug);

  const rows = {
    projects: [] as (typeof t.projects.$inferInsert)[],
    links: [] as (typeof t.projectLinks.$inferInsert)[],
    projectOrganizations: [] as (typeof t.projectOrganizations.$inferInsert)[],
    projectLocations: [] as (typeof t.projectLocations.$inferInsert)[],
    milestones: [] as (typeof t.milestones.$inferInsert)[],
    progress: [] as (typeof t.progressUpdates.$inferInsert)[],
    media: [] as (typeof t.media.$inferInsert)[],
    ...indicatorRows(plan.indicators, null, "plan"),
  };

  for (const area of areas) {
    for (const item of area.items) {
      const slug = `${area.number}-${item.number}`;
      const id = projectId(slug);
      rows.projects.push({
        id,
        areaNumber: area.number,
        number: item.number,
        slug,
        titleJa: item.title.ja,
        titleEn: item.title.en,
        subtitleJa: item.subtitle?.ja ?? null,
        subtitleEn: en(item.subtitle),
        summaryJa: item.summary?.ja ?? null,
        summaryEn: en(item.summary),
        lifecycleStatus: item.lifecycle,
        deliveryConfidence: item.confidence,
        organizationsEtc: item.organizationsEtc ?? false,
        lastActivityAt: SEEDED_AT,
        ...stamp,
      });
      for (const other of item.sameAs ?? []) rows.links.push({ projectId: id, linkedProjectId: projectId(other) });
      item.organizations.forEach((link, i) =>
        rows.projectOrganizations.push({
          projectId: id,
          organizationId: orgId(link.org.key),
          roleJa: link.role?.ja ?? null,
          roleEn: en(link.role),
          labelJa: link.label?.ja ?? null,
          labelEn: en(link.label),
          sortOrder: i,
          ...stamp,
        }),
      );
      item.locations.forEach((loc, i) =>
        rows.projectLocations.push({ projectId: id, locationId: locId(loc.key), sortOrder: i }),
      );
      item.milestones.forEach((m, i) => {
        const planned = dateCols(m.planned),
          actual = dateCols(m.actual);
        rows.milestones.push({
          id: seedId("milestone", slug, i),
          projectId: id,
          titleJa: m.title.ja,
          titleEn: m.title.en,
          status: m.status,
          plannedDate: planned.date,
          plannedPrecision: planned.precision,
          actualDate: actual.date,
          actualPrecision: actual.precision,
          sortOrder: i,
          ...stamp,
        });
      });
      item.progress.forEach((p, i) => {
        const d = dateCols(p.date);
        rows.progress.push({
          id: seedId("progress", slug, i),
          projectId: id,
          date: d.date,
          datePrecision: d.precision,
          groupJa: p.group?.ja ?? null,
          groupEn: en(p.group),
          textJa: p.text.ja,
          textEn: en(p.text),
          kind: p.note ? "note" : "bullet",
          sub: p.sub ?? false,
          sortOrder: i,
          ...stamp,
        });
      });
      item.captions.forEach((c, i) =>
        rows.media.push({
          id: seedId("media", slug, i),
          projectId: id,
          captionJa: c.ja,
          captionEn: en(c),
          sortOrder: i,
          ...stamp,
        }),
      );
      const ind = indicatorRows(item.indicators, id, slug);
      rows.indicators.push(...ind.indicators);
      rows.targets.push(...ind.targets);
      rows.observations.push(...ind.observations);
    }
  }

  await db.transaction(async (tx) => {
    // Synthetic benchmark data and the real report never share a database.
    const [synthetic] = await tx
      .select({ id: t.projects.id })
      .from(t.projects)
      .where(like(t.projects.titleJa, `${SYNTHETIC_MARK_JA}%`))
      .limit(1);
    if (synthetic)
      throw new SyntheticRefusal(
        "This database holds synthetic projects (db:seed:synthetic); the real report is only seeded into a database of its own.",
      );
    await upsertRows(
      tx,
      t.plans,
      [
        {
          id: 1,
          titleJa: plan.title.ja,
          titleEn: plan.title.en,
          asOfDate: plan.asOf.date,
          asOfPrecision: plan.asOf.precision,
          noteJa: plan.note.ja,
          noteEn: plan.note.en,
          ...stamp,
        },
      ],
      [t.plans.id],
    );
    await upsertRows(
      tx,
      t.areas,
      areas.map((a) => ({
        number: a.number,
        titleJa: a.title.ja,
        titleEn: a.title.en,
        overview: a.overview.map((b) => ({ ja: b.text.ja, en: b.text.en, ...(b.sub ? { sub: true } : {}) })),
        ...stamp,
      })),
      [t.areas.number],
    );
    await upsertRows(
      tx,
      t.organizations,
      [...organizations.values()].map((o) => ({
        id: orgId(o.key),
        key: o.key,
        nameJa: o.name.ja,
        nameEn: o.name.en,
        side: o.side,
        kind: o.kind,
        ...stamp,
      })),
      [t.organizations.id],
    );
    await upsertRows(
      tx,
      t.locations,
      [...locations.values()].map((l) => ({
        id: locId(l.key),
        key: l.key,
        nameJa: l.name.ja,
        nameEn: l.name.en,
        kind: l.kind,
        lat: String(l.lat),
        lon: String(l.lon),
        ...stamp,
      })),
      [t.locations.id],
    );
    await upsertRows(tx, t.projects, rows.projects, [t.projects.id]);
    await upsertRows(tx, t.projectLinks, rows.links, [t.projectLinks.projectId, t.projectLinks.linkedProjectId]);
    await upsertRows(tx, t.projectOrganizations, rows.projectOrganizations, [
      t.projectOrganizations.projectId,
      t.projectOrganizations.organizationId,
    ]);
    await upsertRows(tx, t.projectLocations, rows.projectLocations, [
      t.projectLocations.projectId,
      t.projectLocations.locationId,
    ]);
    await upsertRows(tx, t.milestones, rows.milestones, [t.milestones.id]);
    await upsertRows(tx, t.progressUpdates, rows.progress, [t.progressUpdates.id]);
    await upsertRows(tx, t.media, rows.media, [t.media.id]);
    await upsertRows(tx, t.indicators, rows.indicators, [t.indicators.id]);
    await upsertRows(tx, t.indicatorTargets, rows.targets, [t.indicatorTargets.id]);
    await upsertRows(tx, t.indicatorObservations, rows.observations, [t.indicatorObservations.id]);
  });

  return {
    areas: areas.length,
    projects: rows.projects.length,
    organizations: organizations.size,
    locations: locations.size,
    milestones: rows.milestones.length,
    progressUpdates: rows.progress.length,
    media: rows.media.length,
    indicators: rows.indicators.length,
    indicatorTargets: rows.targets.length,
    indicatorObservations: rows.observations.length,
  };
}
