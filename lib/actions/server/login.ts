"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { ActionResult, FieldErrors } from "@/lib/actions/result";
import { signIn, signOut } from "@/lib/auth/auth";
import { safeCallbackUrl } from "@/lib/auth/return-path";
import { signInSchema } from "@/lib/validation/users";

// Signing in and out are the two actions open to anyone: they are the way into a session.

export async function signInAction(input: {
  email: string;
  password: string;
  callbackUrl?: string;
}): Promise<ActionResult<never>> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) {
    return { ok: false, formError: null, fieldErrors: z.flattenError(parsed.error).fieldErrors as FieldErrors };
  }
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) {
      const code = (e as AuthError & { code?: string }).code;
      return { ok: false, formError: code === "locked" ? "auth.locked" : "auth.invalid", fieldErrors: {} };
    }
    throw e;
  }
  redirect(safeCallbackUrl((input as { callbackUrl?: unknown } | null)?.callbackUrl));
}

/** Ends the session's row too (Auth.js's signOut event, shared with its own endpoint). */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/login?signedOut=1" });
}
