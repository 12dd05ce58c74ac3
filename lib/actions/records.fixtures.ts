import { eq } from "drizzle-orm";
import type { DbHandle } from "@/db/connection";
import { KINDS } from "@/db/records/kinds";
import { progressUpdates } from "@/db/schema";

/** A stored progress note as its form shows it. */
export async function progressToInput(h: DbHandle, id: string) {
  const [row] = await h.db.select().from(progressUpdates).where(eq(progressUpdates.id, id));
  return KINDS.progress.toInput(row!);
}
