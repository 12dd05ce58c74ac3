import { DATE_PRECISIONS, precisionFieldOf, type DatePrecision, type PartialDate } from "@/lib/domain/partial-date";

// An audit row's changes as a person reads them: a date and its precision as one value
// (「予定時期：2021年10月 → 2021年11月」, not a date and a separate precision line), and a
// record's creation without the fields it was created without (an empty field, a flag left
// off). The raw changes stay in the row, the CSV export and the log's details toggle.

export type FieldChangeValue = { old: unknown; new: unknown };

export type ReadableChange =
  | { field: string; kind: "date"; old: PartialDate | null; new: PartialDate | null }
  | { field: string; kind: "value"; old: unknown; new: unknown };

const isEmpty = (value: unknown) =>
  value === null || value === undefined || value === "" || (Array.isArray(value) && value.length === 0);

const isPrecision = (value: unknown): value is DatePrecision =>
  typeof value === "string" && (DATE_PRECISIONS as readonly string[]).includes(value);

const partial = (date: unknown, precision: unknown): PartialDate | null =>
  typeof date === "string" && isPrecision(precision) ? { date, precision } : null;

export function readableChanges(action: string, changes: Record<string, FieldChangeValue> | null): ReadableChange[] {
  const all = changes ?? {};
  const out: ReadableChange[] = [];
  for (const [field, change] of Object.entries(all)) {
    // A field that went from nothing to nothing says nothing; nor does, on creation, a field
    // left empty or a flag left off.
    if (isEmpty(change.old) && isEmpty(change.new)) continue;
    if (action === "create" && (isEmpty(change.new) || change.new === false)) continue;
    // A precision is shown with its date, on the date's line.
    if (Object.keys(all).some((other) => precisionFieldOf(other) === field)) continue;
    const precision = all[precisionFieldOf(field)];
    out.push(
      precision
        ? { field, kind: "date", old: partial(change.old, precision.old), new: partial(change.new, precision.new) }
        : { field, kind: "value", old: change.old, new: change.new },
    );
  }
  return out;
}
