// Session revocation. A session cookie is a signed JWT that lives up to 30 days, so it can't be recalled from the
// browser that holds it; instead each user has a session version, the cookie carries the version it was issued at,
// and raising the version (sign out everywhere, a new password, a reset) turns every older cookie away.
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import { users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

/** What a session cookie says about its user: the id, and the session version it was issued at. */
export type SessionClaims = { uid?: unknown; sv?: unknown };

// Anything else (an old cookie without a version, a malformed id) is simply not a session, never a query error.
const claimsSchema = z.object({ uid: z.uuid(), sv: z.number().int().nonnegative() });

/**
 * The user a session cookie stands for, or null when that user is gone or the cookie predates the last revocation.
 * One primary-key read; callers cache it per request.
 */
export async function activeSessionUser(db: DbOrTx, claims: SessionClaims | null | undefined): Promise<{ id: string } | null> {
  const parsed = claimsSchema.safeParse(claims ?? {});
  if (!parsed.success) return null;
  const { uid, sv } = parsed.data;
  const [row] = await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, uid));
  return row?.sessionVersion === sv ? { id: uid } : null;
}

/** Ends every session the user has (all devices); returns the new version. Password change and reset reuse it. */
export async function revokeSessions(db: DbOrTx, { userId }: { userId: string }): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: sql`now()` })
    .where(eq(users.id, userId))
    .returning({ sessionVersion: users.sessionVersion });
  if (!row) throw AppError.accountGone();
  return row.sessionVersion;
}
