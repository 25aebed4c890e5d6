import { addDays, daysBetween } from "@/server/domain/days";

// Foster's training monotony and strain (Foster C., 1998, "Monitoring training in athletes with reference to
// overtraining syndrome", Med Sci Sports Exerc 30(7):1164-8): over a week of daily session-RPE loads (rest days as 0),
// monotony = mean daily load / its standard deviation, and strain = the week's load x monotony. Like the 7:28 ratio,
// they are flags for the runner and their coach, never a verdict.
/** Foster's warning line: above 2.0 the days are too alike (hard every day, or never a real rest). */
export const MONOTONY_FLAG = 2.0;
/**
 * Weekly strain above which the week is flagged. Foster saw illness follow strain peaks; 6000 (RPE x minutes x
 * monotony) is the line commonly used for recreational athletes, e.g. an even 420-minute week at RPE 6 with monotony 2.4.
 */
export const STRAIN_FLAG = 6000;
export const MONOTONY_DAYS = 7;

export type LoadedDay = { date: string; load: number };

export type MonotonyStrain = {
  weeklyLoad: number;
  /** null without load, or when every day carried the same load (no spread to divide by: see `flag`). */
  monotony: number | null;
  strain: number | null;
  monotonyFlag: boolean;
  strainFlag: boolean;
};

/**
 * Monotony and strain of the 7 days ending `day`. The standard deviation is the sample one (n - 1), as in Foster's
 * spreadsheet method. Seven identical non-zero days have no spread: that is as monotonous as training gets, so it is
 * flagged with monotony left null rather than infinite.
 */
export function monotonyStrain(sessions: LoadedDay[], day: string): MonotonyStrain {
  const daily = Array.from({ length: MONOTONY_DAYS }, () => 0);
  for (const s of sessions) {
    const ago = daysBetween(s.date, day);
    if (ago >= 0 && ago < MONOTONY_DAYS) daily[MONOTONY_DAYS - 1 - ago]! += s.load;
  }
  const weeklyLoad = daily.reduce((a, b) => a + b, 0);
  if (weeklyLoad === 0) return { weeklyLoad, monotony: null, strain: null, monotonyFlag: false, strainFlag: false };
  const mean = weeklyLoad / MONOTONY_DAYS;
  const sd = Math.sqrt(daily.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (MONOTONY_DAYS - 1));
  if (sd === 0) return { weeklyLoad, monotony: null, strain: null, monotonyFlag: true, strainFlag: false };
  const monotony = Math.round((mean / sd) * 100) / 100;
  const strain = Math.round(weeklyLoad * monotony);
  return { weeklyLoad, monotony, strain, monotonyFlag: monotony > MONOTONY_FLAG, strainFlag: strain > STRAIN_FLAG };
}

/** The first day of the week `monotonyStrain` looks at. */
export const monotonyFrom = (day: string) => addDays(day, -(MONOTONY_DAYS - 1));
