import "server-only";
import { sql } from "drizzle-orm";
import { getDb } from "../client";

const TIMEOUT_MS = 3000;

/** True when the database answers a trivial query within a few seconds. */
export async function checkDatabase(): Promise<boolean> {
  try {
    const db = await getDb();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("timeout")), TIMEOUT_MS);
    });
    try {
      await Promise.race([db.execute(sql`select 1`), timeout]);
    } finally {
      clearTimeout(timer);
    }
    return true;
  } catch {
    return false;
  }
}
