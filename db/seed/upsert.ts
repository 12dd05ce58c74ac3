import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Tx } from "../connection";

const CHUNK = 500;

/**
 * Inserts rows, or overwrites every given column of rows already there (matched on
 * `target`). Re-running with the same rows therefore leaves the table exactly as it was.
 */
export async function upsertRows<T extends PgTable>(
  tx: Tx,
  table: T,
  rows: T["$inferInsert"][],
  target: PgColumn[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const targetNames = new Set(target.map((c) => c.name));
  const keys = Object.keys(rows[0]!).filter((k) => !targetNames.has(columns[k]!.name));
  const set: Record<string, SQL> = Object.fromEntries(keys.map((k) => [k, sql.raw(`excluded."${columns[k]!.name}"`)]));
  // Drizzle types values() from a concrete table; for any table T it goes through the plain
  // PgTable, the rows having been typed as T's own above.
  const plain: PgTable = table;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const insert = tx.insert(plain).values(chunk);
    await (keys.length > 0 ? insert.onConflictDoUpdate({ target, set }) : insert.onConflictDoNothing({ target }));
  }
}
