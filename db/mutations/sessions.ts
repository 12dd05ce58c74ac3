import { lt } from "drizzle-orm";
import type { Db } from "../connection";
import { revokedSessions } from "../schema";

export async function revokeSession(db: Db, sessionId: string, expiresAt: Date): Promise<void> {
  await db.transaction(async (tx) => {
    // Rows past their expiry protect nothing any more.
    await tx.delete(revokedSessions).where(lt(revokedSessions.expiresAt, new Date()));
    await tx.insert(revokedSessions).values({ sessionId, expiresAt }).onConflictDoNothing();
  });
}
