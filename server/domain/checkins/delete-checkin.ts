import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checkins, trainingSessions } from "@/db/schema";
import { AppError } from "@/server/errors";
import { checkinAudienceOf, checkinEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";

/** Deletes the runner's own check-in with its shares, reactions, comments and the session it logged. */
export async function deleteCheckin(db: Db, { userId, checkinId: id }: { userId: string; checkinId: string }) {
  return db.transaction(async (tx) => {
    // Read before the delete takes its shares with it, so the feeds it was in drop it.
    const before = await checkinAudienceOf(tx, { checkinId: id });
    const [row] = await tx
      .delete(checkins)
      .where(and(eq(checkins.id, id), eq(checkins.userId, userId)))
      .returning({ sessionId: checkins.sessionId });
    if (!row) throw AppError.notFound("Check-in");
    await publishLive(tx, checkinEvents({ id, userId }, before, null));
    if (row.sessionId) {
      await tx.delete(trainingSessions).where(and(eq(trainingSessions.id, row.sessionId), eq(trainingSessions.source, "checkin")));
    }
    return { id };
  });
}
