import { randomBytes } from "node:crypto";
import { readEnv } from "@/lib/env";

// Outside production a missing AUTH_SECRET gets a random one for this process (sessions
// end when it restarts); never a fixed, known value. Production refuses to start without
// one (lib/env.ts), checked when the server starts.
let generated: string | undefined;

export function authSecret(): string {
  const env = readEnv();
  if (env.AUTH_SECRET) return env.AUTH_SECRET;
  generated ??= randomBytes(32).toString("base64url");
  return generated;
}
