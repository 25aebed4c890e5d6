import { and, eq, sql } from "drizzle-orm";
import { rateLimitBuckets } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

export type RateLimitRule = { limit: number; windowSeconds: number };

function windowStart(rule: RateLimitRule, now: Date): Date {
  const ms = rule.windowSeconds * 1000;
  return new Date(Math.floor(now.getTime() / ms) * ms);
}

function retryAfter(rule: RateLimitRule, now: Date): number {
  return Math.max(1, Math.ceil((windowStart(rule, now).getTime() + rule.windowSeconds * 1000 - now.getTime()) / 1000));
}

/** Counts one hit and reports whether it is still within the limit. */
export async function hitRateLimit(db: DbOrTx, key: string, rule: RateLimitRule, now = new Date()) {
  const start = windowStart(rule, now);
  const [row] = await db
    .insert(rateLimitBuckets)
    .values({ key, windowStart: start, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitBuckets.key, rateLimitBuckets.windowStart],
      set: { hits: sql`${rateLimitBuckets.hits} + 1` },
    })
    .returning({ hits: rateLimitBuckets.hits });
  const hits = row?.hits ?? 1;
  return { allowed: hits <= rule.limit, hits, windowStart: start, retryAfterSeconds: retryAfter(rule, now) };
}

/** Reads the current window without counting a hit. */
export async function peekRateLimit(db: DbOrTx, key: string, rule: RateLimitRule, now = new Date()) {
  const [row] = await db
    .select({ hits: rateLimitBuckets.hits })
    .from(rateLimitBuckets)
    .where(and(eq(rateLimitBuckets.key, key), eq(rateLimitBuckets.windowStart, windowStart(rule, now))));
  const hits = row?.hits ?? 0;
  return { allowed: hits < rule.limit, hits, retryAfterSeconds: retryAfter(rule, now) };
}

export async function clearRateLimit(db: DbOrTx, key: string) {
  await db.delete(rateLimitBuckets).where(eq(rateLimitBuckets.key, key));
}

export function minutesText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "a minute" : `${minutes} minutes`;
}

/** Throws a clear TOO_MANY_REQUESTS error when the caller is over the limit. */
export async function enforceRateLimit(db: DbOrTx, key: string, rule: RateLimitRule, what: string) {
  const result = await hitRateLimit(db, key, rule);
  if (!result.allowed) {
    throw new AppError(
      "TOO_MANY_REQUESTS",
      `Too many ${what} in a short time. Please wait ${minutesText(result.retryAfterSeconds)} and try again.`,
    );
  }
}
