import { and, asc, desc, eq, sql } from "drizzle-orm";
import { blockDays, clubMembers, recoveryBlocks, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { recordAudit } from "@/server/domain/audit/record-audit";
import { notify } from "@/server/domain/notifications/notify";
import { AppError } from "@/server/errors";
import { blockEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { postAssignmentMessages } from "@/server/domain/threads/post-assignment-messages";
import type { TemplateDaySpec } from "@/server/domain/templates/built-in-templates";
import { addDays, todayIn } from "@/server/domain/days";
import { describeDay } from "./describe-day";
import { effectiveStatus, isCurrentBlock } from "./block-status";
import { ownedByClubOrSelfStarted } from "./club-reach";
import { refreshBlockSummary } from "./refresh-block-summary";

/**
 * THE rule for a coach's reach into a block: it was set in this club, or the runner started it themselves (no club),
 * and its athlete is still an active member here, as for who sees their check-ins. Once the athlete leaves or is
 * removed, the block, its days and their notes are the athlete's alone.
 */
function reachableInClub(clubId: string, blockId: string) {
  return and(
    eq(recoveryBlocks.id, blockId),
    ownedByClubOrSelfStarted(clubId),
    sql`exists (select 1 from ${clubMembers} where ${clubMembers.clubId} = ${clubId}
      and ${clubMembers.userId} = ${recoveryBlocks.athleteId} and ${clubMembers.status} = 'active')`,
  );
}

/** A block of this club with its days, for its coaches. Other clubs' blocks, and ex-members', are "not found". */
export async function getClubBlock(db: DbOrTx, { clubId, blockId }: { clubId: string; blockId: string }) {
  const [block] = await db
    .select({ block: recoveryBlocks, athleteName: users.name, athleteTimeZone: users.timeZone, distanceUnit: users.distanceUnit })
    .from(recoveryBlocks)
    .innerJoin(users, eq(users.id, recoveryBlocks.athleteId))
    .where(reachableInClub(clubId, blockId));
  if (!block) throw AppError.notFound("Block");
  const days = await db.select().from(blockDays).where(eq(blockDays.blockId, blockId)).orderBy(asc(blockDays.date));
  const today = todayIn(block.athleteTimeZone);
  return {
    ...block.block,
    status: effectiveStatus(block.block, today),
    athleteName: block.athleteName,
    distanceUnit: block.distanceUnit,
    today,
    days: days.map((d) => ({ ...d, summary: describeDay(d, block.distanceUnit) })),
  };
}

async function activeClubBlock(db: DbOrTx, clubId: string, blockId: string) {
  const [row] = await db
    .select({ block: recoveryBlocks, timeZone: users.timeZone })
    .from(recoveryBlocks)
    .innerJoin(users, eq(users.id, recoveryBlocks.athleteId))
    .where(reachableInClub(clubId, blockId))
    .for("update", { of: recoveryBlocks });
  if (!row) throw AppError.notFound("Block");
  const status = effectiveStatus(row.block, todayIn(row.timeZone));
  if (status === "completed") throw new AppError("CONFLICT", "This block has finished, so it can't be changed. Assign a new one instead.");
  if (status !== "active") throw new AppError("CONFLICT", "This block is no longer active, so it can't be changed.");
  return row.block;
}

export async function updateBlockDay(db: DbOrTx, { clubId, dayId, day }: { clubId: string; dayId: string; day: TemplateDaySpec }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ blockId: blockDays.blockId }).from(blockDays).where(eq(blockDays.id, dayId));
    if (!row) throw AppError.notFound("Day");
    const block = await activeClubBlock(tx, clubId, row.blockId);
    const [updated] = await tx
      .update(blockDays)
      .set({
        kind: day.kind,
        minutes: day.minutes ?? null,
        distanceM: day.distanceM ?? null,
        volumePercent: day.volumePercent ?? null,
        notes: day.notes ?? "",
        updatedAt: new Date(),
      })
      .where(eq(blockDays.id, dayId))
      .returning();
    await refreshBlockSummary(tx, [row.blockId]);
    await publishLive(tx, blockEvents(block));
    return updated!;
  });
}

/** A coach's word about a change, in the thread of the check-in behind the block (else the athlete's latest shared one). */
function sayWhy(
  tx: DbOrTx,
  a: { clubId: string; coachId: string; message: string; block: { athleteId: string; reasonCheckinId: string | null }; title: (coach: string) => string },
) {
  return postAssignmentMessages(tx, {
    club: { id: a.clubId }, coachId: a.coachId, message: a.message, athleteIds: [a.block.athleteId], reasonCheckinId: a.block.reasonCheckinId, title: a.title,
  });
}

