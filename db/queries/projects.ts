import { asc, inArray } from "drizzle-orm";
import type { Db } from "../connection";
import { projects } from "../schema";

/** Projects of the given areas (all areas when null), in report order. */
export async function listProjectSummaries(db: Db, areaNumbers: number[] | null) {
  const query = db
    .select({
      id: projects.id, slug: projects.slug, areaNumber: projects.areaNumber, number: projects.number,
      titleJa: projects.titleJa, titleEn: projects.titleEn, lifecycleStatus: projects.lifecycleStatus, updatedAt: projects.updatedAt,
    })
    .from(projects)
    .orderBy(asc(projects.areaNumber), asc(projects.number));
  if (areaNumbers === null) return query;
  if (areaNumbers.length === 0) return [];
  return query.where(inArray(projects.areaNumber, areaNumbers));
}
