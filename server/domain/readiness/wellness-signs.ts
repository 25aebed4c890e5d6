import type { WellnessScales } from "./measures";
import { RULES } from "./rules";

/**
 * The Hooper items (sleep, fatigue, stress, soreness) that sit at their poor end today, in words. One alone colours
 * the day; several together are a hold-back signal (assessReadiness). `skip` leaves out what a burnout sign already names.
 */
export function wellnessSigns(s: WellnessScales, skip: { drained: boolean; stiff: boolean }): string[] {
  const out: string[] = [];
  if (s.sleepQuality <= RULES.poorSleep) out.push("slept poorly");
  if (s.energy <= RULES.drained && !skip.drained) out.push("energy very low");
  if (s.stress >= RULES.highStress) out.push("stress high");
  if (s.soreness >= RULES.stiff && !skip.stiff) out.push("very sore");
  return out;
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words.at(-1)}`;
}

// Each Hooper item the friendly way round flipped to "higher is worse", as wellnessIndex counts it.
const HOOPER_ITEMS: [string, (s: WellnessScales) => number][] = [
  ["sleep", (s) => 8 - s.sleepQuality],
  ["energy", (s) => 8 - s.energy],
  ["stress", (s) => s.stress],
  ["soreness", (s) => s.soreness],
];
/** An item this many points worse than its week's average is named when the day is clearly worse than the week. */
export const ITEM_WORSE_BY = 2;

/** The items that made the day worse than the week, by name ("sleep and stress"); empty when none stands out alone. */
export function worseThanWeekItems(today: WellnessScales, week: WellnessScales[]): string[] {
  if (week.length === 0) return [];
  return HOOPER_ITEMS.filter(([, score]) => score(today) - week.reduce((sum, c) => sum + score(c), 0) / week.length >= ITEM_WORSE_BY).map(
    ([name]) => name,
  );
}
