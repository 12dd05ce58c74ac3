import { and, eq, isNotNull } from "drizzle-orm";
import { DomainError } from "@/lib/domain/errors";
import { lastDayOf } from "@/lib/domain/partial-date";
import type { DatePrecision } from "@/lib/domain/partial-date";
import type { Tx } from "../connection";
import { indicatorObservations, indicators, indicatorTargets } from "../schema";
import type { RecordKind, RecordValues } from "./kinds";

// Rules that need the database: what a single form cannot know on its own. A refusal names
// the column it is about ("dueDate"); the action shows it on the form's field (due.year).

const MEASURES_WITHOUT_NEGATIVES = new Set(["count", "amount", "percent", "ratio"]);

async function measureOf(tx: Tx, indicatorId: string) {
  const [i] = await tx.select({ measure: indicators.measure }).from(indicators).where(eq(indicators.id, indicatorId));
  return i?.measure;
}

/** When a baseline observation stands: its as-of date, else the end (or start) of its period. */
function baselineDay(o: {
  asOf: string | null;
  asOfPrecision: DatePrecision | null;
  periodEnd: string | null;
  periodStart: string | null;
}) {
  if (o.asOf && o.asOfPrecision) return o.asOf;
  return o.periodEnd ?? o.periodStart;
}

async function baselines(tx: Tx, indicatorId: string) {
  const rows = await tx
    .select({
      asOf: indicatorObservations.asOf,
      asOfPrecision: indicatorObservations.asOfPrecision,
      periodEnd: indicatorObservations.periodEnd,
      periodStart: indicatorObservations.periodStart,
    })
    .from(indicatorObservations)
    .where(and(eq(indicatorObservations.indicatorId, indicatorId), eq(indicatorObservations.isBaseline, true)));
  return rows.map(baselineDay).filter((d): d is string => d !== null);
}

async function targetDues(tx: Tx, indicatorId: string) {
  const rows = await tx
    .select({ dueDate: indicatorTargets.dueDate, duePrecision: indicatorTargets.duePrecision })
    .from(indicatorTargets)
    .where(and(eq(indicatorTargets.indicatorId, indicatorId), isNotNull(indicatorTargets.dueDate)));
  return rows.map((r) => lastDayOf({ date: r.dueDate!, precision: r.duePrecision! }));
}

async function noNegativeCount(tx: Tx, indicatorId: string, value: string) {
  const measure = await measureOf(tx, indicatorId);
  if (measure && MEASURES_WITHOUT_NEGATIVES.has(measure) && value.startsWith("-")) {
    throw DomainError.field("value", "validation.negative");
  }
}

type Check<K extends RecordKind> = (tx: Tx, parentId: string, row: RecordValues<K>) => Promise<void>;

export const RECORD_CHECKS: { [K in RecordKind]?: Check<K> } = {
  target: async (tx, indicatorId, row) => {
    await noNegativeCount(tx, indicatorId, row.value);
    if (!row.dueDate || !row.duePrecision) return;
    // A target falls due after the baseline it is measured from.
    const due = lastDayOf({ date: row.dueDate, precision: row.duePrecision });
    if ((await baselines(tx, indicatorId)).some((b) => due < b))
      throw DomainError.field("dueDate", "validation.targetBeforeBaseline");
  },
  observation: async (tx, indicatorId, row) => {
    await noNegativeCount(tx, indicatorId, row.value);
    if (!row.isBaseline) return;
    const day = baselineDay(row);
    if (day && (await targetDues(tx, indicatorId)).some((due) => due < day))
      throw DomainError.field("asOf", "validation.baselineAfterTarget");
  },
};
