import { and, asc, eq, ne, sql } from "drizzle-orm";
import { clubs, coachThreadMessages, coachThreads, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/**
 * The runner's coach threads for their export: every message in the threads on their own check-ins (the coaches'
 * replies are about them, so they come along, signed with the coach's name but not their id), and the messages they
 * wrote themselves as a coach in other athletes' threads (only their own words, no athlete named).
 */
export async function collectMyThreads(db: DbOrTx, userId: string) {
  const [mine, written] = await Promise.all([
    db
      .select({
        threadId: coachThreads.id,
        checkinId: coachThreads.checkinId,
        clubName: clubs.name,
        from: sql<"me" | "coach">`case when ${coachThreadMessages.authorId} = ${userId} then 'me' else 'coach' end`,
        authorName: sql<string>`coalesce(${users.name}, 'A former coach')`,
        body: coachThreadMessages.body,
        createdAt: coachThreadMessages.createdAt,
        updatedAt: coachThreadMessages.updatedAt,
      })
      .from(coachThreadMessages)
      .innerJoin(coachThreads, eq(coachThreads.id, coachThreadMessages.threadId))
      .innerJoin(clubs, eq(clubs.id, coachThreads.clubId))
      .leftJoin(users, eq(users.id, coachThreadMessages.authorId))
      .where(eq(coachThreads.athleteId, userId))
      .orderBy(asc(coachThreadMessages.createdAt), asc(coachThreadMessages.id)),
    db
      .select({ clubName: clubs.name, body: coachThreadMessages.body, createdAt: coachThreadMessages.createdAt, updatedAt: coachThreadMessages.updatedAt })
      .from(coachThreadMessages)
      .innerJoin(coachThreads, eq(coachThreads.id, coachThreadMessages.threadId))
      .innerJoin(clubs, eq(clubs.id, coachThreads.clubId))
      .where(and(eq(coachThreadMessages.authorId, userId), ne(coachThreads.athleteId, userId)))
      .orderBy(asc(coachThreadMessages.createdAt), asc(coachThreadMessages.id)),
  ]);
  return { coachThreadMessages: mine, coachMessagesWritten: written };
}
