import { NextResponse, type NextRequest } from "next/server";
import { CACHE_POLICY } from "@/lib/cache-policy";
import { recentPublicEditions } from "@/lib/report/edition-list";
import { MAX_FORM_BODY_BYTES } from "@/lib/request-limits";
import { contentSecurityPolicy, NONCE_PATHS } from "@/lib/security-headers";

// The proxy does four cheap things before a request reaches a page, action or route:
//   1. refuses a request body larger than any staff form needs (the spreadsheet upload has
//      a route and a limit of its own), before a byte of it is read;
//   2. gives staff pages and the sign-in page a fresh CSP nonce (see lib/security-headers);
//   3. sends visitors of staff pages who carry no session cookie to sign in and back;
//   4. answers the addresses of an edition that does not exist with its 404 page, kept by
//      shared caches no longer than a latest-edition page (see unknownEdition).
// It never decides who may do what: every staff page, server action and route handler reads
// and checks the session and permission itself (a cookie that is present but no longer
// valid is sent to sign in by the page). Public pages without a body never run it, but for
// an edition's permanent addresses, where it reads the list of editions from memory.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

function tooLarge(request: NextRequest): NextResponse | null {
  const length = request.headers.get("content-length");
  // A body without a length (chunked) could be of any size: staff forms always send one.
  if (length === null ? request.headers.has("transfer-encoding") : !(Number(length) <= MAX_FORM_BODY_BYTES)) {
    return NextResponse.json(
      { error: `Request body over ${MAX_FORM_BODY_BYTES} bytes, or of no stated length.` },
      { status: 413 },
    );
  }
  return null;
}

function signInFirst(request: NextRequest): NextResponse | null {
  const { pathname, search } = request.nextUrl;
  if (!/^\/staff(\/|$)/.test(pathname) || request.headers.has("next-action")) return null;
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return null;
  // On the request's own origin, which Next then writes as a relative address: the browser
  // stays on the host it asked for, whatever X-Forwarded-Host header came with the request.
  const params = new URLSearchParams({ callbackUrl: pathname + search });
  return NextResponse.redirect(new URL(`/login?${params}`, request.nextUrl));
}

function withNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const policy = contentSecurityPolicy({ isProduction: process.env.NODE_ENV === "production", nonce });
  // Next reads the nonce from the request's policy and puts it on every script it writes.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

const EDITION_PAGE = /^\/(?:(en)\/)?reports\/([^/]+)(\/.*)?$/;

/** A response that shared caches keep as briefly as a latest-edition page. */
function briefly(response: NextResponse): NextResponse {
  response.headers.set("cache-control", CACHE_POLICY.latest);
  return response;
}

/**
 * An edition's pages may be kept for an hour (lib/cache-policy.js), but the address of an
 * edition that does not exist answers 404, and that period may be published a minute later:
 * such an answer is kept only as long as a latest-edition page. The list of editions is the
 * one in memory that the public pages use.
 *
 * The search page is rendered per request (it reads the query), and Next cannot render a
 * not-found page on the server for such a page: it sends an empty document with the 404 and
 * leaves the page to the browser, blank without JavaScript. So an unknown edition's search
 * is rewritten, before it renders, to the edition's own address, a cached page that renders
 * the 404 page in the address's language with its status.
 */
async function unknownEdition(request: NextRequest): Promise<NextResponse | null> {
  const match = EDITION_PAGE.exec(request.nextUrl.pathname);
  if (!match) return null;
  const [, en, period, rest] = match;
  // Without the list (a database that does not answer), the page itself decides, briefly.
  const editions = await recentPublicEditions().catch(() => null);
  if (!editions) return briefly(NextResponse.next());
  if (editions.some((e) => e.period === period)) return null;
  if (rest !== "/search") return briefly(NextResponse.next());
  const url = request.nextUrl.clone();
  url.pathname = `${en ? "/en" : ""}/reports/${period}`;
  url.search = "";
  return briefly(NextResponse.rewrite(url));
}

export async function proxy(request: NextRequest) {
  const refused = tooLarge(request) ?? signInFirst(request);
  if (refused) return refused;
  const missing = await unknownEdition(request);
  if (missing) return missing;
  return NONCE_PATHS.test(request.nextUrl.pathname) ? withNonce(request) : NextResponse.next();
}

// (Next reads this object statically: literals only.) Requests with a body, wherever they
// go; staff pages and sign-in. Never the import's upload (/staff/import/upload): running the
// proxy makes Next copy the request body into memory, and cut it at 10 MB, before the route
// reads it within its own limit (lib/actions/import-upload.ts), session and permission check
// included.
export const config = {
  matcher: [
    { source: "/", has: [{ type: "header", key: "content-length" }] },
    { source: "/:path((?!staff/import/upload$).*)", has: [{ type: "header", key: "content-length" }] },
    { source: "/:path((?!staff/import/upload$).*)", has: [{ type: "header", key: "transfer-encoding" }] },
    "/staff",
    "/staff/:path((?!import/upload$).*)",
    "/login",
    "/reports/:period/:path*",
    "/en/reports/:period/:path*",
  ],
};
