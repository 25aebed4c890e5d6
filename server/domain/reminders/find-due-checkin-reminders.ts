import { and, eq, isNotNull, notExists, sql } from "drizzle-orm";
import { checkins, sentDeliveries, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { localAt, localDayOf, localMinuteReached } from "./local-clock";

/** sent_deliveries key prefix; the local day follows. */
export const CHECKIN_REMINDER_KEY = "checkin-reminder:";

export type DueCheckinReminder = { userId: string; localDay: string };

/**
 * The runners whose chosen minute has come today on their own clock (within the catch-up window, which also covers
 * a minute skipped by a spring-forward), who haven't checked in today and haven't been reminded today: one
 * statement, however many runners. Local time comes from Postgres's zone rules, so summer time is handled there.
 */
export async function findDueCheckinReminders(db: DbOrTx, now: Date): Promise<DueCheckinReminder[]> {
  const local = localAt(now, users.timeZone);
  const localDay = localDayOf(local);
  return db
    .select({ userId: users.id, localDay })
    .from(users)
    .where(
      and(
        isNotNull(users.checkinReminderMin),
        localMinuteReached(local, sql`${users.checkinReminderMin}`),
        notExists(db.select({ one: sql`1` }).from(checkins).where(and(eq(checkins.userId, users.id), sql`${checkins.date} = ${local}::date`))),
        notExists(
          db
            .select({ one: sql`1` })
            .from(sentDeliveries)
            .where(and(eq(sentDeliveries.userId, users.id), sql`${sentDeliveries.key} = ${CHECKIN_REMINDER_KEY} || ${localDay}`)),
        ),
      ),
    );
}
