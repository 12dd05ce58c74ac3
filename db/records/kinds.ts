import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { DatePrecision, PartialDate } from "@/lib/domain/partial-date";
import { toDateInput } from "@/lib/validation/partial-date";
import { indicatorObservations, indicators, indicatorTargets, media, milestones, progressUpdates } from "../schema";

// The records staff keep in ordered lists under a project (milestones, notes, captions,
// indicators) or under an indicator (targets, observations). Each kind says how a form's
// parsed values become a row and how a row becomes the form's values again: the editor
// pages and the conflict view use the same mapping, so "their values" read like the form.

export type RecordKind = "milestone" | "progress" | "media" | "indicator" | "target" | "observation";

type DateColumns<D extends string, P extends string> = Record<D, string | null> & Record<P, DatePrecision | null>;
const dateColumns = <D extends string, P extends string>(d: D, p: P, pd: PartialDate | null) =>
  ({ [d]: pd?.date ?? null, [p]: pd?.precision ?? null }) as DateColumns<D, P>;

type Row = Record<string, unknown>;
type Columns = { id: AnyPgColumn; version: AnyPgColumn; sortOrder: AnyPgColumn; parent: AnyPgColumn };

export type KindSpec = {
  kind: RecordKind;
  table: PgTable;
  columns: Columns;
  parent: "project" | "indicator";
  /** Parsed form values (without id/version/parentId) → the row's columns. */
  toRow: (values: Row) => Row;
  /** A stored row → the form's values. */
  toInput: (row: Row) => Row;
  /** How the audit log names the record. */
  label: (row: Row) => string;
};

const cols = (t: { id: AnyPgColumn; version: AnyPgColumn; sortOrder: AnyPgColumn }, parent: AnyPgColumn): Columns => ({
  id: t.id,
  version: t.version,
  sortOrder: t.sortOrder,
  parent,
});

const date = (row: Row, d: string, p: string) => toDateInput(row[d] as string | null, row[p] as DatePrecision | null);
const text = (v: unknown) => (v as string | null) ?? "";

export const KINDS: Record<RecordKind, KindSpec> = {
  milestone: {
    kind: "milestone",
    table: milestones,
    columns: cols(milestones, milestones.projectId),
    parent: "project",
    toRow: (v) => ({
      titleJa: v.titleJa,
      titleEn: v.titleEn,
      status: v.status,
      ...dateColumns("plannedDate", "plannedPrecision", v.planned as PartialDate | null),
      ...dateColumns("actualDate", "actualPrecision", v.actual as PartialDate | null),
    }),
    toInput: (r) => ({
      titleJa: r.titleJa,
      titleEn: r.titleEn,
      status: r.status,
      planned: date(r, "plannedDate", "plannedPrecision"),
      actual: date(r, "actualDate", "actualPrecision"),
    }),
    label: (r) => String(r.titleJa),
  },
  progress: {
    kind: "progress",
    table: progressUpdates,
    columns: cols(progressUpdates, progressUpdates.projectId),
    parent: "project",
    toRow: (v) => ({
      ...dateColumns("date", "datePrecision", v.date as PartialDate | null),
      groupJa: v.groupJa,
      groupEn: v.groupEn,
      textJa: v.textJa,
      textEn: v.textEn,
      sub: v.sub,
    }),
    toInput: (r) => ({
      date: date(r, "date", "datePrecision"),
      groupJa: text(r.groupJa),
      groupEn: text(r.groupEn),
      textJa: r.textJa,
      textEn: text(r.textEn),
      sub: r.sub,
    }),
    label: (r) => String(r.textJa).slice(0, 60),
  },
  media: {
    kind: "media",
    table: media,
    columns: cols(media, media.projectId),
    parent: "project",
    toRow: (v) => ({ captionJa: v.captionJa, captionEn: v.captionEn }),
    toInput: (r) => ({ captionJa: r.captionJa, captionEn: text(r.captionEn) }),
    label: (r) => String(r.captionJa),
  },
  indicator: {
    kind: "indicator",
    table: indicators,
    columns: cols(indicators, indicators.projectId),
    parent: "project",
    toRow: (v) => ({
      nameJa: v.nameJa,
      nameEn: v.nameEn,
      measure: v.measure,
      unitJa: v.unitJa,
      unitEn: v.unitEn,
      direction: v.direction,
      accumulation: v.accumulation,
      decimals: v.decimals,
    }),
    toInput: (r) => ({
      nameJa: r.nameJa,
      nameEn: r.nameEn,
      measure: r.measure,
      unitJa: r.unitJa,
      unitEn: r.unitEn,
      direction: r.direction,
      accumulation: r.accumulation,
      decimals: String(r.decimals),
    }),
    label: (r) => String(r.nameJa),
  },
  target: {
    kind: "target",
    table: indicatorTargets,
    columns: cols(indicatorTargets, indicatorTargets.indicatorId),
    parent: "indicator",
    toRow: (v) => ({
      value: v.value,
      ...dateColumns("dueDate", "duePrecision", v.due as PartialDate | null),
      lowerBound: v.lowerBound,
      breakdownJa: v.breakdownJa,
      breakdownEn: v.breakdownEn,
      noteJa: v.noteJa,
      noteEn: v.noteEn,
    }),
    toInput: (r) => ({
      value: r.value,
      due: date(r, "dueDate", "duePrecision"),
      lowerBound: r.lowerBound,
      breakdownJa: text(r.breakdownJa),
      breakdownEn: text(r.breakdownEn),
      noteJa: text(r.noteJa),
      noteEn: text(r.noteEn),
    }),
    label: (r) => String(r.value),
  },
  observation: {
    kind: "observation",
    table: indicatorObservations,
    columns: cols(indicatorObservations, indicatorObservations.indicatorId),
    parent: "indicator",
    toRow: (v) => ({
      value: v.value,
      ...dateColumns("periodStart", "periodStartPrecision", v.periodStart as PartialDate | null),
      ...dateColumns("periodEnd", "periodEndPrecision", v.periodEnd as PartialDate | null),
      ...dateColumns("asOf", "asOfPrecision", v.asOf as PartialDate | null),
      approximate: v.approximate,
      lowerBound: v.lowerBound,
      provisional: v.provisional,
      isBaseline: v.isBaseline,
      breakdownJa: v.breakdownJa,
      breakdownEn: v.breakdownEn,
      source: v.source,
      noteJa: v.noteJa,
      noteEn: v.noteEn,
    }),
    toInput: (r) => ({
      value: r.value,
      periodStart: date(r, "periodStart", "periodStartPrecision"),
      periodEnd: date(r, "periodEnd", "periodEndPrecision"),
      asOf: date(r, "asOf", "asOfPrecision"),
      approximate: r.approximate,
      lowerBound: r.lowerBound,
      provisional: r.provisional,
      isBaseline: r.isBaseline,
      breakdownJa: text(r.breakdownJa),
      breakdownEn: text(r.breakdownEn),
      source: text(r.source),
      noteJa: text(r.noteJa),
      noteEn: text(r.noteEn),
    }),
    label: (r) => String(r.value),
  },
};
