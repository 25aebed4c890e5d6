import { and, between, eq, exists, gte, inArray, isNotNull, lte, ne, sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { blockDays, clubMembers, dailyReadings, raceResults, recoveryBlocks, users } from "@/db/schema";
import { addDays } from "@/server/domain/days";
import type { PlanToday, RecentRace } from "@/server/domain/readiness/race-and-plan";
import { RESTING_HR_BASELINE_DAYS, type HrReading } from "@/server/domain/readiness/resting-hr";
import { LONGEST_RACE_WINDOW_DAYS } from "@/server/domain/training/race-window";

/**
 * What the verdict needs besides the check-ins and sessions: the races whose recovery may cover the day (and the week
 * before it), the block and coaches behind the runner, and the watch's resting heart rate readings. Three queries
 * whatever the history, all on the runner's own rows.
 */
export async function loadReadinessContext(db: DbOrTx, userId: string, date: string) {
  const coached = db
    .select({ one: sql`1` })
    .from(clubMembers)
    .where(
      and(
        inArray(
          clubMembers.clubId,
          db.select({ clubId: clubMembers.clubId }).from(clubMembers).where(and(eq(clubMembers.userId, userId), eq(clubMembers.status, "active"))),
        ),
        eq(clubMembers.status, "active"),
        inArray(clubMembers.role, ["owner", "coach"]),
        ne(clubMembers.userId, userId),
      ),
    );
  const [races, blocks, readings] = await Promise.all([
    db
      .select({ distance: raceResults.distance, date: raceResults.date })
      .from(raceResults)
      // The week before the day too: its post-race days aren't slump days.
      .where(and(eq(raceResults.userId, userId), between(raceResults.date, addDays(date, -(LONGEST_RACE_WINDOW_DAYS + 7)), date))),
    // The block covering the day (a backdated check-in sees the block it fell in), its day, and whether anyone coaches the runner.
    db
      .select({ blockId: recoveryBlocks.id, kind: blockDays.kind, hasCoach: sql<boolean>`${exists(coached)}` })
      .from(users)
      .leftJoin(
        recoveryBlocks,
        and(
          eq(recoveryBlocks.athleteId, userId),
          inArray(recoveryBlocks.status, ["active", "completed"]),
          lte(recoveryBlocks.startDate, date),
          gte(recoveryBlocks.endDate, date),
        ),
      )
      .leftJoin(blockDays, and(eq(blockDays.blockId, recoveryBlocks.id), eq(blockDays.date, date)))
      .where(eq(users.id, userId))
      // Two clubs' coaches could each have set one: the one with a day planned for the day speaks.
      .orderBy(sql`${blockDays.kind} is null`)
      .limit(1),
    db
      .select({ date: dailyReadings.date, bpm: dailyReadings.restingHr })
      .from(dailyReadings)
      .where(
        and(
          eq(dailyReadings.userId, userId),
          between(dailyReadings.date, addDays(date, -RESTING_HR_BASELINE_DAYS), date),
          isNotNull(dailyReadings.restingHr),
        ),
      ),
  ]);
  const block = blocks[0];
  const plan: PlanToday = { hasBlock: block?.blockId != null, todayKind: block?.kind ?? null, hasCoach: Boolean(block?.hasCoach) };
  return { races: races as RecentRace[], plan, watchReadings: readings.filter((r): r is HrReading => r.bpm != null) };
}

/** One resting heart rate a day: the check-in's own where the runner gave one, else the watch's. */
export function mergeReadings(fromCheckins: HrReading[], fromWatch: HrReading[]): HrReading[] {
  const byDay = new Map(fromWatch.map((r) => [r.date, r]));
  for (const r of fromCheckins) byDay.set(r.date, r);
  return [...byDay.values()];
}
