// Training: sessions, their units and sources, the log's trend, and race distances (shared with the server).
import type { DistanceUnit, SessionSource, SessionType, TrainingTrend } from "@/contract/values";

export { RACE_DISTANCE_LABELS } from "@/contract/labels";

export const DISTANCE_UNIT_LABELS: Record<DistanceUnit, string> = { km: "Kilometres (km)", mi: "Miles (mi)" };
export const SESSION_TYPE_LABELS: Record<SessionType, string> = {
  easy: "Easy run",
  long: "Long run",
  progression: "Progression run",
  fartlek: "Fartlek",
  intervals: "Intervals",
  tempo: "Tempo",
  race: "Race",
  walk: "Walk",
  cross_training: "Cross-training",
  strength: "Strength",
};
/** Where a session came from; nothing is shown for one logged by hand. */
export const SESSION_SOURCE_LABELS: Record<SessionSource, string | null> = { manual: null, checkin: "From a check-in", gpx: "GPX import", tcx: "TCX import", fit: "FIT import", archive: "From an export archive" };
export const TRAINING_TREND_LABELS: Record<TrainingTrend, string> = { stable: "stable and repeatable", inconsistent: "up and down", unknown: "no clear pattern yet" };
