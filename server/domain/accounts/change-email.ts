import { and, eq, isNull, ne, sql } from "drizzle-orm";
import type { ChangeEmailInput } from "@/contract/account";
import { accountTokens, users } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { queueEmail, queueEmailTo } from "@/server/mail/queue-email";
import { normaliseEmail } from "./account-rules";
import { confirmNewEmail, emailChangedNotice, emailChangeRequestedNotice, signUpAttemptEmail } from "./account-emails";
import { issueAccountToken, useAccountToken } from "./account-tokens";
import { verifyPassword } from "./passwords";

/**
 * Asks to move the account to a new address: a link goes to the new address (the change happens only from there)
 * and the current one is told. A taken address gets its owner told instead, with the same answer, so this can't
 * probe who has an account either.
 */
export async function requestEmailChange(db: Db, userId: string, input: ChangeEmailInput, now = new Date()) {
  const newEmail = normaliseEmail(input.newEmail);
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) throw AppError.accountGone();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw AppError.field("currentPassword", "That isn't your current password");
  }
  if (newEmail === user.email) throw AppError.field("newEmail", "That is already your email address");
  await db.transaction(async (tx) => {
    const [owner] = await tx.select({ id: users.id }).from(users).where(eq(users.email, newEmail));
    if (owner) {
      await queueEmail(tx, { userId: owner.id, topic: "account", ...signUpAttemptEmail("move"), onceKey: `signup-attempt:${now.toISOString().slice(0, 13)}` });
      return;
    }
    const token = await issueAccountToken(tx, { userId, purpose: "change_email", newEmail, now });
    await queueEmailTo(tx, { to: newEmail, userId, topic: "account", ...confirmNewEmail(token, newEmail) });
    await queueEmail(tx, { userId, topic: "account", ...emailChangeRequestedNotice(newEmail) });
  });
  return { checkEmail: newEmail };
}

function isUniqueViolation(err: unknown): boolean {
  const code = (err as { code?: string; cause?: { code?: string } }).code ?? (err as { cause?: { code?: string } }).cause?.code;
  return code === "23505";
}

/** Moves the account to the confirmed address (verified, since the link reached it) and tells the old one. */
export async function confirmEmailChange(db: Db, { token, now = new Date() }: { token: string; now?: Date }) {
  try {
    return await db.transaction(async (tx) => {
      const used = await useAccountToken(tx, { purpose: "change_email", token, now });
      const [before] = await tx.select({ email: users.email }).from(users).where(eq(users.id, used.userId));
      const newEmail = used.newEmail!;
      await tx.update(users).set({ email: newEmail, emailVerifiedAt: now, updatedAt: sql`now()` }).where(eq(users.id, used.userId));
      // Links sent to the old address (a reset, a verification) must not work for the account any more.
      await tx
        .update(accountTokens)
        .set({ usedAt: now })
        .where(and(eq(accountTokens.userId, used.userId), isNull(accountTokens.usedAt), ne(accountTokens.purpose, "change_email")));
      if (before) await queueEmailTo(tx, { to: before.email, userId: used.userId, topic: "account", ...emailChangedNotice(newEmail) });
      return { email: newEmail };
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw AppError.field("token", "That address now belongs to another account, so it can't be moved to.");
    throw err;
  }
}
