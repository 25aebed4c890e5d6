import { daysBetween } from "@/server/domain/days";
import { median } from "./measures";

// Morning resting heart rate against the runner's own baseline. A rise of several beats over a person's usual value is
// a common marker of accumulated fatigue or illness onset (Buchheit M., 2014, "Monitoring training status with HR
// measures: do all roads lead to Rome?", Front Physiol 5:73); single-day noise is a few bpm, so the line sits above it.
/** Days before the check-in that make up the baseline (the check-in's own day is left out, so it can't mask itself). */
export const RESTING_HR_BASELINE_DAYS = 28;
/** Readings needed in those days before there is a baseline at all. */
export const RESTING_HR_MIN_READINGS = 7;
/** Beats per minute above the baseline, at or over which resting heart rate is a hold-back signal. */
export const RESTING_HR_ELEVATED_BY = 7;

/** How the reason begins, so a stored check-in's reasons can be searched for it (the coach's dashboard). */
export const RESTING_HR_REASON_PREFIX = "resting heart rate ";

export type HrReading = { date: string; bpm: number };

/** The median of the readings in the 28 days before `day`, rounded; null with fewer than 7 such readings. */
export function restingHrBaseline(readings: HrReading[], day: string): { baseline: number | null; readings: number } {
  const inWindow = readings.filter((r) => {
    const ago = daysBetween(r.date, day);
    return ago >= 1 && ago <= RESTING_HR_BASELINE_DAYS;
  });
  if (inWindow.length < RESTING_HR_MIN_READINGS) return { baseline: null, readings: inWindow.length };
  return { baseline: Math.round(median(inWindow.map((r) => r.bpm))), readings: inWindow.length };
}

/** The hold-back reason when today's reading is 7 or more above the baseline, else null. */
export function elevatedRestingHr(today: number | null, readings: HrReading[], day: string): string | null {
  if (today == null) return null;
  const { baseline } = restingHrBaseline(readings, day);
  if (baseline == null || today - baseline < RESTING_HR_ELEVATED_BY) return null;
  return `${RESTING_HR_REASON_PREFIX}${today}, ${today - baseline} above your usual ${baseline}`;
}
