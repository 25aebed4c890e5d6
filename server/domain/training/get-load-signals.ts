import { and, eq, gt, lte } from "drizzle-orm";
import { trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { LOAD_RATIO_FLAG, loadRatio, trainingTrend } from "@/server/domain/readiness/measures";
import { addDays, todayIn } from "@/server/domain/days";
import { monotonyStrain, MONOTONY_FLAG, STRAIN_FLAG } from "./monotony";
import { getRunnerSettings } from "./runner-settings";

/**
 * The training-log signals readiness uses (the same rules as the check-in verdict): the 7:28-day load ratio and
 * Foster's monotony and strain of the last 7 days, shown as flags only, and whether the last two weeks were stable. `day` defaults to today in the runner's zone.
 */
export async function getLoadSignals(db: DbOrTx, userId: string, day?: string) {
  const today = day ?? todayIn((await getRunnerSettings(db, userId)).timeZone);
  const rows = await db
    .select({ date: trainingSessions.date, load: trainingSessions.load })
    .from(trainingSessions)
    .where(and(eq(trainingSessions.userId, userId), gt(trainingSessions.date, addDays(today, -28)), lte(trainingSessions.date, today)));
  const sessions = rows.map((r) => ({ date: r.date, load: r.load ?? 0 }));
  const ratio = loadRatio(sessions, today);
  const week = monotonyStrain(sessions, today);
  return {
    acuteLoad: ratio.acute,
    chronicLoad: ratio.chronic,
    loadRatio: ratio.ratio,
    loadRatioFlag: ratio.ratio !== null && ratio.ratio > LOAD_RATIO_FLAG,
    trend: trainingTrend(sessions, today).trend,
    weeklyLoad: week.weeklyLoad,
    monotony: week.monotony,
    strain: week.strain,
    monotonyFlag: week.monotonyFlag,
    strainFlag: week.strainFlag,
    thresholds: { monotony: MONOTONY_FLAG, strain: STRAIN_FLAG },
  };
}
