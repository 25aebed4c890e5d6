import { compareDays, DATE_MESSAGES, dayProblem } from "@/contract/dates";
import { MAX_DURATION_MIN } from "@/contract/training";
import { AppError } from "@/server/errors";
import type { RaceDistance } from "@/contract/values";
import { sessionLoad as rpeLoad } from "@/server/domain/readiness/measures";
import { RACE_DEFAULT_RPE } from "./post-race";

// Anything beyond these is a typo, not a session: no one runs 1000 km or moves for two days straight in one go.
export const MAX_DISTANCE_M = 1_000_000;

/** Session RPE load as stored: unknown (null) without an effort rating; the formula is readiness's, so there is one. */
export function sessionLoad(rpe: number | null, durationMin: number): number | null {
  return rpe === null ? null : rpeLoad(rpe, durationMin);
}

/** A race's load: the runner's effort rating, or the default for its distance when they gave none. */
export function raceLoad(rpe: number | null, durationMin: number, distance: RaceDistance): number {
  return rpeLoad(rpe ?? RACE_DEFAULT_RPE[distance], durationMin);
}

/**
 * Checks what zod cannot: the runner's own "today", and the limit in metres whatever the units. The date rule is
 * re-checked because an import's day comes from the file, not from zod; days compare as days, not as text.
 */
export function checkSessionFacts(input: { date: string; distanceM: number | null; durationMin: number }, today: string) {
  const problem = dayProblem(input.date);
  if (problem) throw AppError.field("date", DATE_MESSAGES[problem]);
  if (compareDays(input.date, today) > 0) throw AppError.field("date", "That date is in the future. Log a session on or before today.");
  if (input.distanceM !== null && !(input.distanceM <= MAX_DISTANCE_M)) {
    throw AppError.field("distance", "That's over 1000 km for one session. Check the distance.");
  }
  if (!(input.durationMin <= MAX_DURATION_MIN)) throw AppError.field("durationMin", "That's over 48 hours. Check the duration.");
}
