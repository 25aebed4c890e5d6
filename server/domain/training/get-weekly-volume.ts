import { and, eq, gte, lte } from "drizzle-orm";
import { trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addDays, weekStart, todayIn } from "@/server/domain/days";
import { suggestDownWeek } from "./down-week";
import { getResetWeeks } from "./reset-weeks";
import { getRunnerSettings } from "./runner-settings";
import { fromMetres } from "./units";
import { summariseWeeks } from "./weekly-phases";

export const WEEKS_SHOWN = 12;

/** Weekly distance and load with each week's phase, and a down-week suggestion when three weeks have built. */
export async function getWeeklyVolume(db: DbOrTx, userId: string, now = new Date()) {
  const settings = await getRunnerSettings(db, userId);
  const today = todayIn(settings.timeZone, now);
  // One extra week before the first shown, as its comparison.
  const from = addDays(weekStart(today), -7 * WEEKS_SHOWN);
  const [sessions, resetWeeks] = await Promise.all([
    db
      .select({ date: trainingSessions.date, distanceM: trainingSessions.distanceM, load: trainingSessions.load })
      .from(trainingSessions)
      .where(and(eq(trainingSessions.userId, userId), gte(trainingSessions.date, from), lte(trainingSessions.date, today))),
    getResetWeeks(db, userId, from, today),
  ]);
  const weeks = summariseWeeks(sessions, today, WEEKS_SHOWN, resetWeeks).map((w) => ({
    ...w,
    distance: fromMetres(w.distanceM, settings.distanceUnit),
  }));
  const completed = weeks.filter((w) => !w.current).map((w) => w.distance);
  const suggestion = suggestDownWeek(completed);
  return { unit: settings.distanceUnit, today, weeks, downWeekSuggestion: suggestion };
}
