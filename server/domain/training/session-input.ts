import type { DistanceUnit } from "./units";

export type SessionType =
  | "easy" | "long" | "progression" | "fartlek" | "intervals" | "tempo" | "race" | "walk" | "cross_training" | "strength";

/** A session as the runner typed it: distance in their own units. */
export type SessionInput = {
  date: string;
  type: SessionType;
  durationMin: number;
  distance: number | null;
  rpe: number | null;
  notes: string;
};

export type { DistanceUnit };
