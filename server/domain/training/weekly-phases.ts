import type { Phase } from "@/contract/values";
import { addDays, weekStart } from "@/server/domain/days";

export type WeekSummary = {
  /** Monday of the week, yyyy-MM-dd. */
  weekStart: string;
  distanceM: number;
  load: number;
  sessions: number;
  phase: Phase;
  /** At least 20% below the week before. */
  downWeek: boolean;
  /** The week holding today, still in progress. */
  current: boolean;
};

export type DaySession = { date: string; distanceM: number | null; load: number | null };

export const DOWN_WEEK_DROP = 0.2;

/**
 * Buckets sessions into Monday-start weeks ending with the week holding `today`, and names each week's phase:
 * reset if a reset block covered it, build if volume rose against the week before, maintain otherwise.
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
    const phase: Phase = resetWeeks.has(start) ? "reset" : week.distanceM > prev.distanceM ? "build" : "maintain";
    const current = start === currentWeek;
    // A week still in progress is not yet a down week; it just hasn't finished.
    const downWeek = !current && prev.distanceM > 0 && week.distanceM <= prev.distanceM * (1 - DOWN_WEEK_DROP);
    out.push({ weekStart: start, ...week, phase, downWeek, current });
  }
  return out;
}
