import { sql } from "drizzle-orm";
import type { Db } from "../connection";
import { selectRows } from "../rows";

/**
 * The application names of every session on this database whose name starts with `prefix`
 * (the app servers', lib/server-identity.ts). A role sees its own sessions' names, and the
 * app servers share one role.
 */
export async function connectedApplications(db: Pick<Db, "execute">, prefix: string): Promise<string[]> {
  const rows = await selectRows<{ name: string }>(
    db,
    sql`select distinct application_name as name from pg_stat_activity
        where datname = current_database() and starts_with(application_name, ${prefix})`,
  );
  return rows.map((r) => r.name);
}
