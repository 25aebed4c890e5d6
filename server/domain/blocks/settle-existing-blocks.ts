import { and, eq, inArray } from "drizzle-orm";
import type { OnExistingBlock } from "@/contract/values";
import { recoveryBlocks } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import type { Athlete } from "./check-assignment";
import { completeFinishedBlocks } from "./complete-finished-blocks";

// A null club: the runner started it themselves, so any of their coaches may replace it.
type ActiveBlock = { id: string; athleteId: string; clubId: string | null };

/**
 * What to do with the athletes' active blocks, or the conflict to answer. A runner follows one block at a time, but
 * another club's block is that club's coaches' to end, not ours.
 */
export function decideExisting(athletes: Athlete[], existing: ActiveBlock[], clubId: string, onExisting: OnExistingBlock | undefined) {
  const busy = new Set(existing.map((e) => e.athleteId));
  const elsewhere = athletes.filter((a) => existing.some((e) => e.athleteId === a.id && e.clubId !== null && e.clubId !== clubId)).map((a) => a.name);
  if (elsewhere.length > 0 && onExisting === "replace") {
    const who = elsewhere.join(", ");
    throw new AppError(
      "CONFLICT",
      `${who} ${elsewhere.length === 1 ? "is" : "are"} following a block set in another club, which only that club's coaches can end. Choose to keep it.`,
      { onExisting: [`Following another club's block: ${who}`] },
    );
  }
  if (existing.length > 0 && !onExisting) {
    const names = athletes.filter((a) => busy.has(a.id)).map((a) => a.name);
    throw new AppError("CONFLICT", `${names.join(", ")} already ${names.length === 1 ? "has" : "have"} an active block. Choose to replace it or keep it.`, {
      onExisting: [`Already on a block: ${names.join(", ")}`],
    });
  }
  if (onExisting === "replace" && existing.length > 0) return { replace: existing, kept: [] as string[] };
  return { replace: [] as ActiveBlock[], kept: onExisting === "keep" ? [...busy] : [] };
}

/**
 * Inside the assignment's transaction: locks the athletes' active blocks, decides what happens to them, and marks the
 * replaced ones. Returns the athletes whose block was replaced and those who keep theirs.
 */
export async function settleExistingBlocks(tx: DbOrTx, clubId: string, athletes: Athlete[], onExisting: OnExistingBlock | undefined) {
  // Blocks past their last day are finished, not in the way.
  await completeFinishedBlocks(tx, athletes);
  const existing = await tx
    .select({ id: recoveryBlocks.id, athleteId: recoveryBlocks.athleteId, clubId: recoveryBlocks.clubId })
    .from(recoveryBlocks)
    .where(and(inArray(recoveryBlocks.athleteId, athletes.map((a) => a.id)), eq(recoveryBlocks.status, "active")))
    .for("update");
  const { replace, kept } = decideExisting(athletes, existing, clubId, onExisting);
  if (replace.length > 0) {
    await tx
      .update(recoveryBlocks)
      .set({ status: "replaced", endedAt: new Date(), updatedAt: new Date() })
      .where(inArray(recoveryBlocks.id, replace.map((e) => e.id)));
  }
  return { replaced: replace.map((e) => e.athleteId), kept };
}
