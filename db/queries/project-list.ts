import { and, asc, desc, eq, inArray, lt, or, sql, type AnyColumn, type SQL, type SQLWrapper } from "drizzle-orm";
import { dateInTokyo } from "@/lib/domain/calendar";
import type { Db } from "../connection";
import {
  locations,
  milestones,
  organizations,
  projectLocations,
  projectOrganizations,
  projects,
  reportingRounds,
  roundReports,
  users,
} from "../schema";
import type { DeliveryConfidence, LifecycleStatus, Side } from "@/lib/domain/code-lists";
import type { RoundFilter } from "@/lib/domain/rounds";
import { roundFilterCondition } from "./rounds";
import { isUuid } from "./uuid";

/** The values the list's filters accept, for parsing a query string and drawing the selects. */

export const PROJECT_SORTS = ["activity_desc", "activity_asc", "code"] as const;
export type ProjectSort = (typeof PROJECT_SORTS)[number];

export const DEFAULT_STALE_DAYS = 90;
export const STALE_DAYS_RANGE = { min: 1, max: 3650 } as const;

export type ProjectListFilters = {
  areaNumber?: number;
  /** Only these areas (an editor's own, by default). */
  areaNumbers?: number[];
  lifecycle?: LifecycleStatus;
  confidence?: DeliveryConfidence;
  organizationId?: string;
  locationId?: string;
  /** Projects with at least one organisation of this side. */
  side?: Side;
  /** Words (all must match) in titles, subtitles, summaries or organisation names; or a code such as 2-5 / 2-⑤. */
  q?: string;
  onlyStale?: boolean;
  onlyOverdue?: boolean;
  /** Only projects whose report in the round stands so (lib/domain/rounds.ts). */
  roundReport?: { roundId: string; filter: RoundFilter };
};

export type ProjectListOptions = {
  page: number;
  pageSize: number;
  sort?: ProjectSort;
  staleDays?: number;
  /** Today in Japan, yyyy-mm-dd: milestones due before it are overdue. */
  today?: string;
};

export type ProjectListRow = {
  id: string;
  areaNumber: number;
  number: number;
  titleJa: string;
  titleEn: string;
  lifecycleStatus: LifecycleStatus;
  deliveryConfidence: DeliveryConfidence;
  lastActivityAt: Date;
  lastActivityByName: string | null;
  overdueMilestones: number;
  stale: boolean;
};

export const MAX_PAGE_SIZE = 200;
const MAX_SEARCH_WORDS = 8;
const OPEN_MILESTONE = ["planned", "in_progress", "delayed"] as const;

/**
 * The moment before which a project counts as stale: the start (Japan time) of the day
 * `staleDays` before today. Updated exactly N days ago is not stale; N+1 days ago is.
 */
export function staleCutoff(today: string, staleDays: number): Date {
  const start = new Date(`${today}T00:00:00+09:00`);
  start.setUTCDate(start.getUTCDate() - staleDays);
  return start;
}

/** "2-5", "2-⑤", "２－５" → area 2, item 5 (NFKC turns ⑤ and full-width digits into ASCII). */
export function parseProjectCode(q: string): { areaNumber: number; number: number } | null {
  const match = /^(\d{1,2})\s*[-‐‑–—−ー]\s*(\d{1,4})$/.exec(q.normalize("NFKC").trim());
  return match ? { areaNumber: Number(match[1]), number: Number(match[2]) } : null;
}

