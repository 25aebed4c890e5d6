import type { z } from "zod";
import { and, desc, eq, isNotNull, sql } from "drizzle-orm";
import type { recentRepliesInput } from "@/contract/threads";
import { checkins, clubs, coachThreads } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { cursorAt, keyset } from "@/server/domain/keyset/keyset";

const threadPages = keyset("desc", { at: { on: coachThreads.lastMessageAt, type: "timestamp" }, id: { on: coachThreads.id, type: "uuid" } });

/**
 * The athlete's threads a coach has answered, most recently active first, each with its latest coach message
 * (one query: the athlete's index orders them, a lateral lookup picks the message).
 */
export async function listRecentReplies(db: DbOrTx, athleteId: string, input: z.output<typeof recentRepliesInput>) {
  const after = threadPages.after(input.cursor);
  const rows = await db
    .select({
      id: coachThreads.id,
      checkinId: coachThreads.checkinId,
      checkinDate: checkins.date,
      club: { id: clubs.id, name: clubs.name },
      messageCount: coachThreads.messageCount,
      lastMessageAt: coachThreads.lastMessageAt,
      cursorAt: cursorAt(coachThreads.lastMessageAt),
      reply: sql<{ body: string; authorName: string | null; createdAt: string } | null>`(
        select json_build_object('body', m.body, 'authorName', u.name, 'createdAt', m.created_at)
        from coach_thread_messages m left join users u on u.id = m.author_id
        where m.thread_id = ${coachThreads.id} and m.author_id is distinct from ${coachThreads.athleteId}
        order by m.created_at desc, m.id desc limit 1)`,
    })
    .from(coachThreads)
    .innerJoin(checkins, eq(checkins.id, coachThreads.checkinId))
    .innerJoin(clubs, eq(clubs.id, coachThreads.clubId))
    .where(and(eq(coachThreads.athleteId, athleteId), isNotNull(coachThreads.lastCoachReplyAt), isNotNull(coachThreads.lastMessageAt), after))
    .orderBy(desc(coachThreads.lastMessageAt), desc(coachThreads.id))
    .limit(input.limit + 1);
  const { items, nextCursor } = threadPages.page(rows, input.limit, (t) => ({ at: t.cursorAt, id: t.id }));
  return {
    items: items.flatMap(({ reply, ...t }) => {
      const r = typeof reply === "string" ? (JSON.parse(reply) as typeof reply) : reply;
      return r ? [{ ...t, reply: { body: r.body, authorName: r.authorName ?? "A former coach", createdAt: new Date(r.createdAt) } }] : [];
    }),
    nextCursor,
  };
}
