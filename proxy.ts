import { NextResponse, type NextFetchEvent, type NextRequest } from "next/server";
import { auth } from "@/lib/auth/auth";

// Sends anonymous visitors of staff pages to sign in and back. It only redirects: every
// staff page, server action and route handler checks the session and permission itself.
// It runs for /staff only, so public pages never touch the session (and stay cacheable).
const guard = auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  // On the host the browser asked for (Next's own idea of its origin may be "localhost").
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? request.nextUrl.host;
  const protocol = request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  const url = new URL("/login", `${protocol}://${host}`);
  url.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(url);
}) as unknown as Promise<(request: NextRequest, event: NextFetchEvent) => Promise<Response>>;

// With a lazily built configuration Auth.js hands the wrapped handler back as a promise.
export async function proxy(request: NextRequest, event: NextFetchEvent) {
  return (await guard)(request, event);
}

// Server-action calls are left to the action's own session and permission check: a redirect
// is no answer to a POST, and the action must stand on its own (the e2e suite calls one
// without a session to prove it does).
// (Next reads this object statically: literals only.)
export const config = {
  matcher: [
    { source: "/staff", missing: [{ type: "header", key: "next-action" }] },
    { source: "/staff/:path*", missing: [{ type: "header", key: "next-action" }] },
  ],
};
