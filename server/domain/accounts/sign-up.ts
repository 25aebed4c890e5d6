import { eq } from "drizzle-orm";
import type { SignUpInput } from "@/contract/account";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { queueEmail } from "@/server/mail/queue-email";
import { isValidTimeZone, normaliseEmail, PASSWORD_MIN_LENGTH } from "./account-rules";
import { signUpAttemptEmail } from "./account-emails";
import { hashPassword } from "./passwords";
import { queueVerification } from "./send-verification";

/** The one answer sign-up gives, whether or not the address already had an account: it never tells which. */
export type SignUpAnswer = { checkEmail: string };

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  return code === "23505";
}

/**
 * Creates an unverified account and emails it a verification link. If the address is taken, the owner is emailed
 * instead ("someone tried to sign up with your address") and the answer is the same, so sign-up can't be used to
 * find out who has an account. The password is hashed either way, so both take about as long.
 */
export async function signUp(db: Db, input: SignUpInput, now = new Date()): Promise<SignUpAnswer> {
  const email = normaliseEmail(input.email);
  if (input.password.length < PASSWORD_MIN_LENGTH) {
    throw AppError.field("password", `Use at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  const passwordHash = await hashPassword(input.password);
  const timeZone = input.timeZone && isValidTimeZone(input.timeZone) ? input.timeZone : "UTC";
  try {
    await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({ email, name: input.name.trim(), passwordHash, timeZone })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (user) return queueVerification(tx, { userId: user.id, email, now });
      const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
      if (owner) await queueEmail(tx, { userId: owner.id, topic: "account", ...signUpAttemptEmail(), onceKey: `signup-attempt:${now.toISOString().slice(0, 13)}` });
    });
  } catch (err) {
    // A twin racing on another unique index still must not tell anything.
    if (!isUniqueViolation(err)) throw err;
  }
  return { checkEmail: email };
}
