import { eq, sql } from "drizzle-orm";
import type { ResetPasswordInput } from "@/contract/account";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { useAccountToken } from "./account-tokens";
import { hashPassword } from "./passwords";
import { revokeSessions } from "./sessions";

/**
 * Sets a new password from a reset link and signs out every session (whoever knew the old password may hold one).
 * The link reached the inbox, so the address counts as verified too.
 */
export async function resetPassword(db: Db, input: ResetPasswordInput, now = new Date()) {
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    const { userId } = await useAccountToken(tx, { purpose: "password_reset", token: input.token, now });
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`, updatedAt: sql`now()` })
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    await revokeSessions(tx, { userId });
    return { email: user!.email };
  });
}
