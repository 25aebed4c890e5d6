// The few labels the server also writes (calendar events, block summaries, notifications), so the app and the server
// say the same words. The app's other labels live in app/_lib/labels/ (one module per domain).
import type { DayKind, RaceDistance } from "./values";

export const DAY_KIND_LABELS: Record<DayKind, string> = {
  rest: "Rest day",
  walk: "Walk",
  easy_run: "Easy run",
  cross_training: "Cross-training",
  strength: "Strength",
  mobility: "Mobility",
  movement_only: "Movement only (no watch)",
  normal_training: "Normal training",
};

export const RACE_DISTANCE_LABELS: Record<RaceDistance, string> = {
  "5k": "5K",
  "10k": "10K",
  half: "Half marathon",
  marathon: "Marathon",
  ultra: "Ultra",
};
