import { sql } from "drizzle-orm";
import { coachThreadMessages, coachThreads } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { notify } from "@/server/domain/notifications/notify";

export type NewThreadMessage = { checkinId: string; clubId: string; athleteId: string; authorId: string; body: string };
export type AppendedMessage = NewThreadMessage & { id: string; threadId: string; createdAt: Date };

/**
 * Writes messages (at most one per thread per call) in two statements, inside the caller's transaction: the threads
 * are created on first use or have their summary bumped in one upsert (race-safe on (check-in, club), and it locks
 * the thread row until commit, so a concurrent delete's recount sees this message), then the messages go in.
 */
export async function appendThreadMessages(tx: DbOrTx, items: NewThreadMessage[]): Promise<AppendedMessage[]> {
  if (items.length === 0) return [];
  const threads = await tx
    .insert(coachThreads)
    .values(
      items.map((m) => {
        const fromCoach = m.authorId !== m.athleteId;
        return {
          checkinId: m.checkinId,
          clubId: m.clubId,
          athleteId: m.athleteId,
          messageCount: 1,
          lastMessageAt: sql`now()`,
          lastCoachReplyAt: fromCoach ? sql`now()` : null,
          lastCoachReplyById: fromCoach ? m.authorId : null,
        };
      }),
    )
    .onConflictDoUpdate({
      target: [coachThreads.checkinId, coachThreads.clubId],
      set: {
        messageCount: sql`${coachThreads.messageCount} + 1`,
        lastMessageAt: sql`excluded.last_message_at`,
        lastCoachReplyAt: sql`coalesce(excluded.last_coach_reply_at, ${coachThreads.lastCoachReplyAt})`,
        lastCoachReplyById: sql`case when excluded.last_coach_reply_at is null then ${coachThreads.lastCoachReplyById} else excluded.last_coach_reply_by_id end`,
      },
    })
    .returning({ id: coachThreads.id, checkinId: coachThreads.checkinId, clubId: coachThreads.clubId });
  const threadOf = new Map(threads.map((t) => [`${t.checkinId}/${t.clubId}`, t.id]));
  const withThread = items.map((m) => ({ ...m, threadId: threadOf.get(`${m.checkinId}/${m.clubId}`)! }));
  const inserted = await tx
    .insert(coachThreadMessages)
    .values(withThread.map((m) => ({ threadId: m.threadId, authorId: m.authorId, body: m.body })))
    .returning({ id: coachThreadMessages.id, createdAt: coachThreadMessages.createdAt });
  return withThread.map((m, i) => ({ ...m, id: inserted[i]!.id, createdAt: inserted[i]!.createdAt }));
}

/** Where a thread lives: the check-in's page, opened at this club's thread. */
export function threadHref({ checkinId, clubId }: { checkinId: string; clubId: string }): string {
  return `/checkins/${checkinId}#thread-${clubId}`;
}

function snippet(body: string): string {
  return body.length > 140 ? `${body.slice(0, 139)}…` : body;
}

/**
 * "Your coach replied" to the athlete for each coach's message; once per message (the once-key), so a replayed
 * write never tells them twice.
 */
export async function announceCoachReplies(tx: DbOrTx, messages: AppendedMessage[], coachName: string, title?: string): Promise<void> {
  await notify(
    tx,
    messages
      .filter((m) => m.authorId !== m.athleteId)
      .map((m) => ({
        userId: m.athleteId,
        kind: "thread.coach_replied",
        title: title ?? `${coachName} replied to your check-in`,
        body: snippet(m.body),
        href: threadHref(m),
        onceKey: m.id,
      })),
  );
}

/** The athlete answered: tell the coach who wrote last in the thread, if they still coach the club. */
export async function announceAthleteReply(
  tx: DbOrTx,
  message: AppendedMessage,
  { athleteName, lastCoachId }: { athleteName: string; lastCoachId: string | null },
): Promise<void> {
  if (!lastCoachId) return;
  await notify(tx, [
    { userId: lastCoachId, kind: "thread.athlete_replied", title: `${athleteName} answered in their check-in thread`, body: snippet(message.body), href: threadHref(message), onceKey: message.id },
  ]);
}
