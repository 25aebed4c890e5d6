import { and, desc, eq, gte, lte } from "drizzle-orm";
import type { RaceDistance } from "@/contract/values";
import { raceResults } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addDays, daysBetween } from "@/server/domain/days";
import { postRaceTemplateKey, type PostRaceTemplateKey } from "./post-race";

/**
 * Days of recovery after a race, per DESIGN.md's reset phases: after a marathon or longer, 1 to 2 weeks with no
 * running, then 1 to 2 weeks easy; after a half, 5 to 7 days with no running, then short easy runs; after a 10K or
 * 5K, a few days off. The numbers are those of the built-in post-race templates (built-in-templates.ts), so the
 * verdict, Today and a started block tell the same story: 10 + 11 days, 6 + 6 days, 3 + 1 day.
 */
export const RACE_RECOVERY_DAYS: Record<RaceDistance, { noRunning: number; easy: number }> = {
  ultra: { noRunning: 10, easy: 11 },
  marathon: { noRunning: 10, easy: 11 },
  half: { noRunning: 6, easy: 6 },
  "10k": { noRunning: 3, easy: 1 },
  "5k": { noRunning: 3, easy: 1 },
};

/** The longest window, so one query can fetch every race that might still cover today. */
export const LONGEST_RACE_WINDOW_DAYS = Math.max(...Object.values(RACE_RECOVERY_DAYS).map((d) => d.noRunning + d.easy));

export type RaceWindowPart = "no_running" | "easy";

export type RaceWindow = {
  /** Days since the race: 0 on race day itself, 1 the day after ("1 day after your marathon"). */
  dayNumber: number;
  part: RaceWindowPart;
  /** The first recovery day (the day after the race), where a post-race block begins. Race day is day 0 of the window too. */
  startsOn: string;
  /** The last day with no running, inclusive. */
  noRunningUntil: string;
  /** The last easy day, inclusive; equals endsOn. */
  easyUntil: string;
  /** The window's last day, inclusive. */
  endsOn: string;
};

/**
 * Where `today` falls in the recovery window of a race, or null outside it (before the race, or after its last easy
 * day). Race day itself counts as a no-running day: the runner raced, and the recovery starts once they finish.
 */
export function raceWindow(race: { distance: RaceDistance; date: string }, today: string): RaceWindow | null {
  const days = RACE_RECOVERY_DAYS[race.distance];
  const dayNumber = daysBetween(race.date, today);
  const total = days.noRunning + days.easy;
  if (dayNumber < 0 || dayNumber > total) return null;
  return {
    dayNumber,
    part: dayNumber <= days.noRunning ? "no_running" : "easy",
    startsOn: addDays(race.date, 1),
    noRunningUntil: addDays(race.date, days.noRunning),
    easyUntil: addDays(race.date, total),
    endsOn: addDays(race.date, total),
  };
}

export type CurrentRaceWindow = RaceWindow & {
  race: { id: string; name: string; distance: RaceDistance; date: string; templateKey: PostRaceTemplateKey };
};

/**
 * The runner's latest race whose recovery window covers `today` (their own calendar day), with where today falls in
 * it; null when none does. One query, on race_results_user_date_idx.
 */
export async function getCurrentRaceWindow(db: DbOrTx, userId: string, today: string): Promise<CurrentRaceWindow | null> {
  const rows = await db
    .select({ id: raceResults.id, name: raceResults.name, distance: raceResults.distance, date: raceResults.date })
    .from(raceResults)
    .where(
      and(
        eq(raceResults.userId, userId),
        lte(raceResults.date, today),
        gte(raceResults.date, addDays(today, -LONGEST_RACE_WINDOW_DAYS)),
      ),
    )
    .orderBy(desc(raceResults.date), desc(raceResults.id))
    // A runner races a handful of times in three weeks at most; the cap only bounds a pathological log.
    .limit(50);
  return latestRaceWindow(rows, today);
}

/** Of these races, the latest whose window covers `today`, with where today falls in it. Pure. */
export function latestRaceWindow<R extends { distance: RaceDistance; date: string }>(
  races: R[],
  today: string,
): (RaceWindow & { race: R & { templateKey: PostRaceTemplateKey } }) | null {
  const newestFirst = [...races].sort((a, b) => daysBetween(a.date, b.date));
  for (const r of newestFirst) {
    const window = raceWindow(r, today);
    if (window) return { ...window, race: { ...r, templateKey: postRaceTemplateKey(r.distance) } };
  }
  return null;
}

const RACE_WORDS: Record<RaceDistance, string> = {
  "5k": "5K",
  "10k": "10K",
  half: "half marathon",
  marathon: "marathon",
  ultra: "ultra",
};

/** Where the runner is, in words: "race day: your marathon", "4 days after your marathon". */
export function raceDayWords(race: { distance: RaceDistance }, dayNumber: number): string {
  const what = `your ${RACE_WORDS[race.distance]}`;
  if (dayNumber === 0) return `race day: ${what}`;
  return `${dayNumber} ${dayNumber === 1 ? "day" : "days"} after ${what}`;
}
