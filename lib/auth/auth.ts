import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { getDb } from "@/db/client";
import { findSessionUser } from "@/db/queries/users";
import { signInSchema } from "@/lib/validation/users";
import { authSecret } from "./secret";
import type { Role } from "./permissions";
import { checkCredentials, clientIp } from "./sign-in";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: Role; areas: number[] } & DefaultSession["user"];
    /** This sign-in's id, so that signing out can refuse the token for good. */
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

export const SESSION_HOURS = 8;

// The configuration is built on first use, not at import: `next build` imports this module
// and must neither need AUTH_SECRET nor open the database.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  trustHost: true,
  secret: authSecret(),
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60 },
  // httpOnly and SameSite=Lax always; Secure (and the __Secure- prefix) in production.
  useSecureCookies: process.env.NODE_ENV === "production",
  pages: { signIn: "/login" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = signInSchema.safeParse(raw);
        if (!parsed.success) throw new SignInRefused("invalid");
        const result = await checkCredentials(await getDb(), parsed.data.email, parsed.data.password, clientIp(request.headers));
        if (!result.ok) throw new SignInRefused(result.reason);
        return { id: result.userId, sessionVersion: result.sessionVersion };
      },
    }),
  ],
  callbacks: {
    // Runs on every request that reads the session. The user must still exist, be enabled
    // and carry the session version of the token: disabling a user or resetting their
    // password ends their session on their very next request. Role and areas are read
    // fresh each time, so a change to them applies at once.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as { sessionVersion: number }).sessionVersion;
        token.sid = crypto.randomUUID();
      }
      const row = token.sub && typeof token.sid === "string" ? await findSessionUser(await getDb(), token.sub, token.sid) : null;
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
  },
}));
