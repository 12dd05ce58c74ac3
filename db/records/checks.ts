import { and, eq, isNotNull } from "drizzle-orm";
import { DomainError } from "@/lib/domain/errors";
import { lastDayOf } from "@/lib/domain/partial-date";
import type { DatePrecision } from "@/lib/domain/partial-date";
import type { Tx } from "../connection";
import { indicatorObservations, indicators, indicatorTargets } from "../schema";
import type { RecordKind } from "./kinds";

// Rules that need the database: what a single form cannot know on its own.

type Row = Record<string, unknown>;

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

async function noNegativeCount(tx: Tx, indicatorId: string, value: unknown) {
  const measure = await measureOf(tx, indicatorId);
  if (measure && MEASURES_WITHOUT_NEGATIVES.has(measure) && String(value).startsWith("-")) {
    throw DomainError.field("value", "validation.negative");
  }
}

export const RECORD_CHECKS: Partial<Record<RecordKind, (tx: Tx, parentId: string, row: Row) => Promise<void>>> = {
  target: async (tx, indicatorId, row) => {
    await noNegativeCount(tx, indicatorId, row.value);
    if (!row.dueDate) return;
    // A target falls due after the baseline it is measured from.
    const due = lastDayOf({ date: row.dueDate as string, precision: row.duePrecision as DatePrecision });
    if ((await baselines(tx, indicatorId)).some((b) => due < b))
      throw DomainError.field("due.year", "validation.targetBeforeBaseline");
  },
  observation: async (tx, indicatorId, row) => {
    await noNegativeCount(tx, indicatorId, row.value);
    if (!row.isBaseline) return;
    const day = baselineDay(row as Parameters<typeof baselineDay>[0]);
    if (day && (await targetDues(tx, indicatorId)).some((due) => due < day))
      throw DomainError.field("asOf.year", "validation.baselineAfterTarget");
  },
};
