import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { queueEmail } from "@/server/mail/queue-email";
import { verifyEmail as verifyEmailMessage } from "./account-emails";
import { issueAccountToken } from "./account-tokens";

/** Issues a verification link for the address the account has now, and queues it (in the caller's transaction). */
export async function queueVerification(tx: DbOrTx, { userId, email, now }: { userId: string; email: string; now: Date }): Promise<void> {
  // The address rides along: a link for an address the account has since left verifies nothing.
  const token = await issueAccountToken(tx, { userId, purpose: "verify_email", newEmail: email, now });
  const message = verifyEmailMessage(token);
  await queueEmail(tx, { userId, topic: "account", ...message });
}

/** The profile's "send the link again". */
export async function resendVerification(db: Db, { userId, now = new Date() }: { userId: string; now?: Date }) {
  const [user] = await db.select({ email: users.email, verifiedAt: users.emailVerifiedAt }).from(users).where(eq(users.id, userId));
  if (!user) throw AppError.accountGone();
  if (user.verifiedAt) return { alreadyVerified: true as const, email: user.email };
  await db.transaction((tx) => queueVerification(tx, { userId, email: user.email, now }));
  return { alreadyVerified: false as const, email: user.email };
}
