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
