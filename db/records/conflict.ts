import { eq } from "drizzle-orm";
import type { Conflict } from "@/lib/domain/errors";
import type { Tx } from "../connection";
import { users } from "../schema";

type Versioned = { version: number; updatedAt: Date; updatedBy: string | null };

/**
 * A save made from an out-of-date form: nothing was written. It names who saved since
 * and carries the row as it now stands (null: deleted); the action shows that row in its
 * form's terms (lib/actions/form-terms.ts), so that the form can put their values beside
 * the user's own.
 */
export class StaleRecord<R = unknown> extends Error {
  constructor(
    readonly since: Omit<Conflict, "current">,
    readonly current: R | null,
  ) {
    super("stale version");
    this.name = "StaleRecord";
  }
}

/** The locked row when the form's version is the stored one; a StaleRecord otherwise. */
export async function checkVersion<R extends Versioned>(tx: Tx, row: R | undefined, version: number): Promise<R> {
  if (!row) throw new StaleRecord({ updatedBy: null, updatedAt: new Date().toISOString(), version: 0 }, null);
  if (row.version === version) return row;
  const [who] = row.updatedBy
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy))
    : [];
  throw new StaleRecord(
    { updatedBy: who?.name ?? null, updatedAt: row.updatedAt.toISOString(), version: row.version },
    row,
  );
}

/** The columns of `row` named in `keys`, to compare old values with new ones. */
export function pick(row: object, keys: readonly string[]): Record<string, unknown> {
  const stored = new Map(Object.entries(row));
  return Object.fromEntries(keys.map((k) => [k, stored.get(k) ?? null]));
}
