import { eq } from "drizzle-orm";
import type { Db, Tx } from "../connection";
import { projectLinks, type projects } from "../schema";

type ProjectRow = typeof projects.$inferSelect;

/** A stored project as its details form shows it (the conflict view uses the same). */
export function projectToInput(row: ProjectRow, linkedProjectIds: string[]) {
  return {
    areaNumber: row.areaNumber,
    titleJa: row.titleJa,
    titleEn: row.titleEn,
    subtitleJa: row.subtitleJa ?? "",
    subtitleEn: row.subtitleEn ?? "",
    summaryJa: row.summaryJa ?? "",
    summaryEn: row.summaryEn ?? "",
    lifecycleStatus: row.lifecycleStatus,
    deliveryConfidence: row.deliveryConfidence,
    confidenceNarrativeJa: row.confidenceNarrativeJa ?? "",
    confidenceNarrativeEn: row.confidenceNarrativeEn ?? "",
    organizationsEtc: row.organizationsEtc,
    linkedProjectIds,
  };
}

/** The projects linked to this one (the same initiative reported under another area). */
export async function linkedProjectIds(tx: Db | Tx, projectId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: projectLinks.linkedProjectId })
    .from(projectLinks)
    .where(eq(projectLinks.projectId, projectId));
  return rows.map((r) => r.id).sort();
}

/** A partner link's role and label as its form shows them. */
export type LinkText = { roleJa: string | null; roleEn: string | null; labelJa: string | null; labelEn: string | null };

export const orgLinkToInput = (row: LinkText) => ({
  roleJa: row.roleJa ?? "",
  roleEn: row.roleEn ?? "",
  labelJa: row.labelJa ?? "",
  labelEn: row.labelEn ?? "",
});
