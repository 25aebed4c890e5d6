import { addDays } from "@/server/domain/days";

export type Streak = {
  /** Consecutive days with any movement, ending today (or yesterday, while today is still open). */
  days: number;
  movedToday: boolean;
  /** The last 14 days, oldest first, for a gentle dot row. */
  recent: { date: string; moved: boolean }[];
};

/** Any logged session or check-in counts, a walk included. A day not yet moved today never breaks the streak. */
export function computeStreak(activeDays: ReadonlySet<string>, today: string): Streak {
  const movedToday = activeDays.has(today);
  let day = movedToday ? today : addDays(today, -1);
  let days = 0;
  while (activeDays.has(day)) {
    days += 1;
    day = addDays(day, -1);
  }
  const recent = Array.from({ length: 14 }, (_, i) => {
    const date = addDays(today, i - 13);
    return { date, moved: activeDays.has(date) };
  });
  return { days, movedToday, recent };
}
