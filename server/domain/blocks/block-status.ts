type BlockStatus = "active" | "completed" | "ended_early" | "cancelled" | "replaced";

/**
 * A block past its last day (in the athlete's time zone) has finished, whether or not a write has recorded it yet:
 * reads derive it, so opening a page never has to write, and the next assignment records it (completeFinishedBlocks).
 */
export function effectiveStatus(block: { status: BlockStatus; endDate: string }, today: string): BlockStatus {
  return block.status === "active" && block.endDate < today ? "completed" : block.status;
}
