import type { RaceDistance } from "@/contract/values";

export type PostRaceTemplateKey = "post-marathon" | "post-half" | "post-10k-5k";

/** The built-in reset template for a race: the longer the race, the longer the reset (BUILT_IN_TEMPLATES). */
export function postRaceTemplateKey(distance: RaceDistance): PostRaceTemplateKey {
  switch (distance) {
    case "marathon":
    case "ultra":
      return "post-marathon";
    case "half":
      return "post-half";
    case "10k":
    case "5k":
      return "post-10k-5k";
  }
}

export const POST_RACE_ADVICE: Record<PostRaceTemplateKey, { title: string; summary: string }> = {
  "post-marathon": {
    title: "After a marathon or longer",
    summary: "1 to 2 weeks with no running (20 to 30 minute walks are fine), then 1 to 2 weeks of easy running before normal training.",
  },
  "post-half": {
    title: "After a half marathon",
    summary: "5 to 7 days with no running (short, low-impact walks are fine), then short easy runs back to your base.",
  },
  "post-10k-5k": {
    title: "After a 10K or 5K",
    summary: "A few days off running, then ease back in.",
  },
};

/** Nominal race lengths in metres, used when the runner gives a finishing time but no measured distance. */
export const RACE_METRES: Record<RaceDistance, number> = {
  "5k": 5000,
  "10k": 10000,
  half: 21097,
  marathon: 42195,
  ultra: 50000,
};

/**
 * The race class of a measured distance, allowing for GPS drift and course quirks:
 * up to 7.5 km is a 5K, up to 15 km a 10K, up to 30 km a half, up to 43.5 km a marathon, beyond that an ultra.
 */
export function classifyRaceDistance(metres: number): RaceDistance {
  if (metres <= 7500) return "5k";
  if (metres <= 15000) return "10k";
  if (metres <= 30000) return "half";
  if (metres <= 43500) return "marathon";
  return "ultra";
}

/**
 * The effort a race counts with when the runner gave no rating: racing is near-maximal on the CR-10 scale, and a
 * shorter race is harder minute for minute. Logged as the session's load (effort x minutes) so the 7:28 ratio and the
 * verdict see the race; the session's own rpe stays empty, because the runner didn't say.
 */
export const RACE_DEFAULT_RPE: Record<RaceDistance, number> = {
  "5k": 9,
  "10k": 9,
  half: 8,
  marathon: 8,
  ultra: 7,
};
