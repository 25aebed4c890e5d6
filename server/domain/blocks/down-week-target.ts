import { and, gte, inArray, lt, sql } from "drizzle-orm";
import { trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addDays, weekStart } from "@/server/domain/days";

export const BASELINE_WEEKS = 3;

/**
 * Average weekly distance (metres) over the 3 complete Monday-to-Sunday weeks before the week of startDate,
 * per athlete, in one query. Athletes with no logged distance are left out: their volume is unknown.
 */
export async function recentWeeklyVolume(db: DbOrTx, athleteIds: string[], startDate: string): Promise<Map<string, number>> {
  if (athleteIds.length === 0) return new Map();
  const to = weekStart(startDate);
  const from = addDays(to, -7 * BASELINE_WEEKS);
  const rows = await db
    .select({ userId: trainingSessions.userId, total: sql<number>`coalesce(sum(${trainingSessions.distanceM}), 0)::int` })
    .from(trainingSessions)
    .where(and(inArray(trainingSessions.userId, athleteIds), gte(trainingSessions.date, from), lt(trainingSessions.date, to)))
    .groupBy(trainingSessions.userId);
  return new Map(rows.filter((r) => r.total > 0).map((r) => [r.userId, Math.round(r.total / BASELINE_WEEKS)]));
}

/** The cut a template prescribes: the mean percent of its normal-training days, or null if it has none. */
export function volumePercentOf(days: { kind: string; volumePercent: number | null }[]): number | null {
  const percents = days.filter((d) => d.kind === "normal_training" && d.volumePercent != null).map((d) => d.volumePercent!);
  if (percents.length === 0) return null;
  return percents.reduce((a, b) => a + b, 0) / percents.length;
}

export function targetWeekly(baselineM: number, percent: number): number {
  return Math.round((baselineM * percent) / 100);
}
