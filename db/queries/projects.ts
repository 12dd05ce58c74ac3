import { asc, count, inArray, type SQL } from "drizzle-orm";
import type { Db } from "../connection";
import { projects } from "../schema";

/**
 * Projects of the given areas (all areas when null), in report order: the first `limit`
 * of them and how many there are, so the staff home stays small with 10,000 projects.
 */
export async function listProjectSummaries(db: Db, areaNumbers: number[] | null, limit: number) {
  if (areaNumbers?.length === 0) return { rows: [], total: 0 };
  const where: SQL | undefined = areaNumbers ? inArray(projects.areaNumber, areaNumbers) : undefined;
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: projects.id,
        slug: projects.slug,
        areaNumber: projects.areaNumber,
        number: projects.number,
        titleJa: projects.titleJa,
        titleEn: projects.titleEn,
        lifecycleStatus: projects.lifecycleStatus,
        updatedAt: projects.updatedAt,
      })
      .from(projects)
      .where(where)
      .orderBy(asc(projects.areaNumber), asc(projects.number))
      .limit(limit),
    db.select({ n: count() }).from(projects).where(where),
  ]);
  return { rows, total: total?.n ?? 0 };
}
