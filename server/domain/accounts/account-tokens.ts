// Single-use links for account mail. The link carries a random secret; only its SHA-256 is stored, so a copy of the
// database holds no working link. Using a token is one UPDATE guarded by used_at, so two clicks can't both succeed.
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { AccountTokenPurpose } from "@/contract/values";
import { accountTokens } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

export const TOKEN_LIFETIME_MINUTES: Record<AccountTokenPurpose, number> = {
  password_reset: 60,
  change_email: 24 * 60,
  verify_email: 7 * 24 * 60,
};

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Issues a new link's secret; earlier unused links for the same purpose stop working (only the newest counts). */
export async function issueAccountToken(
  db: DbOrTx,
  { userId, purpose, newEmail, now }: { userId: string; purpose: AccountTokenPurpose; newEmail?: string; now: Date },
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.userId, userId), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt)));
  await db.insert(accountTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    newEmail: newEmail ?? null,
    expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MINUTES[purpose] * 60_000),
  });
  return token;
}

/** Marks the token used and returns its row, or says why the link no longer works (field "token"). */
export async function useAccountToken(db: DbOrTx, { purpose, token, now }: { purpose: AccountTokenPurpose; token: string; now: Date }) {
  const tokenHash = hashToken(token);
  const [row] = await db
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)))
    .returning({ userId: accountTokens.userId, newEmail: accountTokens.newEmail });
  if (row) return row;
  const [seen] = await db
    .select({ usedAt: accountTokens.usedAt })
    .from(accountTokens)
    .where(and(eq(accountTokens.tokenHash, tokenHash), eq(accountTokens.purpose, purpose)));
  if (!seen) throw AppError.field("token", "This link isn't valid. Ask for a new one.");
  if (seen.usedAt) throw AppError.field("token", "This link has already been used, or a newer one was sent. Ask for a new one if you need it.");
  throw AppError.field("token", "This link has expired. Ask for a new one.");
}
