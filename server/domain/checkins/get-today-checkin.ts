import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checkins, users } from "@/db/schema";
import { todayIn } from "@/server/domain/days";

/** Today's check-in (in the runner's own zone), for the summary card; null when they haven't checked in yet. */
export async function getTodayCheckin(db: Db, userId: string) {
  const [user] = await db.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, userId));
  const today = todayIn(user?.timeZone ?? "UTC");
  const [row] = await db
    .select({
      id: checkins.id,
      date: checkins.date,
      verdict: checkins.verdict,
      reasons: checkins.reasons,
      burnoutFlag: checkins.burnoutFlag,
      wellnessIndex: checkins.wellnessIndex,
      loadRatio: checkins.loadRatio,
    })
    .from(checkins)
    .where(and(eq(checkins.userId, userId), eq(checkins.date, today)));
  return { today, checkin: row ?? null };
}
