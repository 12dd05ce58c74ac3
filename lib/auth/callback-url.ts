/** Only a path on this site may be the place to return to after signing in. */
export function safeCallbackUrl(raw: unknown, fallback = "/staff"): string {
  if (typeof raw !== "string" || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  if (raw.startsWith("/login") || raw.startsWith("/api/")) return fallback;
  return raw;
}
