import type { Phase } from "@/contract/values";
import { addDays, weekStart } from "@/server/domain/days";

/** A week with no sessions and no reset block: no training, not a phase. */
export const NO_TRAINING = "none";
export type WeekPhase = Phase | typeof NO_TRAINING;

export type WeekSummary = {
  /** Monday of the week, yyyy-MM-dd. */
  weekStart: string;
  distanceM: number;
  load: number;
  sessions: number;
  phase: WeekPhase;
  /** At least 20% below the week before. */
  downWeek: boolean;
  /** The week holding today, still in progress. */
  current: boolean;
};

export type DaySession = { date: string; distanceM: number | null; load: number | null };

export const DOWN_WEEK_DROP = 0.2;

/**
 * Buckets sessions into Monday-start weeks ending with the week holding `today`, and names each week's phase:
 * reset if a reset block covered it, no training if it holds no session, build if volume rose against the week
 * before, maintain otherwise.
 * `sessions` may include the week before the first one shown, which only serves as its comparison.
 */
export function summariseWeeks(
  sessions: readonly DaySession[],
  today: string,
  weekCount: number,
  resetWeeks: ReadonlySet<string> = new Set(),
): WeekSummary[] {
  const currentWeek = weekStart(today);
  const starts = Array.from({ length: weekCount + 1 }, (_, i) => addDays(currentWeek, -7 * (weekCount - i)));
  const totals = new Map(starts.map((s) => [s, { distanceM: 0, load: 0, sessions: 0 }]));
  for (const s of sessions) {
    const bucket = totals.get(weekStart(s.date));
    if (!bucket) continue;
    bucket.distanceM += s.distanceM ?? 0;
    bucket.load += s.load ?? 0;
    bucket.sessions += 1;
  }
  const out: WeekSummary[] = [];
  for (let i = 1; i < starts.length; i++) {
    const start = starts[i]!;
    const week = totals.get(start)!;
    const prev = totals.get(starts[i - 1]!)!;
    const trained = week.sessions > 0;
    const phase: WeekPhase = resetWeeks.has(start) ? "reset" : !trained ? NO_TRAINING : week.distanceM > prev.distanceM ? "build" : "maintain";
    const current = start === currentWeek;
    // A week still in progress is not yet a down week; it just hasn't finished. A week off is no training, not one.
    const downWeek = !current && trained && prev.distanceM > 0 && week.distanceM <= prev.distanceM * (1 - DOWN_WEEK_DROP);
    out.push({ weekStart: start, ...week, phase, downWeek, current });
  }
  return out;
}
