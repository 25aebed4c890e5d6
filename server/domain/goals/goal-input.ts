export type GoalHorizon = "next_month" | "season" | "year" | "three_years" | "career";
export type GoalStatus = "active" | "achieved" | "paused" | "dropped";

export type GoalInput = {
  horizon: GoalHorizon;
  title: string;
  details: string;
  status: GoalStatus;
  shareWithCoaches: boolean;
};

// Goals are a handful per horizon; a cap keeps the one-shot list bounded without paging.
export const MAX_GOALS = 100;
