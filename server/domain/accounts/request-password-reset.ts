import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { queueEmail } from "@/server/mail/queue-email";
import { normaliseEmail } from "./account-rules";
import { passwordResetEmail } from "./account-emails";
import { issueAccountToken } from "./account-tokens";

/** Emails a reset link if the address has an account. The answer is the same either way. */
export async function requestPasswordReset(db: Db, { email: rawEmail, now = new Date() }: { email: string; now?: Date }) {
  const email = normaliseEmail(rawEmail);
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (user) {
    await db.transaction(async (tx) => {
      const token = await issueAccountToken(tx, { userId: user.id, purpose: "password_reset", now });
      await queueEmail(tx, { userId: user.id, topic: "account", ...passwordResetEmail(token) });
    });
  }
  return { checkEmail: email };
}
