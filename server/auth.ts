import { cache } from "react";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { verifyCredentials } from "./domain/accounts/verify-credentials";
import { getDb } from "./db";
import { env } from "./env";
import { signInInput } from "@/contract/account";

/** Raised when one email has failed too often; the code reaches the sign-in form. */
export class SignInLockedError extends CredentialsSignin {
  code = "locked";
}

export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

function config(): NextAuthConfig {
  return {
    secret: env().AUTH_SECRET,
    // The app sits behind whatever host the operator chooses; next-auth otherwise rejects `next start`.
    trustHost: true,
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
    pages: { signIn: "/signin" },
    providers: [
      Credentials({
        credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
        async authorize(raw) {
          const parsed = signInInput.safeParse(raw);
          if (!parsed.success) return null;
          const result = await verifyCredentials(await getDb(), parsed.data.email, parsed.data.password);
          if (result.ok) return { id: result.user.id, email: result.user.email, name: result.user.name };
          if (result.reason === "locked") throw new SignInLockedError(result.message);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user?.id) token.uid = user.id;
        return token;
      },
      session({ session, token }) {
        if (typeof token.uid === "string") session.user.id = token.uid;
        return session;
      },
    },
  };
}

export const { handlers, auth, signIn, signOut } = NextAuth(config);

/** The session, read once per request however many Server Components ask (outside React it simply calls auth()). */
export const currentSession = cache(() => auth());

/** The signed-in user's id, or null. */
export async function currentUserId(): Promise<string | null> {
  const session = await currentSession();
  return session?.user?.id ?? null;
}
