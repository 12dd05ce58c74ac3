// The one check for every address the site sends someone back to: after signing in, the
// sign-in page opened by someone already signed in, the language switch, and Auth.js's own
// endpoints. The value is resolved the way a browser would resolve it (the WHATWG URL
// parser, which also drops tabs and line breaks and reads "\" as "/") against an origin, and
// only a path on that very origin comes back, in the parser's own spelling; anything else
// gives the fallback. What the browser then does with the answer is what was checked.

/** Stands for "this site" when no origin is known: a name that can never resolve. */
const SITE = "http://return-path.invalid";
const MAX_LENGTH = 2000;
// Raw control characters and backslashes have no business in a return address; browsers
// silently drop or rewrite them, which is how the classic bypasses work.
const SUSPICIOUS = /[\u0000-\u001f\u007f\\]/;

export type ReturnPathOptions = {
  /** The origin absolute addresses must match (Auth.js passes its own); paths only otherwise. */
  origin?: string;
  /** Paths never to return to, even on this site (matched on the resolved path). */
  refuse?: RegExp;
};

export function safeReturnPath(
  raw: unknown,
  fallback: string,
  { origin = SITE, refuse }: ReturnPathOptions = {},
): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > MAX_LENGTH || SUSPICIOUS.test(raw)) return fallback;
  let base: URL;
  let url: URL;
  try {
    base = new URL(origin);
    url = new URL(raw, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base.origin || url.username || url.password) return fallback;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil" resolves to the path "//evil", which a browser reads as another host.
  if (!path.startsWith("/") || path.startsWith("//")) return fallback;
  if (refuse?.test(url.pathname)) return fallback;
  return path;
}

/** After signing in: a staff page, never the sign-in page again or an API. */
export const AFTER_SIGN_IN = { fallback: "/staff", refuse: /^\/(login|api)(\/|$)/ } as const;

export const safeCallbackUrl = (raw: unknown) =>
  safeReturnPath(raw, AFTER_SIGN_IN.fallback, { refuse: AFTER_SIGN_IN.refuse });
