import type { z } from "zod";
import type { RecordKind, RecordValues, StoredRecord } from "@/db/records/kinds";
import type { DatePrecision, PartialDate } from "@/lib/domain/partial-date";
import { mediaSchemas, progressSchemas } from "@/lib/validation/content";
import { indicatorSchemas, observationSchemas, targetSchemas } from "@/lib/validation/indicators";
import { milestoneSchemas, type MilestoneTableRow } from "@/lib/validation/milestones";
import { toDateInput } from "@/lib/validation/partial-date";

// How each kind of listed record's form meets its row: the form's parsed values become the
// columns the database layer writes, and a stored row becomes the form's values again. The
// editor pages and the conflict view use the same mapping, so "their values" read like the
// form. The database layer knows only the columns (db/records/kinds.ts).

export type RecordSchemas = {
  create: z.ZodType<{ parentId: string }>;
  save: z.ZodType<{ id: string; version: number }>;
};
/** A form's parsed values, on creating or saving (the parent, id and version beside them are no columns). */
export type FormValues<S extends RecordSchemas> = z.output<S["create"]> | z.output<S["save"]>;
/** A form's values as it edits them (dates in parts, numbers as typed). */
export type FormInput<S extends RecordSchemas> = Omit<z.input<S["save"]>, "id" | "version">;

export type RecordForm<K extends RecordKind, S extends RecordSchemas> = {
  schemas: S;
  toRow: (values: FormValues<S>) => RecordValues<K>;
  toInput: (row: StoredRecord<K>) => FormInput<S>;
  /** The form's field for a column a database rule refused, where it is not the column's own name. */
  fields?: Record<string, string>;
};

// Checks each kind's mapping against its table and schemas.
const recordForm = <K extends RecordKind, S extends RecordSchemas>(_kind: K, form: RecordForm<K, S>) => form;

type DateColumns<D extends string, P extends string> = Record<D, string | null> & Record<P, DatePrecision | null>;
const dateColumns = <D extends string, P extends string>(d: D, p: P, pd: PartialDate | null) =>
  ({ [d]: pd?.date ?? null, [p]: pd?.precision ?? null }) as DateColumns<D, P>;
const text = (v: string | null) => v ?? "";

/** A milestone's status and dates as its form or the milestone table gives them, as columns. */
export const milestoneTableValues = (v: Pick<MilestoneTableRow, "status" | "planned" | "actual">) => ({
  status: v.status,
  ...dateColumns("plannedDate", "plannedPrecision", v.planned),
  ...dateColumns("actualDate", "actualPrecision", v.actual),
});

export const RECORD_FORMS = {
  milestone: recordForm("milestone", {
    schemas: milestoneSchemas,
    toRow: (v) => ({ titleJa: v.titleJa, titleEn: v.titleEn, ...milestoneTableValues(v) }),
    toInput: (r) => ({
      titleJa: r.titleJa,
      titleEn: r.titleEn,
      status: r.status,
      planned: toDateInput(r.plannedDate, r.plannedPrecision),
      actual: toDateInput(r.actualDate, r.actualPrecision),
    }),
  }),
  progress: recordForm("progress", {
    schemas: progressSchemas,
    toRow: (v) => ({
      ...dateColumns("date", "datePrecision", v.date),
      groupJa: v.groupJa,
      groupEn: v.groupEn,
      textJa: v.textJa,
      textEn: v.textEn,
      sub: v.sub,
    }),
    toInput: (r) => ({
      date: toDateInput(r.date, r.datePrecision),
      groupJa: text(r.groupJa),
      groupEn: text(r.groupEn),
      textJa: r.textJa,
      textEn: text(r.textEn),
      sub: r.sub,
    }),
  }),
  media: recordForm("media", {
    schemas: mediaSchemas,
    toRow: (v) => ({ captionJa: v.captionJa, captionEn: v.captionEn }),
    toInput: (r) => ({ captionJa: r.captionJa, captionEn: text(r.captionEn) }),
  }),
  indicator: recordForm("indicator", {
    schemas: indicatorSchemas,
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
  }),
  target: recordForm("target", {
    schemas: targetSchemas,
    toRow: (v) => ({
      value: v.value,
      ...dateColumns("dueDate", "duePrecision", v.due),
      lowerBound: v.lowerBound,
      breakdownJa: v.breakdownJa,
      breakdownEn: v.breakdownEn,
      noteJa: v.noteJa,
      noteEn: v.noteEn,
    }),
    toInput: (r) => ({
      value: r.value,
      due: toDateInput(r.dueDate, r.duePrecision),
      lowerBound: r.lowerBound,
      breakdownJa: text(r.breakdownJa),
      breakdownEn: text(r.breakdownEn),
      noteJa: text(r.noteJa),
      noteEn: text(r.noteEn),
    }),
    // A due date before the baseline is shown on the date's year.
    fields: { dueDate: "due.year" },
  }),
  observation: recordForm("observation", {
    schemas: observationSchemas,
    toRow: (v) => ({
      value: v.value,
      ...dateColumns("periodStart", "periodStartPrecision", v.periodStart),
      ...dateColumns("periodEnd", "periodEndPrecision", v.periodEnd),
      ...dateColumns("asOf", "asOfPrecision", v.asOf),
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
      periodStart: toDateInput(r.periodStart, r.periodStartPrecision),
      periodEnd: toDateInput(r.periodEnd, r.periodEndPrecision),
      asOf: toDateInput(r.asOf, r.asOfPrecision),
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
    fields: { asOf: "asOf.year" },
  }),
};

/** A stored record as its editor form starts: its values, with the id and version it is saved under. */
export const formDefaults = <K extends RecordKind, S extends RecordSchemas>(
  form: RecordForm<K, S>,
  row: StoredRecord<K>,
) => ({ id: row.id, version: row.version, ...form.toInput(row) });
