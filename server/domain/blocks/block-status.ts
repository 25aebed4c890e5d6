import { sql, type SQL } from "drizzle-orm";
import type { BlockStatus } from "@/contract/values";
import { recoveryBlocks } from "@/db/schema";

/**
 * A block past its last day (in the athlete's time zone) has finished, whether or not a write has recorded it yet:
 * reads derive it, so opening a page never has to write, and the next assignment records it (completeFinishedBlocks).
 */
export function effectiveStatus(block: { status: BlockStatus; endDate: string }, today: string): BlockStatus {
  return block.status === "active" && block.endDate < today ? "completed" : block.status;
}

/** The same rule as a query condition on recovery_blocks: still active and not past its last day. */
export function isCurrentBlock(today: string | SQL): SQL {
  return sql`(${recoveryBlocks.status} = 'active' and ${recoveryBlocks.endDate} >= ${today}::date)`;
}
