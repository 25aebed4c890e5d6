// Display words shared by the Today, dashboard, template and assign pages.
export const PHASE_LABELS = { build: "Build", maintain: "Maintain", reset: "Reset" } as const;
export const PHASE_COLOURS = { build: "bg-brand-600", maintain: "bg-sky-500", reset: "bg-ember-500" } as const;
export const DAY_STATUS_LABELS = { pending: "Not marked", done: "Done", partial: "Partly done", skipped: "Skipped" } as const;
export const FEEL_LABELS = ["Awful", "Rough", "OK", "Good", "Great"] as const;
export const KIND_LABELS = {
  rest: "Rest day",
  walk: "Walk",
  easy_run: "Easy run",
  cross_training: "Cross-training",
  strength: "Strength",
  mobility: "Mobility",
  movement_only: "Movement only (no watch)",
  normal_training: "Normal training (% of volume)",
} as const;
export const BLOCK_STATUS_LABELS = {
  active: "Active",
  completed: "Completed",
  ended_early: "Ended early",
  cancelled: "Cancelled",
  replaced: "Replaced",
} as const;

export { formatDay } from "@/app/_components/feed/labels";
