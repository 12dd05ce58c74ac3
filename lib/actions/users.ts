import {
  createUser,
  resetUserPassword,
  setUserDisabled,
  updateOwnProfile,
  updateUserAccess,
} from "@/db/mutations/users";
import {
  createUserSchema,
  resetPasswordSchema,
  setUserDisabledSchema,
  updateProfileSchema,
  updateUserAccessSchema,
} from "@/lib/validation/users";
import { hashPassword } from "@/lib/auth/passwords";
import { defineAction, refreshedByTheForm } from "./define-action";

// User administration: admins only (the permission table says so; the wrapper checks it).
const usersPages = () => ["/staff/users", "/staff"];

export const createUserDef = defineAction({
  name: "createUser",
  permission: "users.manage",
  schema: createUserSchema,
  // Hashed before the transaction begins (argon2id takes its time on purpose).
  prepare: (input) => hashPassword(input.password),
  run: (tx, { password: _, ...input }, { audit, prepared }) =>
    createUser(tx, { ...input, passwordHash: prepared }, audit),
  revalidate: usersPages,
});

export const updateUserAccessDef = defineAction({
  name: "updateUserAccess",
  permission: "users.manage",
  schema: updateUserAccessSchema,
  run: (tx, input, { audit }) => updateUserAccess(tx, input, audit),
  revalidate: usersPages,
});

export const setUserDisabledDef = defineAction({
  name: "setUserDisabled",
  permission: "users.manage",
  schema: setUserDisabledSchema,
  run: (tx, input, { actor, audit }) => setUserDisabled(tx, input, actor.id, audit),
  revalidate: usersPages,
});

export const resetUserPasswordDef = defineAction({
  name: "resetUserPassword",
  permission: "users.manage",
  schema: resetPasswordSchema,
  prepare: (input) => hashPassword(input.password),
  run: (tx, { password: _, ...input }, { audit, prepared }) =>
    resetUserPassword(tx, { ...input, passwordHash: prepared }, audit),
  revalidate: usersPages,
});

/** Anyone signed in changes their own settings, and only theirs. */
export const updateProfileDef = defineAction({
  name: "updateProfile",
  permission: "staff.view",
  schema: updateProfileSchema,
  run: (tx, input, { actor, audit }) => updateOwnProfile(tx, actor.id, input, audit),
  revalidate: refreshedByTheForm,
});
