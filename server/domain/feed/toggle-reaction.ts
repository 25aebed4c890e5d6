import { and, eq, sql } from "drizzle-orm";
import type { ReactionKind } from "@/contract/values";
import type { Db } from "@/db/client";
import { reactions, users } from "@/db/schema";
import { notify, withdrawUnreadNotification } from "@/server/domain/notifications/notify";
import { publishLive } from "@/server/domain/live/publish-live";
import { feedHref } from "./feed-href";
import { requireSharedCheckin } from "./shared-checkin";

export const REACTION_WORDS: Record<ReactionKind, string> = { cheer: "cheered", been_there: "said \"been there\" to", got_this: "said \"you've got this\" to" };

/**
 * Adds the viewer's reaction of this kind, or takes it back if it was there. The author hears of it once per
 * reacting person, kind and post however often it is toggled: taking it back withdraws the note while unread.
 */
export async function toggleReaction(
  db: Db,
  { club, userId, input }: { club: { id: string; slug: string }; userId: string; input: { checkinId: string; kind: ReactionKind } },
) {
  return db.transaction(async (tx) => {
    const { authorId } = await requireSharedCheckin(tx, { clubId: club.id, checkinId: input.checkinId });
    const key = and(
      eq(reactions.checkinId, input.checkinId),
      eq(reactions.clubId, club.id),
      eq(reactions.userId, userId),
      eq(reactions.kind, input.kind),
    );
    const removed = await tx.delete(reactions).where(key).returning({ kind: reactions.kind });
    const note = { userId: authorId, kind: "feed.reaction", onceKey: `${club.id}:${input.checkinId}:${userId}:${input.kind}` };
    let active = false;
    if (removed.length > 0) {
      await withdrawUnreadNotification(tx, note);
    } else {
      const added = await tx
        .insert(reactions)
        .values({ checkinId: input.checkinId, clubId: club.id, userId, kind: input.kind })
        .onConflictDoNothing()
        .returning({ kind: reactions.kind });
      active = true;
      if (added.length && authorId !== userId) {
        const [me] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
        await notify(tx, [
          {
            ...note,
            title: `${me?.name ?? "A clubmate"} ${REACTION_WORDS[input.kind]} your check-in`,
            href: feedHref({ clubSlug: club.slug, checkinId: input.checkinId }),
          },
        ]);
      }
    }
    await publishLive(tx, [{ kind: "reaction", audience: "club", clubId: club.id, userId, refId: input.checkinId }]);
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(reactions)
      .where(and(eq(reactions.checkinId, input.checkinId), eq(reactions.clubId, club.id), eq(reactions.kind, input.kind)));
    return { kind: input.kind, active, count: count?.n ?? 0 };
  });
}
