import type { RecordKind } from "@/db/records/kinds";
import { columnsOf, TABLE_BY_NAME, type Column, type TableName } from "@/lib/export/tables";
import type { DatePrecision } from "@/lib/domain/partial-date";
import { EMPTY_DATE, toDateInput } from "@/lib/validation/partial-date";
import type { Converted } from "./convert";

// The tables the import writes, and how a row of each becomes the values its editor form
// sends: the same shape, parsed by the same schema and saved by the same mutation, so an
// import is held to every rule a form is. Every other table of the export is read for
// reference only.

export type Cells = Record<string, Converted>;

/** A partial date's two columns and the form field they fill. */
export type DateField = { field: string; date: string; precision: string };

export type ImportSpec = {
  table: TableName;
  kind: RecordKind | "project" | "organizationLink";
  /** The column holding the stored record's id; blank means "a new record" where allowed. */
  idColumn: string | null;
  dates: DateField[];
  /** The form's values (without id, version or parent) from a row's cells. */
  toInput: (cells: Cells) => Record<string, unknown>;
};

const text = (cells: Cells, key: string) => (typeof cells[key] === "string" ? (cells[key] as string) : "");
const flag = (cells: Cells, key: string) => cells[key] === true;
const number = (cells: Cells, key: string) => (cells[key] === null || cells[key] === undefined ? "" : cells[key]);
const dateOf = (cells: Cells, d: DateField) => {
  const date = cells[d.date] as string | null;
  const precision = cells[d.precision] as DatePrecision | null;
  return date && precision ? toDateInput(date, precision) : EMPTY_DATE;
};
const pairs = (cells: Cells, ...keys: string[]) =>
  Object.fromEntries(
    keys.flatMap((k) => [
      [`${camel(k)}Ja`, text(cells, `${k}_ja`)],
      [`${camel(k)}En`, text(cells, `${k}_en`)],
    ]),
  );

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const dates = (...fields: [string, string, string][]): DateField[] =>
  fields.map(([field, date, precision]) => ({ field, date, precision }));

const MILESTONE_DATES = dates(
  ["planned", "planned_date", "planned_precision"],
  ["actual", "actual_date", "actual_precision"],
);
const PROGRESS_DATES = dates(["date", "date", "date_precision"]);
const TARGET_DATES = dates(["due", "due_date", "due_precision"]);
const OBSERVATION_DATES = dates(
  ["periodStart", "period_start", "period_start_precision"],
  ["periodEnd", "period_end", "period_end_precision"],
  ["asOf", "as_of", "as_of_precision"],
);

const withDates = (cells: Cells, fields: DateField[]) =>
  Object.fromEntries(fields.map((d) => [d.field, dateOf(cells, d)]));

export const IMPORT_SPECS: ImportSpec[] = [
  {
    table: "projects",
    kind: "project",
    idColumn: "project_id",
    dates: [],
    toInput: (c) => ({
      areaNumber: number(c, "area_number"),
      ...pairs(c, "title", "subtitle", "summary"),
      lifecycleStatus: text(c, "lifecycle_status"),
      deliveryConfidence: text(c, "delivery_confidence"),
      ...pairs(c, "confidence_narrative"),
      organizationsEtc: flag(c, "organizations_etc"),
    }),
  },
  {
    table: "milestones",
    kind: "milestone",
    idColumn: "milestone_id",
    dates: MILESTONE_DATES,
    toInput: (c) => ({ ...pairs(c, "title"), status: text(c, "status"), ...withDates(c, MILESTONE_DATES) }),
  },
  {
    table: "progress_notes",
    kind: "progress",
    idColumn: "progress_id",
    dates: PROGRESS_DATES,
    // The note's kind (bullet or note) is the report's layout, not edited in the editor either.
    toInput: (c) => ({ ...withDates(c, PROGRESS_DATES), ...pairs(c, "group", "text"), sub: flag(c, "sub") }),
  },
  {
    table: "targets",
    kind: "target",
    idColumn: "target_id",
    dates: TARGET_DATES,
    toInput: (c) => ({
      value: number(c, "value"),
      ...withDates(c, TARGET_DATES),
      lowerBound: flag(c, "lower_bound"),
      ...pairs(c, "breakdown", "note"),
    }),
  },
  {
    table: "observations",
    kind: "observation",
    idColumn: "observation_id",
    dates: OBSERVATION_DATES,
    toInput: (c) => ({
      value: number(c, "value"),
      ...withDates(c, OBSERVATION_DATES),
      approximate: flag(c, "approximate"),
      lowerBound: flag(c, "lower_bound"),
      provisional: flag(c, "provisional"),
      isBaseline: flag(c, "is_baseline"),
      source: text(c, "source"),
      ...pairs(c, "breakdown", "note"),
    }),
  },
  {
    table: "project_organizations",
    kind: "organizationLink",
    idColumn: null,
    dates: [],
    toInput: (c) => pairs(c, "role", "label"),
  },
];

export const IMPORT_SPEC_BY_TABLE = new Map(IMPORT_SPECS.map((s) => [s.table, s]));

/** The columns an import reads: the staff export's, less those written for reading only. */
export const importedColumns = (table: TableName): Column[] =>
  columnsOf(TABLE_BY_NAME.get(table)!, "staff").filter((c) => !c.reference);

/** The column a form field's error belongs to: "planned.year" → planned_date, "planned.precision" → planned_precision. */
export function columnOfField(spec: ImportSpec, path: readonly PropertyKey[]): string | null {
  const [head, sub] = path.map(String);
  if (!head) return null;
  const d = spec.dates.find((f) => f.field === head);
  if (d) return sub === "precision" ? d.precision : d.date;
  if (head === "parentId" || head === "projectId") return "project_id";
  if (head === "organizationId") return "organization_key";
  if (head === "id") return spec.idColumn;
  if (head === "linkedProjectIds") return null;
  return snake(head);
}

/** The column a stored field is shown under in the report ("plannedDate" → planned_date). */
export const columnOfStored = (field: string) => (field === "number" ? "project_number" : snake(field));

/** A date without its precision, or a precision without its date, is an error on the missing one. */
export function datePairIssues(spec: ImportSpec, cells: Cells): { column: string; message: string }[] {
  return spec.dates.flatMap((d) => {
    // A cell that could not be read has its own issue already.
    if (cells[d.date] === undefined || cells[d.precision] === undefined) return [];
    if (cells[d.date] !== null && cells[d.precision] === null)
      return [{ column: d.precision, message: "import.issues.precisionMissing" }];
    if (cells[d.date] === null && cells[d.precision] !== null)
      return [{ column: d.date, message: "import.issues.dateMissing" }];
    return [];
  });
}
