import { NextResponse, type NextRequest } from "next/server";

// Sends visitors of staff pages who carry no session cookie to sign in and back. It only
// redirects: every staff page, server action and route handler reads and checks the
// session and permission itself (a cookie that is present but no longer valid is sent to
// sign in by the page). Reading the session here as well would decrypt it and query the
// database a second time on every staff request.
// It runs for /staff only, so public pages never touch the session (and stay cacheable);
// their language comes from the address (see the rewrites in next.config.js).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name))) return NextResponse.next();
  // On the host the browser asked for (Next's own idea of its origin may be "localhost").
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  const url = new URL("/login", `${protocol}://${host}`);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}

// Server-action calls are left to the action's own session and permission check: a redirect
// is no answer to a POST, and the action must stand on its own (the e2e suite calls one
// without a session to prove it does).
// The import's upload (/staff/import/upload) is left out too: a proxy makes Next copy the
// request body into memory, and cut it at 10 MB, before the route reads it within its own
// limit (lib/actions/import-upload.ts), session and permission check included.
// (Next reads this object statically: literals only.)
export const config = {
  matcher: [
    { source: "/staff", missing: [{ type: "header", key: "next-action" }] },
    { source: "/staff/:path((?!import/upload$).*)", missing: [{ type: "header", key: "next-action" }] },
  ],
};
