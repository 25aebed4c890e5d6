import { and, eq, sql } from "drizzle-orm";
import type { Visibility } from "@/contract/values";
import type { DbOrTx } from "@/db/client";
import { checkinShares, checkins } from "@/db/schema";
import type { NewLiveEvent } from "./publish-live";

// The events each kind of write publishes (publishLive sends them): who must hear of it, never what it says.

/** A membership changed: the person's own stream, and the club's staff (their members list and join requests). */
export function membershipEvents(clubId: string, userId: string): NewLiveEvent[] {
  return [
    { kind: "membership", audience: "user", clubId, userId },
    { kind: "membership", audience: "staff", clubId, userId },
  ];
}

type BlockRef = { id: string; clubId: string | null; athleteId: string };

/** The coaches who reach a block: its club's, or for a self-started block those of every club the athlete is in. */
function blockStaffEvent(kind: "block" | "day", block: BlockRef): NewLiveEvent {
  const where = block.clubId ? { clubId: block.clubId } : { everyClubOf: block.athleteId };
  return { kind, audience: "staff", ...where, userId: block.athleteId, refId: block.id };
}

/** A block was assigned, changed or ended: the athlete (Today) and the coaches who reach it. */
export function blockEvents(block: BlockRef): NewLiveEvent[] {
  return [{ kind: "block", audience: "user", clubId: block.clubId, userId: block.athleteId, refId: block.id }, blockStaffEvent("block", block)];
}

/** The athlete marked a day: the block's coaches, as for blockEvents. */
export function dayEvent(block: BlockRef): NewLiveEvent {
  return blockStaffEvent("day", block);
}

/** Who could see a check-in: its visibility and the clubs it is shared with (none when there is no check-in). */
export type CheckinAudience = { visibility: Visibility; clubIds: string[] } | null;

/** The runner's check-in of that day as its audience stood before a change, read inside the change's transaction. */
export async function checkinAudienceOf(tx: DbOrTx, where: { userId: string; date: string } | { checkinId: string }): Promise<CheckinAudience> {
  const [row] = await tx
    .select({
      visibility: checkins.visibility,
      clubIds: sql<string[]>`coalesce(array_agg(${checkinShares.clubId}::text) filter (where ${checkinShares.clubId} is not null), '{}')`,
    })
    .from(checkins)
    .leftJoin(checkinShares, eq(checkinShares.checkinId, checkins.id))
    .where("checkinId" in where ? eq(checkins.id, where.checkinId) : and(eq(checkins.userId, where.userId), eq(checkins.date, where.date)))
    .groupBy(checkins.id);
  return row ?? null;
}

/**
 * A check-in was shared, changed or deleted: every club it is or was shared with, and the coaches of the author's
 * clubs when it is or was for coaches. A check-in that was and stays private tells nobody, not even that it exists.
 */
export function checkinEvents(checkin: { id: string; userId: string }, before: CheckinAudience, after: CheckinAudience): NewLiveEvent[] {
  const clubIds = new Set([...(before?.visibility === "clubs" ? before.clubIds : []), ...(after?.visibility === "clubs" ? after.clubIds : [])]);
  const events: NewLiveEvent[] = [...clubIds].map((clubId) => ({ kind: "checkin", audience: "club", clubId, userId: checkin.userId, refId: checkin.id }));
  if (before?.visibility === "coaches" || after?.visibility === "coaches") {
    events.push({ kind: "checkin", audience: "staff", everyClubOf: checkin.userId, userId: checkin.userId, refId: checkin.id });
  }
  return events;
}
