import { headers } from "next/headers";
import { cache } from "react";
import NextAuth, { CredentialsSignin, type NextAuthConfig, type Session } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./domain/accounts/verify-credentials";
import { activeSessionUser } from "./domain/accounts/sessions";
import { getDb } from "./db";
import { clientAddress } from "./http/client-address";
import { env } from "./env";
import { signInInput } from "@/contract/account";
import { authLogger } from "./auth-log/auth-logger";
import { readSessionCookie } from "./auth/session-cookie";

/** Raised when failed sign-ins reached a limit; the sign-in action shows `userMessage` (it says how long to wait). */
export class SignInLockedError extends CredentialsSignin {
  code = "locked";
  constructor(readonly userMessage: string) {
    super(userMessage);
  }
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function config(): NextAuthConfig {
  return {
    secret: env().AUTH_SECRET,
    // The app sits behind whatever host the operator chooses; next-auth otherwise rejects `next start`.
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin" },
    logger: authLogger(),
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        async authorize(raw, request) {
          const parsed = signInInput.safeParse(raw);
          if (!parsed.success) return null;
          const address = clientAddress(request.headers);
          const result = await verifyCredentials(await getDb(), parsed.data.email, parsed.data.password, address);
          if (result.ok) return result.user;
          if (result.reason === "locked") throw new SignInLockedError(result.message);
          return null;
        },
      }),
    ],
    callbacks: {
      // Only at sign-in (user is set): the id and the session version the cookie is issued at. Nothing a client sends
      // through update() changes them, so an old cookie can't talk itself back to the current version.
      // The version comes from the row verifyCredentials just read, so signing in costs no second query.
      jwt({ token, user }) {
        if (user?.id) {
          token.uid = user.id;
          token.sv = user.sessionVersion;
        }
        return token;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") session.user.id = token.uid;
        if (typeof token.sv === "number") session.sessionVersion = token.sv;
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);

declare module "next-auth" {
  interface User {
    /** Set by authorize() from the signed-in row. */
    sessionVersion?: number;
  }
  interface Session {
    /** The users.session_version this cookie was issued at; see server/domain/accounts/sessions.ts. */
    sessionVersion?: number;
  }
}

/**
 * The cookie's session as auth() would give it, from the cached decode (server/auth/session-cookie.ts); cookies that
 * reader leaves alone (chunked, the other scheme's name) still go through auth().
 */
async function sessionOfRequest(): Promise<Session | null> {
  const read = await readSessionCookie(await headers(), env().AUTH_SECRET);
  if (read.kind === "unusual") return auth();
  if (read.kind === "none" || !read.claims) return null;
  const { uid, sv, name, email, picture } = read.claims;
  const expires = new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000).toISOString();
  return { user: { id: uid, name, email, image: picture }, sessionVersion: sv, expires };
}

/**
 * The session, or null when the cookie's user is gone or its version was revoked (signed out everywhere, a new
 * password). One primary-key read, once per request however many Server Components ask (outside React, such as in
 * proxy.ts, it runs each call).
 */
export const currentSession = cache(async (): Promise<Session | null> => {
  const session = await sessionOfRequest();
  if (!session?.user?.id) return null;
  const user = await activeSessionUser(await getDb(), { uid: session.user.id, sv: session.sessionVersion });
  return user ? session : null;
});

/** The signed-in user's id, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await currentSession();
  return session?.user?.id ?? null;
}
