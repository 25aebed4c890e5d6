import type { TrainingTrend } from "@/contract/values";
import { daysBetween } from "@/server/domain/days";

/** The scales a check-in records, 1-7. mood, energy, sleepQuality, motivation: higher is better; soreness, stress: higher is worse. */
export type WellnessScales = { sleepQuality: number; energy: number; stress: number; soreness: number };

/**
 * Hooper-style wellness index: sleep, fatigue, stress and soreness, each 1-7 with 7 the worst, summed (4-28, lower is better).
 * Sleep quality and energy are asked the friendly way round, so they are flipped into "poor sleep" and "fatigue".
 */
export function wellnessIndex(s: WellnessScales): number {
  return 8 - s.sleepQuality + (8 - s.energy) + s.stress + s.soreness;
}

/** Session-RPE load: effort (0-10) times minutes. */
export function sessionLoad(rpe: number | null | undefined, minutes: number): number {
  return rpe == null ? 0 : Math.round(rpe * minutes);
}

export type LoadedSession = { date: string; load: number };

export const LOAD_RATIO_FLAG = 1.5;

/**
 * The 7:28-day load ratio: load of the 7 days ending `day` divided by the weekly average of the 28 days ending `day`.
 * null when there is no 28-day load to compare against.
 */
export function loadRatio(sessions: LoadedSession[], day: string): { acute: number; chronic: number; ratio: number | null } {
  let acute = 0;
  let chronic = 0;
  for (const s of sessions) {
    const ago = daysBetween(s.date, day);
    if (ago < 0 || ago > 27) continue;
    chronic += s.load;
    if (ago <= 6) acute += s.load;
  }
  const weekly = chronic / 4;
  return { acute, chronic, ratio: weekly > 0 ? Math.round((acute / weekly) * 100) / 100 : null };
}

/**
 * How steady logged training has been over the two weeks before `day`.
 * - unknown: fewer than 2 sessions logged in those 14 days (not enough to judge);
 * - inconsistent: one of the two weeks has no session, or weekly load moved by more than 50%;
 * - stable: 2+ sessions each week and weekly load within 25%.
 */
export function trainingTrend(sessions: LoadedSession[], day: string): { trend: TrainingTrend; change: number | null } {
  let countPrev = 0, countLast = 0, loadPrev = 0, loadLast = 0;
  for (const s of sessions) {
    const ago = daysBetween(s.date, day);
    if (ago >= 1 && ago <= 7) {
      countLast++;
      loadLast += s.load;
    } else if (ago >= 8 && ago <= 14) {
      countPrev++;
      loadPrev += s.load;
    }
  }
  if (countPrev + countLast < 2) return { trend: "unknown", change: null };
  const top = Math.max(loadPrev, loadLast);
  const change = top > 0 ? Math.abs(loadLast - loadPrev) / top : 0;
  if (countPrev === 0 || countLast === 0 || change > 0.5) return { trend: "inconsistent", change };
  if (countPrev >= 2 && countLast >= 2 && change <= 0.25) return { trend: "stable", change };
  return { trend: "unknown", change };
}

/** movingSec is the moving time an imported track recorded (null for a session logged by hand). */
export type TimedRun = { date: string; durationMin: number; distanceM: number | null; movingSec?: number | null };

/**
 * How much slower easy runs of the 7 days ending `day` are than those of the 21 days before, as a fraction (0.08 is
 * 8% slower; negative is faster). Median paces, so one hilly or chatty run decides nothing. null when there are fewer
 * than 2 recent or 3 earlier easy runs with a distance of at least 1 km: too few to call it a trend.
 */
export function easyPaceChange(easyRuns: TimedRun[], day: string): number | null {
  const recent: number[] = [];
  const before: number[] = [];
  for (const r of easyRuns) {
    if (r.distanceM == null || r.distanceM < 1000 || r.durationMin <= 0) continue;
    const ago = daysBetween(r.date, day);
    // Seconds per metre, higher is slower: moving time when the track has it, so stops at lights don't read as slowing.
    const seconds = r.movingSec != null && r.movingSec > 0 ? r.movingSec : r.durationMin * 60;
    const pace = seconds / r.distanceM;
    if (ago >= 0 && ago <= 6) recent.push(pace);
    else if (ago >= 7 && ago <= 27) before.push(pace);
  }
  if (recent.length < 2 || before.length < 3) return null;
  return Math.round((median(recent) / median(before) - 1) * 100) / 100;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
