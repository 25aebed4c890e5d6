import { and, eq, gte, inArray, lte } from "drizzle-orm";
import { recoveryBlocks } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { addDays, daysBetween, weekStart } from "@/server/domain/days";

export type BlockSpan = { startDate: string; endDate: string };

/** A week counts as reset when a reset block covered most of it: at least 4 of its 7 days. */
export const RESET_DAYS_PER_WEEK = 4;

/** Mondays of the weeks in [from, to] that reset blocks covered for at least RESET_DAYS_PER_WEEK days. */
export function weeksCoveredBy(blocks: readonly BlockSpan[], from: string, to: string): Set<string> {
  const out = new Set<string>();
  for (let monday = weekStart(from); monday <= to; monday = addDays(monday, 7)) {
    const sunday = addDays(monday, 6);
    const days = new Set<string>();
    for (const b of blocks) {
      const start = b.startDate > monday ? b.startDate : monday;
      const end = b.endDate < sunday ? b.endDate : sunday;
      for (let i = 0; i <= daysBetween(start, end); i++) days.add(addDays(start, i));
    }
    if (days.size >= RESET_DAYS_PER_WEEK) out.add(monday);
  }
  return out;
}

/**
 * Weeks (by Monday) that a reset-phase recovery block covered; cancelled or replaced blocks never happened, while a
 * block ended early or by leaving its club was still followed up to then.
 */
export async function getResetWeeks(db: DbOrTx, userId: string, from: string, to: string): Promise<Set<string>> {
  const blocks = await db
    .select({ startDate: recoveryBlocks.startDate, endDate: recoveryBlocks.endDate })
    .from(recoveryBlocks)
    .where(
      and(
        eq(recoveryBlocks.athleteId, userId),
        eq(recoveryBlocks.phase, "reset"),
        inArray(recoveryBlocks.status, ["active", "completed", "ended_early", "left_club"]),
        lte(recoveryBlocks.startDate, to),
        gte(recoveryBlocks.endDate, from),
      ),
    );
  return weeksCoveredBy(blocks, from, to);
}
