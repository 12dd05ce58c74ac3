import { eq } from "drizzle-orm";
import type { Db, Tx } from "../connection";
import { projectLinks } from "../schema";

/** The projects linked to this one (the same initiative reported under another area). */
export async function linkedProjectIds(tx: Db | Tx, projectId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: projectLinks.linkedProjectId })
    .from(projectLinks)
    .where(eq(projectLinks.projectId, projectId));
  return rows.map((r) => r.id).sort();
}

/** A partner link's role and label, as stored. */
export type LinkText = { roleJa: string | null; roleEn: string | null; labelJa: string | null; labelEn: string | null };
