// Recovery blocks: a block's status, its days (kind, how they went, how they felt) and assigning one over another.
import type { BlockDayStatus, BlockStatus, OnExistingBlock } from "@/contract/values";

export { DAY_KIND_LABELS } from "@/contract/labels";

export const BLOCK_STATUS_LABELS: Record<BlockStatus, string> = {
  active: "Active",
  completed: "Completed",
  ended_early: "Ended early",
  cancelled: "Cancelled",
  replaced: "Replaced",
  left_club: "Ended: left the club",
};
export const DAY_STATUS_LABELS: Record<BlockDayStatus, string> = { pending: "Not marked", done: "Done", partial: "Partly done", skipped: "Skipped" };
/** How a day felt, 1 (awful) to 5 (great), at index feel - 1. */
export const FEEL_LABELS = ["Awful", "Rough", "OK", "Good", "Great"] as const;
export const ON_EXISTING_LABELS: Record<OnExistingBlock, string> = {
  replace: "Replace their current block with this one",
  keep: "Keep their current block and skip them",
};
