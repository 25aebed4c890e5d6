// A runner's goals, and what their coaches may read of them. Zod only (no server code), so the goal form validates
// with the same rules as the server.
import { z } from "zod";
import { GOAL_HORIZONS, GOAL_STATUSES } from "./values";

// Goals are a handful per horizon; a cap keeps the one-shot list bounded without paging.
export const MAX_GOALS = 100;

export const goalInput = z.object({
  horizon: z.enum(GOAL_HORIZONS, "Choose when this goal is for"),
  title: z.string().trim().min(1, "Give the goal a short title").max(140, "Keep the title under 140 characters"),
  details: z.string().max(2000, "Keep the details under 2000 characters"),
  status: z.enum(GOAL_STATUSES, "Choose a status"),
  shareWithCoaches: z.boolean(),
});
export type GoalInput = z.output<typeof goalInput>;

export const goalIdInput = z.object({ id: z.uuid("Unknown goal") });
export const updateGoalInput = goalInput.extend({ id: z.uuid("Unknown goal") });
export const sharedGoalsInput = z.object({ clubId: z.uuid("Unknown club"), athleteId: z.uuid("Unknown athlete") });
