import type { Db } from "@/db/connection";
import { attemptSucceeded, reserveSignInAttempt } from "@/db/mutations/login-throttle";
import { findUserByEmail } from "@/db/queries/users";
import { serverEnv } from "@/lib/env";
import { clientAddress } from "@/lib/net/client-address";
import { verifyPassword } from "./passwords";

export type SignInCheck =
  { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks an e-mail and password against the database and the throttle. The attempt is
 * counted before the password is checked (so a burst sent at once checks no more than the
 * limit). An unknown e-mail, a wrong password and a disabled account all give the same
 * answer, run the same statements and one password check each, and count the same.
 */
export async function checkCredentials(
  db: Db,
  email: string,
  password: string,
  ip: string | null,
): Promise<SignInCheck> {
  const account = email.trim().toLowerCase();
  if ((await reserveSignInAttempt(db, account, ip)) === "locked") return { ok: false, reason: "locked" };
  const user = await findUserByEmail(db, account);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordOk || user.disabled) return { ok: false, reason: "invalid" };
  await attemptSucceeded(db, account, ip);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/** The client's address, as far as the server and the proxies it trusts can tell (lib/net). */
export function clientIp(headers: Headers): string | null {
  return clientAddress(headers, serverEnv().TRUSTED_PROXY_HOPS);
}
