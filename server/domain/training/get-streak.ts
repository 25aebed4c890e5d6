import { and, eq, gte, lte } from "drizzle-orm";
import { checkins, trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addDays, todayIn } from "@/server/domain/days";
import { getRunnerSettings } from "./runner-settings";
import { computeStreak } from "./streak";

// A year back is plenty for a streak and keeps the query bounded.
const LOOKBACK_DAYS = 366;

/** Days in a row with any logged session or check-in, ending today. */
export async function getStreak(db: DbOrTx, userId: string, now = new Date()) {
  const { timeZone } = await getRunnerSettings(db, userId);
  const today = todayIn(timeZone, now);
  const from = addDays(today, -LOOKBACK_DAYS);
  const [sessionDays, checkinDays] = await Promise.all([
    db
      .selectDistinct({ date: trainingSessions.date })
      .from(trainingSessions)
      .where(and(eq(trainingSessions.userId, userId), gte(trainingSessions.date, from), lte(trainingSessions.date, today))),
    db
      .selectDistinct({ date: checkins.date })
      .from(checkins)
      .where(and(eq(checkins.userId, userId), gte(checkins.date, from), lte(checkins.date, today))),
  ]);
  return computeStreak(new Set([...sessionDays, ...checkinDays].map((r) => r.date)), today);
}
