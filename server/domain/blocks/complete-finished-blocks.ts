import { and, eq, inArray, lt } from "drizzle-orm";
import { recoveryBlocks } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { todayIn } from "@/server/domain/days";

/**
 * Marks the athletes' active blocks that are past their last day (in each athlete's own time zone) as completed.
 * One update per distinct local date, so a batch of athletes costs a query or two, not one each.
 */
export async function completeFinishedBlocks(db: DbOrTx, athletes: { id: string; timeZone: string }[]): Promise<void> {
  const byToday = new Map<string, string[]>();
  for (const a of athletes) {
    const today = todayIn(a.timeZone);
    byToday.set(today, [...(byToday.get(today) ?? []), a.id]);
  }
  for (const [today, ids] of byToday) {
    await db
      .update(recoveryBlocks)
      .set({ status: "completed", endedAt: new Date(), updatedAt: new Date() })
      .where(and(inArray(recoveryBlocks.athleteId, ids), eq(recoveryBlocks.status, "active"), lt(recoveryBlocks.endDate, today)));
  }
}
