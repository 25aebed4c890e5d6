import { and, between, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { checkins, users } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { preparedPerDb } from "@/server/domain/queries/prepared-per-db";

// One round trip: the runner's zone with their check-ins of the three days around today in UTC, since today in any
// zone (UTC-12 to UTC+14) is one of them; today itself is picked here, on the app's clock.
const aroundToday = preparedPerDb((db) =>
  db
    .select({
      timeZone: users.timeZone,
      // null when the left join finds no check-in
      checkin: {
        id: checkins.id,
        date: checkins.date,
        verdict: checkins.verdict,
        reasons: checkins.reasons,
        burnoutFlag: checkins.burnoutFlag,
        wellnessIndex: checkins.wellnessIndex,
        loadRatio: checkins.loadRatio,
      },
    })
    .from(users)
    .leftJoin(checkins, and(eq(checkins.userId, users.id), between(checkins.date, sql.placeholder("from"), sql.placeholder("to"))))
    .where(eq(users.id, sql.placeholder("userId")))
    .prepare("today_checkin"),
);

/** Today's check-in (in the runner's own zone), for the summary card; null when they haven't checked in yet. */
export async function getTodayCheckin(db: DbOrTx, userId: string) {
  const now = new Date();
  const utcToday = todayIn("UTC", now);
  const rows = await aroundToday(db).execute({ userId, from: addDays(utcToday, -1), to: addDays(utcToday, 1) });
  const today = todayIn(rows[0]?.timeZone ?? "UTC", now);
  return { today, checkin: rows.find((r) => r.checkin?.date === today)?.checkin ?? null };
}
