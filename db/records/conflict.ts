import { eq } from "drizzle-orm";
import { DomainError } from "@/lib/domain/errors";
import type { Tx } from "../connection";
import { users } from "../schema";

type Versioned = { version: number; updatedAt: Date; updatedBy: string | null };

/**
 * Refuses a save made from an out-of-date form: names who saved since and carries their
 * values, so the form can show them beside the user's own. Nothing is written.
 */
export async function checkVersion<R extends Versioned>(
  tx: Tx,
  row: R | undefined,
  version: number,
  toInput: (row: R) => Record<string, unknown>,
): Promise<R> {
  if (!row) {
    throw DomainError.conflict({ updatedBy: null, updatedAt: new Date().toISOString(), version: 0, current: null });
  }
  if (row.version === version) return row;
  const [who] = row.updatedBy
    ? await tx.select({ name: users.name }).from(users).where(eq(users.id, row.updatedBy))
    : [];
  throw DomainError.conflict({
    updatedBy: who?.name ?? null,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
    current: toInput(row),
  });
}

/** The columns of `row` named in `keys`, to compare old values with new ones. */
export function pick(row: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, row[k] ?? null]));
}
