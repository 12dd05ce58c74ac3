import { asc, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "../connection";
import { users } from "../schema";
import { isUuid } from "./uuid";

export type UserRow = typeof users.$inferSelect;

// A malformed id (from a tampered token or form) is simply nobody, not a database error.

export async function findUserByEmail(db: Db | Tx, email: string): Promise<UserRow | null> {
  const [row] = await db
    .select()
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function findUserById(db: Db | Tx, id: string): Promise<UserRow | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row ?? null;
}

/** Everyone, for the administration page; never the password hashes. */
export async function listUsers(db: Db) {
  return db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      areaScope: users.areaScope,
      disabled: users.disabled,
      version: users.version,
      updatedAt: users.updatedAt,
    })
    .from(users)
    .orderBy(asc(users.disabled), asc(users.role), asc(users.email));
}
