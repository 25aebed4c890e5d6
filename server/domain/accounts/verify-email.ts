import { and, eq, sql } from "drizzle-orm";
import { users } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { useAccountToken } from "./account-tokens";

/** Marks the address verified from the link sent to it. */
export async function verifyEmailAddress(db: Db, { token, now = new Date() }: { token: string; now?: Date }) {
  return db.transaction(async (tx) => {
    const used = await useAccountToken(tx, { purpose: "verify_email", token, now });
    const [row] = await tx
      .update(users)
      .set({ emailVerifiedAt: sql`coalesce(${users.emailVerifiedAt}, ${now.toISOString()}::timestamptz)`, updatedAt: sql`now()` })
      .where(and(eq(users.id, used.userId), eq(users.email, used.newEmail ?? "")))
      .returning({ email: users.email });
    if (!row) throw AppError.field("token", "This link was for an address your account no longer uses.");
    return { email: row.email };
  });
}
