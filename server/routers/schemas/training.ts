// Input schemas only (no server code), so client forms can validate with the same rules.
import { z } from "zod";
import { pageCursor } from "./page";

export const SESSION_TYPES = [
  "easy", "long", "progression", "fartlek", "intervals", "tempo", "race", "walk", "cross_training", "strength",
] as const;
export const SESSION_TYPE_LABELS: Record<(typeof SESSION_TYPES)[number], string> = {
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

export const RACE_DISTANCES = ["5k", "10k", "half", "marathon", "ultra"] as const;
export const RACE_DISTANCE_LABELS: Record<(typeof RACE_DISTANCES)[number], string> = {
  "5k": "5K",
  "10k": "10K",
  half: "Half marathon",
  marathon: "Marathon",
  ultra: "Ultra",
};

export const GOAL_HORIZONS = ["next_month", "season", "year", "three_years", "career"] as const;
export const GOAL_HORIZON_LABELS: Record<(typeof GOAL_HORIZONS)[number], string> = {
  next_month: "Next month",
  season: "This season",
  year: "This year",
  three_years: "Next 3 years",
  career: "Running career",
};
export const GOAL_STATUSES = ["active", "achieved", "paused", "dropped"] as const;
export const GOAL_STATUS_LABELS: Record<(typeof GOAL_STATUSES)[number], string> = {
  active: "Working on it",
  achieved: "Achieved",
  paused: "Paused",
  dropped: "Let go",
};

/** 5 MB: a long run's track is well under 1 MB; more means several activities or a wrong file. */
export const MAX_TRACK_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_DISTANCE_UNITS = 1000;
export const MAX_DURATION_MIN = 48 * 60;

const isoDate = z
  .string("Choose a date")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a date")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), "That isn't a real date")
  .refine((d) => d >= "1900-01-01", "That date is too far in the past");

const rpe = z
  .number("Rate the effort from 0 to 10")
  .int("Use a whole number from 0 to 10")
  .min(0, "Effort runs from 0 (rest) to 10 (all-out)")
  .max(10, "Effort runs from 0 (rest) to 10 (all-out)")
  .nullable();

export const sessionInput = z.object({
  date: isoDate,
  type: z.enum(SESSION_TYPES, "Choose a session type"),
  durationMin: z
    .number("Enter the duration in minutes")
    .int("Use whole minutes")
    .min(1, "A session lasts at least 1 minute")
    .max(MAX_DURATION_MIN, "That's over 48 hours. Check the duration."),
  distance: z
    .number("Enter a distance, or leave it empty")
    .min(0, "Distance can't be negative")
    .max(MAX_DISTANCE_UNITS, "That's over 1000 for one session. Check the distance.")
    .nullable(),
  rpe,
  notes: z.string().max(2000, "Keep notes under 2000 characters"),
});
export type SessionFormValues = z.infer<typeof sessionInput>;

export const sessionIdInput = z.object({ id: z.uuid("Unknown session") });
export const updateSessionInput = sessionInput.extend({ id: z.uuid("Unknown session") });

export const pageInput = z.object({
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).default(20),
});

export const importTrackInput = z.object({
  fileName: z.string().trim().min(1, "Choose a file").max(255, "That file name is too long"),
  // Characters, not bytes; the server re-checks bytes.
  content: z.string().min(1, "That file is empty").max(MAX_TRACK_FILE_BYTES, "That file is over 5 MB. Export a single activity and try again."),
  type: z.enum(SESSION_TYPES, "Choose a session type"),
  rpe,
});

export const raceInput = z.object({
  date: isoDate,
  distance: z.enum(RACE_DISTANCES, "Choose the race distance"),
  name: z.string().trim().max(120, "Keep the race name under 120 characters"),
  timeSec: z
    .number("Enter your finishing time")
    .int("Use whole seconds")
    .min(60, "A finishing time is at least a minute")
    .max(MAX_DURATION_MIN * 60, "That's over 48 hours. Check the finishing time."),
  measuredDistance: z
    .number("Enter a distance, or leave it empty")
    .min(0.1, "Distance must be more than 0")
    .max(MAX_DISTANCE_UNITS, "That's over 1000 for one race. Check the distance.")
    .nullable(),
  rpe,
  notes: z.string().max(2000, "Keep notes under 2000 characters"),
});

export const goalInput = z.object({
  horizon: z.enum(GOAL_HORIZONS, "Choose when this goal is for"),
  title: z.string().trim().min(1, "Give the goal a short title").max(140, "Keep the title under 140 characters"),
  details: z.string().max(2000, "Keep the details under 2000 characters"),
  status: z.enum(GOAL_STATUSES, "Choose a status"),
  shareWithCoaches: z.boolean(),
});
export const goalIdInput = z.object({ id: z.uuid("Unknown goal") });
export const updateGoalInput = goalInput.extend({ id: z.uuid("Unknown goal") });
export const sharedGoalsInput = z.object({ clubId: z.uuid("Unknown club"), athleteId: z.uuid("Unknown athlete") });

export const DELETE_CONFIRMATION = "delete my account";
export const deleteAccountInput = z.object({
  confirmation: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === DELETE_CONFIRMATION, `Type "${DELETE_CONFIRMATION}" to confirm`),
});
