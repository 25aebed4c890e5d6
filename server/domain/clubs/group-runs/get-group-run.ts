import { and, asc, eq, sql } from "drizzle-orm";
import { groupRunRsvps, groupRuns, users } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

/** One run of the club. Who answered what is shown to members only (pass showPeople). */
export async function getGroupRun(
  db: DbOrTx,
  { clubId, runId, userId, showPeople }: { clubId: string; runId: string; userId: string | null; showPeople: boolean },
  now = new Date(),
) {
  const [run] = await db
    .select()
    .from(groupRuns)
    .where(and(eq(groupRuns.clubId, clubId), eq(groupRuns.id, runId)));
  if (!run) throw AppError.notFound("Group run");
  const rsvps = await db
    .select({ userId: users.id, name: users.name, status: groupRunRsvps.status })
    .from(groupRunRsvps)
    .innerJoin(users, eq(users.id, groupRunRsvps.userId))
    .where(eq(groupRunRsvps.runId, runId))
    .orderBy(asc(sql`lower(${users.name})`))
    // A run's RSVPs are bounded by the club's size; this caps a pathological club.
    .limit(1000);
  const rsvpCounts = { going: 0, maybe: 0, not_going: 0 };
  for (const r of rsvps) rsvpCounts[r.status]++;
  return {
    id: run.id,
    clubId: run.clubId,
    title: run.title,
    startsAt: run.startsAt,
    meetingPoint: run.meetingPoint,
    distanceMeters: run.distanceMeters,
    paceGroups: run.paceGroups,
    notes: run.notes,
    cancelledAt: run.cancelledAt,
    isPast: run.startsAt.getTime() < now.getTime(),
    rsvpCounts,
    myRsvp: userId ? (rsvps.find((r) => r.userId === userId)?.status ?? null) : null,
    people: showPeople ? rsvps.map(({ name, status, userId: id }) => ({ userId: id, name, status })) : null,
  };
}
