import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";
import { pendingMigrations } from "../schema-status";

const TIMEOUT_MS = 3000;

/** `work`'s answer, or a rejection once the health checks' few seconds have passed. */
async function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** True when the database answers a trivial query within a few seconds. */
export async function checkDatabase(): Promise<boolean> {
  try {
    const db = await getDb();
    await withinTimeout(db.execute(sql`select 1`));
    return true;
  } catch {
    return false;
  }
}

/** Whether the schema is what this build needs: "current", "behind" (migrations pending), or "unknown". */
export async function schemaState(): Promise<"current" | "behind" | "unknown"> {
  try {
    const pending = await withinTimeout(getDb().then((db) => pendingMigrations(db)));
    return pending === null ? "unknown" : pending === 0 ? "current" : "behind";
  } catch {
    return "unknown";
  }
}
