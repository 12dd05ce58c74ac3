import { and, eq, ne, sql } from "drizzle-orm";
import { DomainError } from "@/lib/domain/errors";
import type { Role } from "@/lib/domain/code-lists";
import type { Tx } from "../connection";
import { checkAreasExist } from "../queries/areas";
import { findUserByEmail, findUserById, type UserRow } from "../queries/users";
import { users } from "../schema";
import { changedFields, type AuditEntry } from "./audit";

type Audit = (entry: AuditEntry) => Promise<void>;

/** Loads the user being changed and checks the version the form was showing. */
async function loadForChange(tx: Tx, id: string, version: number): Promise<UserRow> {
  const user = await findUserById(tx, id);
  if (!user) throw new DomainError("validation.unknownRecord");
  if (user.version !== version) throw new DomainError("errors.conflict");
  return user;
}

/** Refuses a change that would leave nobody able to administer users. */
async function keepAnAdmin(tx: Tx, user: UserRow, next: { role: Role; disabled: boolean }) {
  if (user.role !== "admin" || user.disabled || (next.role === "admin" && !next.disabled)) return;
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, user.id)));
  if ((row?.n ?? 0) === 0) throw new DomainError("errors.lastAdmin");
}

// Passwords arrive hashed: argon2 takes tens of milliseconds, never spent inside a
// transaction with rows locked (the action hashes in its `prepare` step).
export type NewUser = { email: string; name: string; role: Role; areas: number[]; passwordHash: string };

export async function createUser(tx: Tx, input: NewUser, audit: Audit) {
  if (await findUserByEmail(tx, input.email)) throw DomainError.field("email", "validation.emailTaken");
  await checkAreasExist(tx, input.areas);
  const [row] = await tx
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      role: input.role,
      areaScope: input.areas,
      passwordHash: input.passwordHash,
    })
    .returning({ id: users.id });
  const id = row!.id;
  await audit({
    entityType: "user",
    entityId: id,
    action: "create",
    changes: changedFields({}, { email: input.email, name: input.name, role: input.role, areaScope: input.areas }),
  });
  return { id };
}

export async function updateUserAccess(
  tx: Tx,
  input: { id: string; version: number; role: Role; areas: number[] },
  audit: Audit,
) {
  const user = await loadForChange(tx, input.id, input.version);
  await checkAreasExist(tx, input.areas);
  await keepAnAdmin(tx, user, { role: input.role, disabled: user.disabled });
  const changes = changedFields(
    { role: user.role, areaScope: user.areaScope },
    { role: input.role, areaScope: input.areas },
  );
  // Role and areas are read from the database on every request, so they apply at once.
  await tx
    .update(users)
    .set({ role: input.role, areaScope: input.areas, version: user.version + 1, updatedAt: new Date() })
    .where(eq(users.id, user.id));
  await audit({ entityType: "user", entityId: user.id, action: "update_access", changes });
  return { id: user.id, version: user.version + 1 };
}

export async function setUserDisabled(
  tx: Tx,
  input: { id: string; version: number; disabled: boolean },
  actorId: string,
  audit: Audit,
) {
  const user = await loadForChange(tx, input.id, input.version);
  if (input.disabled && user.id === actorId) throw new DomainError("errors.cannotDisableSelf");
  await keepAnAdmin(tx, user, { role: user.role, disabled: input.disabled });
  // A new session version ends the user's sessions on their next request.
  await tx
    .update(users)
    .set({
      disabled: input.disabled,
      sessionVersion: user.sessionVersion + 1,
      version: user.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(users.id, user.id));
  await audit({
    entityType: "user",
    entityId: user.id,
    action: input.disabled ? "disable" : "enable",
    changes: changedFields({ disabled: user.disabled }, { disabled: input.disabled }),
  });
  return { id: user.id, version: user.version + 1 };
}

export async function resetUserPassword(
  tx: Tx,
  input: { id: string; version: number; passwordHash: string },
  audit: Audit,
) {
  const user = await loadForChange(tx, input.id, input.version);
  await tx
    .update(users)
    .set({
      passwordHash: input.passwordHash,
      sessionVersion: user.sessionVersion + 1,
      version: user.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(users.id, user.id));
  // Never the hash itself: only that it changed.
  await audit({
    entityType: "user",
    entityId: user.id,
    action: "reset_password",
    changes: { password: { old: "********", new: "********" } },
  });
  return { id: user.id, version: user.version + 1 };
}

/** A person's own settings: the language of their mail, and whether they get the daily digest. */
export async function updateOwnProfile(
  tx: Tx,
  userId: string,
  input: { version: number; locale: "ja" | "en"; digestsEnabled: boolean },
  audit: Audit,
) {
  const user = await loadForChange(tx, userId, input.version);
  const changes = changedFields(
    { locale: user.locale, digestsEnabled: user.digestsEnabled },
    { locale: input.locale, digestsEnabled: input.digestsEnabled },
  );
  await tx
    .update(users)
    .set({
      locale: input.locale,
      digestsEnabled: input.digestsEnabled,
      version: user.version + 1,
      updatedAt: new Date(),
    })
    .where(eq(users.id, user.id));
  await audit({ entityType: "user", entityId: user.id, action: "update_profile", changes });
  return { version: user.version + 1 };
}
