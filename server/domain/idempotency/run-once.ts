import { createHash } from "node:crypto";
import { and, eq, lt, sql } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { idempotentRequests } from "@/db/schema";
import { AppError } from "@/server/errors";

/** How long a key is remembered: long enough for any retry or double submit, short enough to keep the table small. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export type OnceRequest = {
  db: DbOrTx;
  userId: string;
  key: string;
  /** What is being done (the procedure's path); a key reused for another action is refused. */
  scope: string;
  /** The request's input, without its key; a key reused with other details is refused. */
  input: unknown;
};

export type OnceOutcome<T> = { replayed: false; value: T } | { replayed: true; stored: unknown };

/** JSON with object keys sorted, so the same details always hash the same whatever order a client sent them in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) && !(v instanceof Date)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

export function fingerprintOf(input: unknown): string {
  return createHash("sha256").update(stableJson(input ?? null)).digest("base64url");
}

/**
 * Runs a create once per (user, key). The key's row is claimed in the same transaction as the work, so the write and
 * the key commit or roll back together: a parallel duplicate waits on the claim, then reads the stored answer; a
 * failed attempt leaves no claim behind and may be retried with the same key.
 */
export async function runOnce<T>(
  request: OnceRequest,
  work: (tx: Tx) => Promise<T>,
  serialize: (value: T) => unknown,
): Promise<OnceOutcome<T>> {
  const { db, userId, key, scope } = request;
  const fingerprint = fingerprintOf(request.input);
  return db.transaction(async (tx) => {
    const where = and(eq(idempotentRequests.userId, userId), eq(idempotentRequests.key, key));
    const claimed = await tx
      .insert(idempotentRequests)
      .values({ userId, key, scope, fingerprint })
      .onConflictDoNothing()
      .returning({ key: idempotentRequests.key });
    if (claimed.length === 0) {
      const [prior] = await tx
        .select({ scope: idempotentRequests.scope, fingerprint: idempotentRequests.fingerprint, response: idempotentRequests.response })
        .from(idempotentRequests)
        .where(where);
      if (!prior || prior.scope !== scope || prior.fingerprint !== fingerprint) {
        throw new AppError("CONFLICT", "This request was already sent with different details. Please reload the page and try again.");
      }
      return { replayed: true as const, stored: prior.response };
    }
    const value = await work(tx);
    await tx.update(idempotentRequests).set({ response: sql`${JSON.stringify(serialize(value) ?? null)}::jsonb` }).where(where);
    // Forget this user's old keys while we are here (served by the (user, created_at) index).
    await tx
      .delete(idempotentRequests)
      .where(and(eq(idempotentRequests.userId, userId), lt(idempotentRequests.createdAt, sql`now() - make_interval(hours => ${IDEMPOTENCY_KEY_TTL_HOURS})`)));
    return { replayed: false as const, value };
  });
}
