import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { LOCALE_COOKIE, locales } from "@/i18n/config";
import { safeReturnPath } from "@/lib/auth/return-path";

// The language switch: a plain form POST (works without JavaScript) that remembers the
// choice in a cookie and returns the reader to the page they were on.
const schema = z.object({ locale: z.enum(locales), back: z.string().optional() });

export async function POST(request: NextRequest) {
  const form = Object.fromEntries((await request.formData().catch(() => new FormData())).entries());
  const parsed = schema.safeParse(form);
  if (!parsed.success)
    return NextResponse.json({ error: "locale must be one of: " + locales.join(", ") }, { status: 400 });
  const back = safeReturnPath(parsed.data.back, "/");
  // A relative Location: the browser stays on the host it used (and CSP form-action 'self' holds).
  const response = new NextResponse(null, { status: 303, headers: { Location: back } });
  response.cookies.set(LOCALE_COOKIE, parsed.data.locale, {
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
    sameSite: "lax",
    httpOnly: true,
    secure: process.env.NODE_ENV === "production",
  });
  return response;
}
