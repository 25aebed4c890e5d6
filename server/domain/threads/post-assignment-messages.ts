import { and, eq, inArray, sql } from "drizzle-orm";
import { checkins, clubMembers, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { announceCoachReplies, appendThreadMessages } from "./append-thread-messages";
import { openToClubCoaches } from "./thread-access";

type Assignment = {
  club: { id: string };
  coachId: string;
  message: string;
  athleteIds: string[];
  /** The check-in that prompted it, if the coach came from one; it counts only for its own author. */
  reasonCheckinId: string | null;
  /** The notification's title, given the coach's name. */
  title: (coachName: string) => string;
};

/**
 * Inside the transaction of an assignment or a change to a block: the coach's word lands in the thread of the check-in that prompted it, or
 * else of each athlete's latest check-in this club's coaches may see, so the reason and the block arrive together.
 * An athlete with no such check-in gets the block's note alone. Fixed queries whatever the number of athletes.
 */
export async function postAssignmentMessages(tx: DbOrTx, a: Assignment): Promise<{ athleteId: string; checkinId: string }[]> {
  if (!a.message || a.athleteIds.length === 0) return [];
  const targets = await tx
    .select({ athleteId: clubMembers.userId, reasonId: checkins.id, latestId: clubMembers.coachCheckinId })
    .from(clubMembers)
    .leftJoin(
      checkins,
      a.reasonCheckinId
        ? and(eq(checkins.id, a.reasonCheckinId), eq(checkins.userId, clubMembers.userId), openToClubCoaches(sql`${a.club.id}::uuid`))
        : sql`false`,
    )
    .where(and(eq(clubMembers.clubId, a.club.id), inArray(clubMembers.userId, a.athleteIds), eq(clubMembers.status, "active")));
  const items = targets.flatMap((t) => {
    const checkinId = t.reasonId ?? t.latestId;
    return checkinId ? [{ checkinId, clubId: a.club.id, athleteId: t.athleteId, authorId: a.coachId, body: a.message }] : [];
  });
  const messages = await appendThreadMessages(tx, items);
  const [coach] = await tx.select({ name: users.name }).from(users).where(eq(users.id, a.coachId));
  const name = coach?.name ?? "Your coach";
  await announceCoachReplies(tx, messages, name, a.title(name));
  return messages.map((m) => ({ athleteId: m.athleteId, checkinId: m.checkinId }));
}
