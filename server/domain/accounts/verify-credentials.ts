import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { clearRateLimit, hitRateLimit, minutesText, peekRateLimit, type RateLimitRule } from "../rate-limit";
import { normaliseEmail } from "./account-rules";
import { hashPassword, verifyPassword } from "./passwords";

/** After this many failures for one email, sign-in is refused until the window ends. */
export const SIGN_IN_LOCKOUT: RateLimitRule = { limit: 5, windowSeconds: 15 * 60 };

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; message: string };

// Unknown emails are checked against a throwaway hash so they cost the same time as known ones.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

export async function verifyCredentials(db: Db, rawEmail: string, password: string): Promise<CredentialsResult> {
  const email = normaliseEmail(rawEmail);
  const key = `signin-fail:${email}`;
  const lock = await peekRateLimit(db, key, SIGN_IN_LOCKOUT);
  if (!lock.allowed) {
    return {
      ok: false,
      reason: "locked",
      message: `Too many failed sign-ins for this email. Try again in ${minutesText(lock.retryAfterSeconds)}.`,
    };
  }
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !ok) {
    await hitRateLimit(db, key, SIGN_IN_LOCKOUT);
    return { ok: false, reason: "invalid" };
  }
  await clearRateLimit(db, key);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name } };
}
