import { and, asc, eq, gte, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checkins, trainingSessions, users } from "@/db/schema";
import { addDays, todayIn, weekStart } from "@/server/domain/days";

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
      .select({ date: trainingSessions.date, load: sql<number>`coalesce(sum(${trainingSessions.load}), 0)::int` })
      .from(trainingSessions)
      .where(and(eq(trainingSessions.userId, userId), gte(trainingSessions.date, firstWeek)))
      .groupBy(trainingSessions.date),
  ]);
  // One pass over each list, bucketing by week start (everything fetched is on or after firstWeek).
  const weeks = new Map(
    Array.from({ length: HISTORY_WEEKS }, (_, i) => {
      const start = addDays(firstWeek, 7 * i);
      return [start, { weekStart: start, load: 0, push: 0, steady: 0, hold_back: 0, reset: 0 }];
    }),
  );
  for (const d of days) {
    const week = weeks.get(weekStart(d.date));
    if (week) week[d.verdict]++;
  }
  for (const s of sessions) {
    const week = weeks.get(weekStart(s.date));
    if (week) week.load += s.load;
  }
  return { days, weeks: [...weeks.values()] };
}
