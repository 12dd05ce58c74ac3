import { z } from "zod";
import {
  DEFAULT_STALE_DAYS,
  PROJECT_SORTS,
  STALE_DAYS_RANGE,
  type ProjectListFilters,
  type ProjectSort,
} from "@/db/queries/project-list";
import { DELIVERY_CONFIDENCES, LIFECYCLE_STATUSES, SIDES } from "@/lib/domain/code-lists";
import { ROUND_FILTERS } from "@/lib/domain/rounds";

// The staff project list's query string. Every parameter is read on its own and a value
// that does not parse is dropped (or falls back to its default), so a hand-edited or
// stale link shows the list with what still makes sense instead of an error page.

export const PROJECT_LIST_PAGE_SIZE = 50;
const MAX_QUERY_LENGTH = 100;
const MAX_PAGE = 100_000;

const optional = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);
const flag = z
  .literal("1")
  .optional()
  .catch(undefined)
  .transform((v) => v === "1");

const paramsSchema = z.object({
  q: optional(
    z
      .string()
      .trim()
      .transform((s) => s.slice(0, MAX_QUERY_LENGTH) || undefined),
  ),
  area: optional(z.coerce.number().int().min(1).max(99)),
  lifecycle: optional(z.enum(LIFECYCLE_STATUSES)),
  confidence: optional(z.enum(DELIVERY_CONFIDENCES)),
  org: optional(z.uuid()),
  place: optional(z.uuid()),
  side: optional(z.enum(SIDES)),
  // A round's reports in one standing (not started, returned, changed since approval, overdue…).
  round: optional(z.uuid()),
  report: optional(z.enum(ROUND_FILTERS)),
  staleOnly: flag,
  overdue: flag,
  // Every area, for an editor whose list otherwise shows their own areas.
  all: flag,
  sort: z.enum(PROJECT_SORTS).catch("activity_desc"),
  stale: z.coerce.number().int().min(STALE_DAYS_RANGE.min).max(STALE_DAYS_RANGE.max).catch(DEFAULT_STALE_DAYS),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});

export type ProjectListParams = z.output<typeof paramsSchema>;
export type RawSearchParams = Record<string, string | string[] | undefined>;

/** The list's parameters from a query string; never throws. A repeated parameter counts once. */
export function parseProjectListParams(raw: RawSearchParams): ProjectListParams {
  const single = Object.fromEntries(
    Object.entries(raw).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return paramsSchema.parse(single);
}

/**
 * The list's filters. `ownAreas` (an editor's) narrows the list to those areas unless the
 * reader asked for every area (`all=1`) or chose an area themselves.
 */
export function filtersOf(params: ProjectListParams, ownAreas: number[] = []): ProjectListFilters {
  return {
    q: params.q,
    areaNumber: params.area,
    areaNumbers: ownScope(params, ownAreas),
    lifecycle: params.lifecycle,
    confidence: params.confidence,
    organizationId: params.org,
    locationId: params.place,
    side: params.side,
    // A standing means nothing without its round.
    roundReport: params.round && params.report ? { roundId: params.round, filter: params.report } : undefined,
    onlyStale: params.staleOnly,
    onlyOverdue: params.overdue,
  };
}

/** The areas the list is narrowed to by default, or undefined when it shows every area. */
export function ownScope(params: ProjectListParams, ownAreas: number[]): number[] | undefined {
  return ownAreas.length && !params.all && params.area === undefined ? ownAreas : undefined;
}

const DEFAULTS: Partial<Record<keyof ProjectListParams, unknown>> = {
  sort: "activity_desc" satisfies ProjectSort,
  stale: DEFAULT_STALE_DAYS,
  page: 1,
  staleOnly: false,
  overdue: false,
  all: false,
};

/** The list's URL for these parameters (with changes), leaving out what is at its default. */
export function projectListHref(params: ProjectListParams, changes: Partial<ProjectListParams> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...params, ...changes })) {
    if (value === undefined || value === DEFAULTS[key as keyof ProjectListParams]) continue;
    query.set(key, value === true ? "1" : String(value));
  }
  const text = query.toString();
  return text ? `/staff/projects?${text}` : "/staff/projects";
}
