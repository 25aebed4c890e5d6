import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, isNull } from "drizzle-orm";
import { calendarTokens } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** Whether the caller has a live calendar link; the secret itself is never stored, so it can't be shown again. */
export async function getCalendarStatus(db: DbOrTx, userId: string) {
  const [row] = await db
    .select({ createdAt: calendarTokens.createdAt })
    .from(calendarTokens)
    .where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)))
    .orderBy(desc(calendarTokens.createdAt))
    .limit(1);
  return { active: !!row, createdAt: row?.createdAt ?? null };
}

/** Revokes any old link and issues a new one; the token is returned once. */
export async function rotateCalendarToken(db: DbOrTx, userId: string) {
  const token = randomBytes(24).toString("base64url");
  await db.transaction(async (tx) => {
    await tx.update(calendarTokens).set({ revokedAt: new Date() }).where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)));
    await tx.insert(calendarTokens).values({ userId, tokenHash: hashToken(token) });
  });
  return { token };
}

export async function revokeCalendarToken(db: DbOrTx, userId: string) {
  await db.update(calendarTokens).set({ revokedAt: new Date() }).where(and(eq(calendarTokens.userId, userId), isNull(calendarTokens.revokedAt)));
  return { active: false };
}
