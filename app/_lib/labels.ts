// The app's words for each value list (contract/values.ts), one map per list. Typed Record<Type, string>, so a value
// without a label fails typecheck.
import type { GoalHorizon, GoalStatus, RaceDistance, SessionType } from "@/contract/values";

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

export const RACE_DISTANCE_LABELS: Record<RaceDistance, string> = {
  "5k": "5K",
  "10k": "10K",
  half: "Half marathon",
  marathon: "Marathon",
  ultra: "Ultra",
};

export const GOAL_HORIZON_LABELS: Record<GoalHorizon, string> = {
  next_month: "Next month",
  season: "This season",
  year: "This year",
  three_years: "Next 3 years",
  career: "Running career",
};

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  active: "Working on it",
  achieved: "Achieved",
  paused: "Paused",
  dropped: "Let go",
};