const likePattern = (word: string) => `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
const regexLiteral = (word: string) => word.replace(/[\\^$.|?*+()[\]{}]/g, (c) => `\\${c}`);
const hasCase = (word: string) => word.toLowerCase() !== word.toUpperCase();

/**
 * Whether `text` holds the word, ignoring case. Kana and kanji have no case, so a
 * Japanese word is a plain LIKE; a word with letters is a case-insensitive regular
 * expression, which on long Japanese text is several times faster than ILIKE (ILIKE
 * lower-cases the whole text of every row first).
 */
function textHolds(text: SQL, word: string): SQL {
  // Typed full-width (ＩＴ) or half-width (ｴﾈﾙｷﾞｰ), a word finds the text as it is stored either way.
  const forms = [...new Set([word, word.normalize("NFKC")])];
  if (forms.some(hasCase)) return sql`${text} ~* ${forms.map(regexLiteral).join("|")}`;
  return or(...forms.map((form) => sql`${text} like ${likePattern(form)}`))!;
}

// Each row's searchable text joined once, so each word costs one match per row, not six.
// A project's own labels for its organisations are mostly empty: matched column by column,
// a null skips the match altogether.
const projectText = sql`concat_ws(chr(10), ${projects.titleJa}, ${projects.titleEn}, ${projects.subtitleJa}, ${projects.subtitleEn}, ${projects.summaryJa}, ${projects.summaryEn})`;
const organizationText = sql`concat_ws(chr(10), ${organizations.nameJa}, ${organizations.nameEn})`;

/**
 * One search word anywhere in the project's own text or in the names of its organisations.
 * The organisation side is an uncorrelated IN, which Postgres hashes once per query
 * instead of matching every organisation's name again for every project.
 */
function wordMatches(word: string): SQL {
  return or(
    textHolds(projectText, word),
    sql`${projects.id} in (select ${projectOrganizations.projectId} from ${projectOrganizations}
      where ${projectOrganizations.organizationId} in (select ${organizations.id} from ${organizations} where ${textHolds(organizationText, word)})
      or ${textHolds(sql`${projectOrganizations.labelJa}`, word)} or ${textHolds(sql`${projectOrganizations.labelEn}`, word)})`,
  )!;
}

function searchCondition(q: string): SQL | undefined {
  const code = parseProjectCode(q);
  if (code) return and(eq(projects.areaNumber, code.areaNumber), eq(projects.number, code.number));
  const words = q
    .trim()
    .split(/[\s\u3000]+/)
    .filter(Boolean)
    .slice(0, MAX_SEARCH_WORDS);
  return words.length ? and(...words.map(wordMatches)) : undefined;
}

/** A milestone of the given project that is still open and whose planned date has passed. */
const overdueMilestoneOf = (projectId: SQL | typeof projects.id, today: string) =>
  and(
    eq(milestones.projectId, projectId),
    inArray(milestones.status, [...OPEN_MILESTONE]),
    lt(milestones.plannedDue, today),
  );

function filterConditions(filters: ProjectListFilters, today: string, cutoff: Date): SQL | undefined {
  const conditions: (SQL | undefined)[] = [];
  if (filters.areaNumber !== undefined) conditions.push(eq(projects.areaNumber, filters.areaNumber));
  if (filters.areaNumbers?.length) conditions.push(inArray(projects.areaNumber, filters.areaNumbers));
  if (filters.lifecycle) conditions.push(eq(projects.lifecycleStatus, filters.lifecycle));
  if (filters.confidence) conditions.push(eq(projects.deliveryConfidence, filters.confidence));
  // Uncorrelated IN rather than EXISTS per project: the few matching links are found once
  // through their indexes and hashed, whatever the number of projects.
  if (filters.organizationId) {
    // An id that is not a uuid matches nothing rather than failing the cast.
    conditions.push(
      isUuid(filters.organizationId)
        ? sql`${projects.id} in (select ${projectOrganizations.projectId} from ${projectOrganizations} where ${projectOrganizations.organizationId} = ${filters.organizationId})`
        : sql`false`,
    );
  }
  if (filters.locationId) {
    conditions.push(
      isUuid(filters.locationId)
        ? sql`${projects.id} in (select ${projectLocations.projectId} from ${projectLocations} where ${projectLocations.locationId} = ${filters.locationId})`
        : sql`false`,
    );
  }
  if (filters.side) {
    conditions.push(sql`${projects.id} in (select ${projectOrganizations.projectId} from ${projectOrganizations}
      where ${projectOrganizations.organizationId} in (select ${organizations.id} from ${organizations} where ${organizations.side} = ${filters.side}))`);
  }
  if (filters.q) conditions.push(searchCondition(filters.q));
  if (filters.roundReport) {
    const { roundId, filter } = filters.roundReport;
    // Through the round's index on (round, area, state); the standing reads the project's
    // last activity (changed since approval) and the round's deadline (overdue).
    conditions.push(
      isUuid(roundId)
        ? sql`exists (select 1 from ${roundReports} join ${reportingRounds} on ${reportingRounds.id} = ${roundReports.roundId}
            where ${roundReports.projectId} = ${projects.id} and ${roundReports.roundId} = ${roundId}
            and ${roundFilterCondition(filter, today)})`
        : sql`false`,
    );
  }
  if (filters.onlyStale) conditions.push(lt(projects.lastActivityAt, cutoff));
  if (filters.onlyOverdue) {
    // Read off the partial index of open milestones by due date.
    conditions.push(sql`${projects.id} in (select ${milestones.projectId} from ${milestones}
      where ${inArray(milestones.status, [...OPEN_MILESTONE])} and ${lt(milestones.plannedDue, today)})`);
  }
  return and(...conditions);
}

function pageBounds({ page, pageSize }: ProjectListOptions) {
  const limit = Math.min(Math.max(Math.trunc(pageSize) || 1, 1), MAX_PAGE_SIZE);
  const current = Math.max(Math.trunc(page) || 1, 1);
  return { limit, offset: (current - 1) * limit };
}

const clampStaleDays = (days: number | undefined) =>
  days === undefined || !Number.isFinite(days)
    ? DEFAULT_STALE_DAYS
    : Math.min(Math.max(Math.trunc(days), STALE_DAYS_RANGE.min), STALE_DAYS_RANGE.max);

/**
 * One page of the staff project list and how many projects match. The filters narrow
 * `projects` alone (links and milestones through IN subqueries, never a join that
 * repeats a project); the editor's name and the overdue count are looked up for the
 * page's rows only. The count is a query of its own, sent alongside: in one query with
 * the page (a window count) Postgres plans for the LIMIT and walks every project
 * through nested loops, several times slower at 10,000 projects.
 */
export async function listProjects(
  db: Db,
  filters: ProjectListFilters,
  options: ProjectListOptions,
): Promise<{ rows: ProjectListRow[]; total: number }> {
  const today = options.today ?? dateInTokyo();
  const cutoff = staleCutoff(today, clampStaleDays(options.staleDays));
  const where = filterConditions(filters, today, cutoff);
  const { limit, offset } = pageBounds(options);
  const sort = options.sort ?? "activity_desc";

  const page = db.$with("page").as(
    db
      .select({
        id: projects.id,
        areaNumber: projects.areaNumber,
        number: projects.number,
        titleJa: projects.titleJa,
        titleEn: projects.titleEn,
        lifecycleStatus: projects.lifecycleStatus,
        deliveryConfidence: projects.deliveryConfidence,
        lastActivityAt: projects.lastActivityAt,
        lastActivityBy: projects.lastActivityBy,
      })
      .from(projects)
      .where(where)
      .orderBy(...orderOf(sort, projects))
      .limit(limit)
      .offset(offset),
  );
  const [rows, [counted]] = await Promise.all([
    db
      .with(page)
      .select({
        id: page.id,
        areaNumber: page.areaNumber,
        number: page.number,
        titleJa: page.titleJa,
        titleEn: page.titleEn,
        lifecycleStatus: page.lifecycleStatus,
        deliveryConfidence: page.deliveryConfidence,
        lastActivityAt: page.lastActivityAt,
        lastActivityByName: users.name,
        overdueMilestones:
          sql<number>`(select count(*)::int from ${milestones} where ${overdueMilestoneOf(sql`${page.id}`, today)})`.mapWith(
            Number,
          ),
        stale: sql<boolean>`${page.lastActivityAt} < ${cutoff.toISOString()}::timestamptz`.mapWith(Boolean),
      })
      .from(page)
      .leftJoin(users, eq(users.id, page.lastActivityBy))
      .orderBy(...orderOf(sort, page)),
    db
      .select({ n: sql<number>`count(*)::int`.mapWith(Number) })
      .from(projects)
      .where(where),
  ]);
  return { rows, total: counted?.n ?? 0 };
}

type Sortable = Record<"lastActivityAt" | "areaNumber" | "number" | "id", AnyColumn | SQLWrapper>;

function orderOf(sort: ProjectSort, t: Sortable): SQL[] {
  const code = [asc(t.areaNumber), asc(t.number), asc(t.id)];
  if (sort === "code") return code;
  return [sort === "activity_asc" ? asc(t.lastActivityAt) : desc(t.lastActivityAt), ...code];
}

/** Organisations and places for the list's filters, ordered by their Japanese names. */
export async function listFilterOptions(db: Db) {
  const [organizationOptions, locationOptions] = await Promise.all([
    db
      .select({
        id: organizations.id,
        nameJa: organizations.nameJa,
        nameEn: organizations.nameEn,
        side: organizations.side,
      })
      .from(organizations)
      .orderBy(asc(organizations.nameJa), asc(organizations.id)),
    db
      .select({ id: locations.id, nameJa: locations.nameJa, nameEn: locations.nameEn })
      .from(locations)
      .orderBy(asc(locations.nameJa), asc(locations.id)),
  ]);
  return { organizations: organizationOptions, locations: locationOptions };
}
