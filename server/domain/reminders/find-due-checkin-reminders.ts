import { and, eq, isNotNull, notExists, sql } from "drizzle-orm";
import { checkins, sentDeliveries, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/**
 * How long after the chosen minute a reminder may still go out: covers a minute skipped by a spring-forward (an
 * hour) and a worker that was down for a while, without reminding at night someone who changed the time at noon.
 */
export const CHECKIN_REMINDER_CATCH_UP_MIN = 180;

export type DueCheckinReminder = { userId: string; localDay: string };

/**
 * The runners whose chosen minute has come today on their own clock, who haven't checked in today and haven't been
 * reminded today: one statement, however many runners. Local time comes from Postgres's time zone rules, so a
 * summer-time change is handled where the zone data lives.
 */
export async function findDueCheckinReminders(db: DbOrTx, now: Date): Promise<DueCheckinReminder[]> {
  const localAt = sql`(${now.toISOString()}::timestamptz at time zone ${users.timeZone})`;
  const localDay = sql<string>`to_char(${localAt}, 'YYYY-MM-DD')`;
  return db
    .select({ userId: users.id, localDay })
    .from(users)
    .where(
      and(
        isNotNull(users.checkinReminderMin),
        sql`extract(hour from ${localAt}) * 60 + extract(minute from ${localAt}) - ${users.checkinReminderMin}
            between 0 and ${CHECKIN_REMINDER_CATCH_UP_MIN - 1}`,
        notExists(db.select({ one: sql`1` }).from(checkins).where(and(eq(checkins.userId, users.id), sql`${checkins.date} = ${localAt}::date`))),
        notExists(
          db
            .select({ one: sql`1` })
            .from(sentDeliveries)
            .where(and(eq(sentDeliveries.userId, users.id), sql`${sentDeliveries.key} = ${CHECKIN_REMINDER_KEY} || ${localDay}`)),
        ),
      ),
    );
}

/** sent_deliveries key prefix; the local day follows. */
export const CHECKIN_REMINDER_KEY = "checkin-reminder:";
