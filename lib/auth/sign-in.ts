import type { Db } from "@/db/connection";
import { clearAccountThrottle, lockedUntil, recordFailedSignIn } from "@/db/mutations/login-throttle";
import { findUserByEmail } from "@/db/queries/users";
import { verifyPassword } from "./passwords";

export type SignInCheck = { ok: true; userId: string; sessionVersion: number } | { ok: false; reason: "invalid" | "locked" };

/**
 * Checks an e-mail and password against the database and the throttle. An unknown e-mail,
 * a wrong password and a disabled account all give the same answer, take the same time
 * and count towards the same lock.
 */
export async function checkCredentials(db: Db, email: string, password: string, ip: string | null): Promise<SignInCheck> {
  const account = email.trim().toLowerCase();
  if (await lockedUntil(db, account, ip)) return { ok: false, reason: "locked" };
  const user = await findUserByEmail(db, account);
  const passwordOk = await verifyPassword(user?.passwordHash ?? null, password);
  if (!user || !passwordOk || user.disabled) {
    await recordFailedSignIn(db, account, ip);
    return { ok: false, reason: "invalid" };
  }
  await clearAccountThrottle(db, account);
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion };
}

/** The client's address as Next (or the reverse proxy in front of it) reports it. */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}
