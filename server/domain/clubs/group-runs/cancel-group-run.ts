import { and, eq, isNull, ne } from "drizzle-orm";
import { groupRunRsvps, groupRuns } from "@/db/schema";
import type { Db } from "@/db/client";
import { notify } from "@/server/domain/notifications/notify";
import { AppError } from "@/server/errors";

type ClubRef = { id: string; slug: string; name: string };

/** An owner or coach cancels an upcoming run; everyone who answered is told. */
export async function cancelGroupRun(db: Db, { actorId, club, runId }: { actorId: string; club: ClubRef; runId: string }, now = new Date()) {
  return db.transaction(async (tx) => {
    const [run] = await tx
      .select({ title: groupRuns.title, startsAt: groupRuns.startsAt, cancelledAt: groupRuns.cancelledAt })
      .from(groupRuns)
      .where(and(eq(groupRuns.clubId, club.id), eq(groupRuns.id, runId)));
    if (!run) throw AppError.notFound("Group run");
    if (run.cancelledAt) return { cancelledAt: run.cancelledAt };
    if (run.startsAt.getTime() <= now.getTime()) throw new AppError("BAD_REQUEST", "This run has already started, so it can't be cancelled.");
    const [updated] = await tx
      .update(groupRuns)
      .set({ cancelledAt: now })
      .where(and(eq(groupRuns.id, runId), isNull(groupRuns.cancelledAt)))
      .returning({ cancelledAt: groupRuns.cancelledAt });
    const answered = await tx
      .select({ userId: groupRunRsvps.userId })
      .from(groupRunRsvps)
      .where(and(eq(groupRunRsvps.runId, runId), ne(groupRunRsvps.userId, actorId)));
    await notify(
      tx,
      answered.map((a) => ({
        userId: a.userId,
        kind: "club.run_cancelled",
        title: `Cancelled: ${run.title}`,
        body: `${club.name} cancelled this group run.`,
        href: `/clubs/${club.slug}/runs/${runId}`,
      })),
    );
    return { cancelledAt: updated?.cancelledAt ?? now };
  });
}
