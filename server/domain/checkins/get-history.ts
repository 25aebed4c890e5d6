import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checkins, trainingSessions, users } from "@/db/schema";
import { addDays, weekStart } from "@/server/domain/readiness";
import { todayIn } from "@/server/domain/days";

export const HISTORY_WEEKS = 8;

/** The last 8 weeks for the history charts: daily wellness and verdicts, and weekly training load. */
export async function getHistory(db: Db, userId: string) {
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  const today = todayIn(user?.timeZone ?? "UTC");
  const firstWeek = addDays(weekStart(today), -7 * (HISTORY_WEEKS - 1));
  const [days, sessions] = await Promise.all([
    db
      .select({ date: checkins.date, wellnessIndex: checkins.wellnessIndex, verdict: checkins.verdict, burnoutFlag: checkins.burnoutFlag })
      .from(checkins)
      .where(and(eq(checkins.userId, userId), gte(checkins.date, firstWeek)))
      .orderBy(asc(checkins.date)),
    db
      .select({
        date: trainingSessions.date,
        load: sql<number>`coalesce(sum(${trainingSessions.load}), 0)::int`,
        minutes: sql<number>`sum(${trainingSessions.durationMin})::int`,
      })
      .from(trainingSessions)
      .where(and(eq(trainingSessions.userId, userId), gte(trainingSessions.date, firstWeek)))
      .groupBy(trainingSessions.date),
  ]);
  const weeks = Array.from({ length: HISTORY_WEEKS }, (_, i) => {
    const start = addDays(firstWeek, 7 * i);
    const counts = { push: 0, steady: 0, hold_back: 0, reset: 0 };
    for (const d of days) if (weekStart(d.date) === start) counts[d.verdict]++;
    let load = 0, minutes = 0;
    for (const s of sessions) if (weekStart(s.date) === start) { load += s.load; minutes += s.minutes; }
    return { weekStart: start, load, minutes, ...counts };
  });
  return { today, firstWeek, days, weeks };
}
