import "server-only";
import { getDb } from "../client";
import { pendingMigrations } from "../schema-status";

const TIMEOUT_MS = 3000;

/** Whether the schema is what this build needs: "current", "behind" (migrations pending), or "unknown". */
export async function schemaState(): Promise<"current" | "behind" | "unknown"> {
  try {
    const db = await getDb();
    const pending = await Promise.race([
      pendingMigrations(db),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS).unref()),
    ]);
    return pending === null ? "unknown" : pending === 0 ? "current" : "behind";
  } catch {
    return "unknown";
  }
}