/** Adds days after the last one, repeating its prescription. */
export async function extendBlock(
  db: DbOrTx,
  { clubId, blockId, extraDays, coachId, message }: { clubId: string; blockId: string; extraDays: number; coachId?: string; message?: string },
) {
  return db.transaction(async (tx) => {
    const block = await activeClubBlock(tx, clubId, blockId);
    const [last] = await tx.select().from(blockDays).where(eq(blockDays.blockId, blockId)).orderBy(desc(blockDays.date)).limit(1);
    if (!last) throw AppError.notFound("Day");
    await tx.insert(blockDays).values(
      Array.from({ length: extraDays }, (_, i) => ({
        blockId,
        athleteId: block.athleteId,
        date: addDays(last.date, i + 1),
        dayIndex: last.dayIndex + i + 1,
        kind: last.kind,
        minutes: last.minutes,
        distanceM: last.distanceM,
        volumePercent: last.volumePercent,
        notes: last.notes,
      })),
    );
    const endDate = addDays(last.date, extraDays);
    await tx.update(recoveryBlocks).set({ endDate, updatedAt: new Date() }).where(eq(recoveryBlocks.id, blockId));
    await refreshBlockSummary(tx, [blockId]);
    await publishLive(tx, blockEvents(block));
    await notify(tx, [{ userId: block.athleteId, kind: "block.extended", title: `Your plan "${block.name}" now runs to ${endDate}`, href: "/today" }]);
    if (coachId && message) await sayWhy(tx, { clubId, coachId, message, block, title: (coach) => `${coach} wrote about extending "${block.name}"` });
    return { endDate };
  });
}

/** Ends early (the athlete did enough) or cancels (it was a mistake); either way the plan stops today. */
export async function stopBlock(
  db: DbOrTx,
  { clubId, actorId, blockId, how, message }: { clubId: string; actorId: string; blockId: string; how: "ended_early" | "cancelled"; message?: string },
) {
  return db.transaction(async (tx) => {
    const block = await activeClubBlock(tx, clubId, blockId);
    await tx.update(recoveryBlocks).set({ status: how, endedAt: new Date(), updatedAt: new Date() }).where(eq(recoveryBlocks.id, blockId));
    await publishLive(tx, blockEvents(block));
    await notify(tx, [
      {
        userId: block.athleteId,
        kind: how === "cancelled" ? "block.cancelled" : "block.ended",
        title: how === "cancelled" ? `Your coach cancelled "${block.name}"` : `Your coach ended "${block.name}" early`,
        href: "/today",
      },
    ]);
    await recordAudit(tx, {
      clubId,
      actorId,
      action: how === "cancelled" ? "block.cancelled" : "block.ended_early",
      targetUserId: block.athleteId,
      details: { blockId },
    });
    if (message) {
      const verb = how === "cancelled" ? "cancelling" : "ending";
      await sayWhy(tx, { clubId, coachId: actorId, message, block, title: (coach) => `${coach} wrote about ${verb} "${block.name}"` });
    }
    return { id: blockId, status: how };
  });
}

/**
 * Inside the leaving (or removal) transaction: the athlete's current block in this club ends as left_club, so its
 * coaches stop reaching it and the athlete keeps it in their history. Blocks already past their last day are
 * recorded as completed first, as the next assignment would.
 */
export async function endClubBlocksOfLeaver(tx: DbOrTx, { clubId, athleteId }: { clubId: string; athleteId: string }): Promise<string[]> {
  const [athlete] = await tx.select({ timeZone: users.timeZone }).from(users).where(eq(users.id, athleteId));
  if (!athlete) return [];
  const today = todayIn(athlete.timeZone);
  const mine = and(eq(recoveryBlocks.clubId, clubId), eq(recoveryBlocks.athleteId, athleteId), eq(recoveryBlocks.status, "active"));
  await tx
    .update(recoveryBlocks)
    .set({ status: "completed", endedAt: new Date(), updatedAt: new Date() })
    .where(and(mine, sql`${recoveryBlocks.endDate} < ${today}::date`));
  const ended = await tx
    .update(recoveryBlocks)
    .set({ status: "left_club", endedAt: new Date(), updatedAt: new Date() })
    .where(and(mine, isCurrentBlock(today)))
    .returning({ id: recoveryBlocks.id });
  await refreshBlockSummary(tx, ended.map((b) => b.id));
  // The caller publishes these with its membership change (one publish per write).
  return ended.map((b) => b.id);
}
