import NextAuth, { AuthError, CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { endSession, startSession, touchSession } from "@/db/mutations/sessions";
import { serverEnv } from "@/lib/env";
import { log } from "@/lib/log/logger";
import { signInSchema } from "@/lib/validation/users";
import { AFTER_SIGN_IN, safeReturnPath } from "./return-path";
import { authSecret } from "./secret";
import type { Role } from "@/lib/domain/code-lists";
import { checkCredentials, clientIp } from "./sign-in";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; areas: number[] } & DefaultSession["user"];
    /** This sign-in's id: its row in user_sessions decides whether it still counts. */
    sessionId: string;
  }
}

/** The reason travels to the sign-in form as a code; it never tells which part was wrong. */
class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "locked") {
    super();
    this.code = code;
  }
}

// A refused sign-in, or a sign-in or sign-out form posted without its CSRF token (an old tab,
// a forged post): what a person or a caller did, logged as such, not as the server's fault.
const REFUSALS = new Set(["CredentialsSignin", "MissingCSRF"]);

/** Auth.js's own messages, in the server's JSON log. */
const authLogger = {
  error(error: Error) {
    if (error instanceof AuthError && REFUSALS.has(error.type)) log.info({ auth: error.type }, "auth request refused");
    else log.error({ err: error }, "Auth.js error");
  },
  warn: (code: string) => log.warn({ auth: code }, "Auth.js warning"),
  debug: (message: string, metadata?: unknown) => log.debug({ metadata }, message),
};

export const sessionLimits = () => ({
  maxHours: serverEnv().SESSION_MAX_HOURS,
  idleMinutes: serverEnv().SESSION_IDLE_MINUTES,
});

// The configuration is built on first use, not at import: `next build` imports this module
// and must neither need AUTH_SECRET nor open the database.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: authSecret(),
  // The token may live as long as a session can; whether it still counts (signed out, idle,
  // past its lifetime from sign-in) is the database's answer on every request.
  session: { strategy: "jwt", maxAge: sessionLimits().maxHours * 60 * 60 },
  // httpOnly and SameSite=Lax always; Secure (and the __Secure- prefix) in production.
  useSecureCookies: process.env.NODE_ENV === "production",
  pages: { signIn: "/login" },
  logger: authLogger,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const db = await getDb();
        const ip = clientIp(request.headers);
        const result = await checkCredentials(db, parsed.data.email, parsed.data.password, ip);
        if (!result.ok) throw new SignInRefused(result.reason);
        const sessionId = crypto.randomUUID();
        await startSession(db, { id: sessionId, userId: result.userId, ip });
        return { id: result.userId, sessionVersion: result.sessionVersion, sessionId };
      },
    }),
  ],
  events: {
    // Auth.js's own sign-out endpoint and the sign-out button both end here.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(await getDb(), sid);
    },
  },
  callbacks: {
    // Runs on every request that reads the session. The session's row must still count and
    // the user must still exist, be enabled and carry the session version of the token:
    // disabling a user or resetting their password ends their session on their very next
    // request. Role and areas are read fresh each time, so a change to them applies at once.
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; sessionVersion: number; sessionId: string };
        token.sub = signedIn.id;
        token.sv = signedIn.sessionVersion;
        token.sid = signedIn.sessionId;
      }
      const row =
        token.sub && typeof token.sid === "string"
          ? await touchSession(await getDb(), token.sub, token.sid, sessionLimits())
          : null;
      if (!row || row.disabled || row.sessionVersion !== token.sv) return null;
      token.name = row.name;
      token.email = row.email;
      token.role = row.role;
      token.areas = row.areaScope;
      return token;
    },
    session({ session, token }) {
      session.sessionId = token.sid as string;
      session.user = {
        ...session.user,
        id: token.sub!,
        name: token.name,
        email: token.email ?? "",
        role: token.role as Role,
        areas: (token.areas as number[]) ?? [],
      };
      return session;
    },
    // Every return address Auth.js itself would use (its endpoints' callbackUrl) goes
    // through the same check as the sign-in page and the language switch.
    redirect({ url, baseUrl }) {
      return new URL(safeReturnPath(url, AFTER_SIGN_IN.fallback, { origin: baseUrl }), baseUrl).toString();
    },
  },
}));
