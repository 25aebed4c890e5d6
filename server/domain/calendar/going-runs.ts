import { and, asc, eq, gte, isNull } from "drizzle-orm";
import { clubMembers, clubs, groupRunRsvps, groupRuns } from "@/db/schema";
import type { DbOrTx } from "@/db/client";

/** The group runs a runner said they're going to, from `since` on: not cancelled, in clubs they're still in. */
export async function listGoingRuns(db: DbOrTx, { userId, since }: { userId: string; since: Date }) {
  return db
    .select({
      id: groupRuns.id,
      title: groupRuns.title,
      startsAt: groupRuns.startsAt,
      meetingPoint: groupRuns.meetingPoint,
      notes: groupRuns.notes,
      clubName: clubs.name,
      clubSlug: clubs.slug,
    })
    .from(groupRunRsvps)
    .innerJoin(groupRuns, eq(groupRuns.id, groupRunRsvps.runId))
    .innerJoin(clubs, eq(clubs.id, groupRuns.clubId))
    .innerJoin(clubMembers, and(eq(clubMembers.clubId, groupRuns.clubId), eq(clubMembers.userId, userId), eq(clubMembers.status, "active")))
    .where(and(eq(groupRunRsvps.userId, userId), eq(groupRunRsvps.status, "going"), isNull(groupRuns.cancelledAt), gte(groupRuns.startsAt, since)))
    .orderBy(asc(groupRuns.startsAt))
    .limit(500);
}
