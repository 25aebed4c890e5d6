import type { z } from "zod";
import { and, eq, inArray } from "drizzle-orm";
import type { postThreadMessageInput } from "@/contract/threads";
import { clubMembers, coachThreads, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { announceAthleteReply, announceCoachReplies, appendThreadMessages } from "./append-thread-messages";
import { requireOpen, requireThread } from "./thread-access";

/** The coach who wrote last in the thread, while they still coach its club (the one to tell of an answer). */
async function lastCoachStillCoaching(tx: DbOrTx, threadId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: coachThreads.lastCoachReplyById })
    .from(coachThreads)
    .innerJoin(
      clubMembers,
      and(
        eq(clubMembers.userId, coachThreads.lastCoachReplyById),
        eq(clubMembers.clubId, coachThreads.clubId),
        eq(clubMembers.status, "active"),
        inArray(clubMembers.role, ["owner", "coach"]),
      ),
    )
    .where(eq(coachThreads.id, threadId));
  return row?.id ?? null;
}

/** The athlete or one of the club's coaches writes in the thread, which is created on its first message. */
export async function postThreadMessage(db: DbOrTx, userId: string, input: z.output<typeof postThreadMessageInput>) {
  return db.transaction(async (tx) => {
    const access = await requireThread(tx, { viewerId: userId, checkinId: input.checkinId, clubId: input.clubId });
    requireOpen(access);
    const lastCoachId = access.side === "athlete" && access.threadId ? await lastCoachStillCoaching(tx, access.threadId) : null;
    const [message] = await appendThreadMessages(tx, [
      { checkinId: input.checkinId, clubId: input.clubId, athleteId: access.athleteId, authorId: userId, body: input.body },
    ]);
    const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
    const name = me?.name ?? (access.side === "coach" ? "Your coach" : "Your athlete");
    if (access.side === "coach") await announceCoachReplies(tx, [message!], name);
    else await announceAthleteReply(tx, message!, { athleteName: name, lastCoachId });
    return { id: message!.id, threadId: message!.threadId, createdAt: message!.createdAt };
  });
}
