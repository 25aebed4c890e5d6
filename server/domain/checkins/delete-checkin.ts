import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checkins, trainingSessions } from "@/db/schema";
import { AppError } from "@/server/errors";

/** Deletes the runner's own check-in with its shares, reactions, comments and the session it logged. */
export async function deleteCheckin(db: Db, { userId, checkinId: id }: { userId: string; checkinId: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .delete(checkins)
      .where(and(eq(checkins.id, id), eq(checkins.userId, userId)))
      .returning({ sessionId: checkins.sessionId });
    if (!row) throw AppError.notFound("Check-in");
    if (row.sessionId) {
      await tx.delete(trainingSessions).where(and(eq(trainingSessions.id, row.sessionId), eq(trainingSessions.source, "checkin")));
    }
    return { id };
  });
}
