import { eq, sql } from "drizzle-orm";
import type { ChangePasswordInput } from "@/contract/account";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { hashPassword, verifyPassword } from "./passwords";
import { revokeSessions } from "./sessions";

/**
 * Sets a new password once the current one checks out, and signs out every other session in the same transaction
 * (whoever knew the old password may hold a cookie). Returns what the caller needs to sign this device in again.
 */
export async function changePassword(db: Db, userId: string, input: ChangePasswordInput) {
  const [user] = await db.select({ email: users.email, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!user) throw AppError.accountGone();
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw AppError.field("currentPassword", "That isn't your current password");
  }
  const passwordHash = await hashPassword(input.newPassword);
  const sessionVersion = await db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, userId));
    return revokeSessions(tx, { userId });
  });
  return { email: user.email, sessionVersion };
}
