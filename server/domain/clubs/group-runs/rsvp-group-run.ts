import { and, eq, sql } from "drizzle-orm";
import type { RsvpStatus } from "@/contract/values";
import { groupRunRsvps, groupRuns } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { publishLive } from "@/server/domain/live/publish-live";

/** A member answers going, maybe or not going; answering again replaces the answer. */
export async function rsvpGroupRun(
  db: DbOrTx,
  { clubId, runId, userId, status }: { clubId: string; runId: string; userId: string; status: RsvpStatus },
  now = new Date(),
) {
  const [run] = await db
    .select({ startsAt: groupRuns.startsAt, cancelledAt: groupRuns.cancelledAt })
    .from(groupRuns)
    .where(and(eq(groupRuns.clubId, clubId), eq(groupRuns.id, runId)));
  if (!run) throw AppError.notFound("Group run");
  if (run.cancelledAt) throw AppError.field("status", "This run was cancelled.");
  if (run.startsAt.getTime() <= now.getTime()) throw AppError.field("status", "This run has already started.");
  await db.transaction(async (tx) => {
    await tx
      .insert(groupRunRsvps)
      .values({ runId, userId, status })
      .onConflictDoUpdate({ target: [groupRunRsvps.runId, groupRunRsvps.userId], set: { status, updatedAt: sql`now()` } });
    await publishLive(tx, [{ kind: "rsvp", audience: "club", clubId, userId, refId: runId }]);
  });
  return { status };
}
