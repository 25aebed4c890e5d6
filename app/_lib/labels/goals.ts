// Goals: how far ahead each one looks, and where it stands.
import type { GoalHorizon, GoalStatus } from "@/contract/values";

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
