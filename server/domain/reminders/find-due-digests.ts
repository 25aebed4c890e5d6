import { and, eq, exists, inArray, ne, notExists, or, sql } from "drizzle-orm";
import { clubMembers, sentDeliveries, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { DIGEST_MIN, localAt, localDayOf, localMinuteReached, WEEKLY_DIGEST_ISODOW } from "./local-clock";

export const DIGEST_KEY = "coach-digest:";

/**
 * Coaches whose digest is due: 07:00 on their clock, every day or (weekly) on Mondays, who coach a club now and
 * haven't had today's. One statement.
 */
export async function findDueDigests(db: DbOrTx, now: Date) {
  const local = localAt(now, users.timeZone);
  const day = localDayOf(local);
  return db
    .select({ userId: users.id, localDay: day, frequency: users.digestFrequency })
    .from(users)
    .where(
      and(
        ne(users.digestFrequency, "off"),
        or(eq(users.digestFrequency, "daily"), sql`extract(isodow from ${local}) = ${WEEKLY_DIGEST_ISODOW}`),
        localMinuteReached(local, DIGEST_MIN),
        exists(
          db
            .select({ one: sql`1` })
            .from(clubMembers)
            .where(and(eq(clubMembers.userId, users.id), eq(clubMembers.status, "active"), inArray(clubMembers.role, ["coach", "owner"]))),
        ),
        notExists(db.select({ one: sql`1` }).from(sentDeliveries).where(and(eq(sentDeliveries.userId, users.id), sql`${sentDeliveries.key} = ${DIGEST_KEY} || ${day}`))),
      ),
    );
}
