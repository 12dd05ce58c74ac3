import { hash, verify } from "@node-rs/argon2";

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
export const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id: the package exports it as a const enum */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// The hash of 32 random bytes nobody kept, with the options above (a test holds them
// together): an unknown e-mail is checked against it, so that it costs exactly what a wrong
// password costs, from the first request on (hashing one on demand would double the cost of
// the first unknown address and tell it apart).
export const UNKNOWN_ACCOUNT_HASH =
  "$argon2id$v=19$m=19456,t=2,p=1$eb9JBXbhoODdqsKbP09n0w$IhKSAGIm0nc46SbySkYW/cbvPqIJUHCcOzN3v3Vp8X8";

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  try {
    const ok = await verify(passwordHash ?? UNKNOWN_ACCOUNT_HASH, password);
    return ok && passwordHash !== null;
  } catch {
    return false;
  }
}
