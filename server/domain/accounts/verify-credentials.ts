import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import { notify } from "../notifications/notify";
import { clearRateLimit, hitRateLimit, minutesText, peekRateLimit, type RateLimitRule } from "../rate-limit";
import { normaliseEmail } from "./account-rules";
import { hashPassword, verifyPassword } from "./passwords";

/**
 * Failed sign-ins are counted three ways. One address guessing one email is stopped early, without locking the owner
 * out elsewhere; one address trying many emails is stopped too; only a flood from many addresses locks an email for
 * everyone, well above what one attacker can cause cheaply, and then the owner is told.
 */
export const SIGN_IN_LIMITS = {
  emailFromAddress: { limit: 5, windowSeconds: 15 * 60 },
  address: { limit: 20, windowSeconds: 15 * 60 },
  email: { limit: 100, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;

export const MANY_FAILED_SIGN_INS_KIND = "account.many_failed_sign_ins";

export type CredentialsResult =
  | { ok: true; user: { id: string; email: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked"; message: string };

// Unknown emails are checked against a throwaway hash so they cost the same time as known ones.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomUUID());
  return dummyHash;
}

// Keys are the same for unknown emails, so a lockout never tells whether an account exists.
function failureKeys(email: string, address: string) {
  return {
    emailFromAddress: `signin-fail:${email}|${address}`,
    address: `signin-fail-address:${address}`,
    email: `signin-fail-email:${email}`,
  } satisfies Record<keyof typeof SIGN_IN_LIMITS, string>;
}

type Keys = ReturnType<typeof failureKeys>;
const KINDS = Object.keys(SIGN_IN_LIMITS) as (keyof typeof SIGN_IN_LIMITS)[];

/** The longest wait among the limits already reached, or null when none is. */
async function lockedFor(db: DbOrTx, keys: Keys, now: Date): Promise<number | null> {
  const states = await Promise.all(KINDS.map((kind) => peekRateLimit(db, keys[kind], SIGN_IN_LIMITS[kind], now)));
  const waits = states.filter((s) => !s.allowed).map((s) => s.retryAfterSeconds);
  return waits.length > 0 ? Math.max(...waits) : null;
}

async function recordFailure(db: Db, keys: Keys, userId: string | undefined, now: Date): Promise<void> {
  await db.transaction(async (tx) => {
    await hitRateLimit(tx, keys.emailFromAddress, SIGN_IN_LIMITS.emailFromAddress, now);
    await hitRateLimit(tx, keys.address, SIGN_IN_LIMITS.address, now);
    const email = await hitRateLimit(tx, keys.email, SIGN_IN_LIMITS.email, now);
    // Exactly one failure per window reaches the limit; the once-key makes a concurrent twin a no-op as well.
    if (userId && email.hits === SIGN_IN_LIMITS.email.limit) {
      await notify(tx, [
        {
          userId,
          kind: MANY_FAILED_SIGN_INS_KIND,
          onceKey: email.windowStart.toISOString(),
          title: "Many failed sign-ins to your account",
          body:
            `Someone failed to sign in to your account ${SIGN_IN_LIMITS.email.limit} times within an hour, from more than one place, ` +
            "so sign-in is paused for everyone until the hour is up. If this wasn't you, choose a new password.",
          href: "/profile", // where the password is changed
        },
      ]);
    }
  });
}

/** Checks an email and password from a client `address` (server/http/client-address.ts), counting failures. */
export async function verifyCredentials(
  db: Db,
  rawEmail: string,
  password: string,
  address: string,
  now = new Date(),
): Promise<CredentialsResult> {
  const email = normaliseEmail(rawEmail);
  const keys = failureKeys(email, address);
  const wait = await lockedFor(db, keys, now);
  if (wait !== null) {
    return { ok: false, reason: "locked", message: `Too many failed sign-ins. Try again in ${minutesText(wait)}.` };
  }
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.email, email));
  const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), password);
  if (!user || !ok) {
    await recordFailure(db, keys, user?.id, now);
    return { ok: false, reason: "invalid" };
  }
  // Only this address's count for this email: the address-wide and email-wide counts keep running.
  await clearRateLimit(db, keys.emailFromAddress);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion } };
}
