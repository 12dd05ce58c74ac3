import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { indicatorObservations, indicators, indicatorTargets, media, milestones, progressUpdates } from "../schema";

// The records staff keep in ordered lists under a project (milestones, notes, captions,
// indicators) or under an indicator (targets, observations): where each kind is stored,
// the columns its form writes, and how the audit log names it. How a form's values become
// those columns, and a row the form's values again, is the layer above's concern
// (lib/records/forms.ts): this layer reads and writes rows.

type Tables = {
  milestone: typeof milestones;
  progress: typeof progressUpdates;
  media: typeof media;
  indicator: typeof indicators;
  target: typeof indicatorTargets;
  observation: typeof indicatorObservations;
};

export type RecordKind = keyof Tables;
export type RecordTable<K extends RecordKind> = Tables[K];
/** A stored record of kind K, as a select returns it. */
export type StoredRecord<K extends RecordKind> = RecordTable<K>["$inferSelect"];

const WRITTEN = {
  milestone: ["titleJa", "titleEn", "status", "plannedDate", "plannedPrecision", "actualDate", "actualPrecision"],
  progress: ["date", "datePrecision", "groupJa", "groupEn", "textJa", "textEn", "sub"],
  media: ["captionJa", "captionEn"],
  indicator: ["nameJa", "nameEn", "measure", "unitJa", "unitEn", "direction", "accumulation", "decimals"],
  target: ["value", "dueDate", "duePrecision", "lowerBound", "breakdownJa", "breakdownEn", "noteJa", "noteEn"],
  observation: [
    "value",
    "periodStart",
    "periodStartPrecision",
    "periodEnd",
    "periodEndPrecision",
    "asOf",
    "asOfPrecision",
    "approximate",
    "lowerBound",
    "provisional",
    "isBaseline",
    "breakdownJa",
    "breakdownEn",
    "source",
    "noteJa",
    "noteEn",
  ],
} as const satisfies { [K in RecordKind]: readonly (keyof StoredRecord<K>)[] };

/** The columns a kind's form writes, every one of them, as they are stored. */
export type RecordValues<K extends RecordKind> = Pick<
  StoredRecord<K>,
  Extract<(typeof WRITTEN)[K][number], keyof StoredRecord<K>>
>;

export type KindSpec<K extends RecordKind = RecordKind> = {
  kind: K;
  table: RecordTable<K>;
  parent: "project" | "indicator";
  /** The column naming the parent (a plan-level indicator has none). */
  parentColumn: AnyPgColumn<{ data: string }>;
  parentIdOf: (row: StoredRecord<K>) => string | null;
  /** The columns the form writes: compared on a save, logged whole on a deletion. */
  written: readonly Extract<keyof RecordValues<K>, string>[];
  /** How the audit log names the record. */
  label: (row: RecordValues<K>) => string;
};

const underProject = { parent: "project" } as const;
const underIndicator = { parent: "indicator" } as const;

export const KINDS: { [K in RecordKind]: KindSpec<K> } = {
  milestone: {
    kind: "milestone",
    table: milestones,
    ...underProject,
    parentColumn: milestones.projectId,
    parentIdOf: (r) => r.projectId,
    written: WRITTEN.milestone,
    label: (r) => r.titleJa,
  },
  progress: {
    kind: "progress",
    table: progressUpdates,
    ...underProject,
    parentColumn: progressUpdates.projectId,
    parentIdOf: (r) => r.projectId,
    written: WRITTEN.progress,
    label: (r) => r.textJa.slice(0, 60),
  },
  media: {
    kind: "media",
    table: media,
    ...underProject,
    parentColumn: media.projectId,
    parentIdOf: (r) => r.projectId,
    written: WRITTEN.media,
    label: (r) => r.captionJa,
  },
  indicator: {
    kind: "indicator",
    table: indicators,
    ...underProject,
    parentColumn: indicators.projectId,
    parentIdOf: (r) => r.projectId,
    written: WRITTEN.indicator,
    label: (r) => r.nameJa,
  },
  target: {
    kind: "target",
    table: indicatorTargets,
    ...underIndicator,
    parentColumn: indicatorTargets.indicatorId,
    parentIdOf: (r) => r.indicatorId,
    written: WRITTEN.target,
    label: (r) => r.value,
  },
  observation: {
    kind: "observation",
    table: indicatorObservations,
    ...underIndicator,
    parentColumn: indicatorObservations.indicatorId,
    parentIdOf: (r) => r.indicatorId,
    written: WRITTEN.observation,
    label: (r) => r.value,
  },
};
