"use server";

import {
  createUserDef,
  resetUserPasswordDef,
  setUserDisabledDef,
  updateProfileDef,
  updateUserAccessDef,
} from "@/lib/actions/users";
import { requestContext } from "@/lib/actions/request-context";
import type {
  CreateUserInput,
  ResetPasswordInput,
  SetUserDisabledInput,
  UpdateUserAccessInput,
} from "@/lib/validation/users";

// Entry points only: the checks live in the action definitions (lib/actions/users.ts).

export async function createUserAction(input: CreateUserInput) {
  return createUserDef.execute(await requestContext(), input);
}

export async function updateUserAccessAction(input: UpdateUserAccessInput) {
  return updateUserAccessDef.execute(await requestContext(), input);
}

export async function setUserDisabledAction(input: SetUserDisabledInput) {
  return setUserDisabledDef.execute(await requestContext(), input);
}

export async function resetUserPasswordAction(input: ResetPasswordInput) {
  return resetUserPasswordDef.execute(await requestContext(), input);
}

export async function updateProfileAction(input: unknown) {
  return updateProfileDef.execute(await requestContext(), input);
}
