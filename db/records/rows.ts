import { asc, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db, Tx } from "../connection";
import type { KindSpec, RecordKind, StoredRecord } from "./kinds";

/**
 * The whole rows of a kind that `where` selects, in list order; locked when they are about
 * to change. Drizzle types a select from the concrete table it is given, and in code that
 * is generic over the kinds `RecordTable<K>` is too abstract for it: the query runs on the
 * plain table, and this is the one place that says what its rows are.
 */
export async function selectRecords<K extends RecordKind>(
  db: Db | Tx,
  spec: KindSpec<K>,
  where: SQL | undefined,
  lock: "for update" | "" = "",
): Promise<StoredRecord<K>[]> {
  const table: PgTable = spec.table;
  const query = db.select().from(table).where(where).orderBy(asc(spec.table.sortOrder), asc(spec.table.id));
  return (await (lock ? query.for("update") : query)) as StoredRecord<K>[];
}
