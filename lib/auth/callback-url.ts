/** A path on this site, or the fallback: never another site (`//evil`, `/\evil`, `https:`). */
export function safeLocalPath(raw: unknown, fallback: string): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  return raw;
}

/** Where to go after signing in: a local page, not the sign-in page itself or an API. */
export function safeCallbackUrl(raw: unknown, fallback = "/staff"): string {
  const path = safeLocalPath(raw, fallback);
  return path.startsWith("/login") || path.startsWith("/api/") ? fallback : path;
}
