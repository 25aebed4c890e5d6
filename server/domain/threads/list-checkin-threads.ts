import { and, asc, eq, sql } from "drizzle-orm";
import { checkins, clubs, coachThreads } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { coachesClub, openToClubCoaches } from "./thread-access";

/**
 * The threads on one check-in the viewer may read, one per club, in one query: for its author, every club whose
 * coaches may see it and any closed thread that has messages; for a coach, the open threads of the clubs they coach.
 * Clubmates and everyone else get none.
 */
export async function listCheckinThreads(db: DbOrTx, { viewerId, checkinId }: { viewerId: string; checkinId: string }) {
  const open = openToClubCoaches(clubs.id);
  const rows = await db
    .select({
      club: { id: clubs.id, name: clubs.name, slug: clubs.slug },
      open: open.mapWith(Boolean),
      messageCount: sql<number>`coalesce(${coachThreads.messageCount}, 0)`.mapWith(Number),
      side: sql<"athlete" | "coach">`case when ${checkins.userId} = ${viewerId} then 'athlete' else 'coach' end`,
    })
    .from(checkins)
    .innerJoin(
      clubs,
      sql`${clubs.id} in (select club_id from club_members where user_id = ${checkins.userId} and status = 'active'
        union select club_id from coach_threads where checkin_id = ${checkins.id})`,
    )
    .leftJoin(coachThreads, and(eq(coachThreads.checkinId, checkins.id), eq(coachThreads.clubId, clubs.id)))
    .where(
      and(
        eq(checkins.id, checkinId),
        sql`((${checkins.userId} = ${viewerId} and (${open} or ${coachThreads.messageCount} > 0))
          or (${checkins.userId} <> ${viewerId} and ${open} and ${coachesClub(viewerId, clubs.id)}))`,
      ),
    )
    .orderBy(asc(clubs.name), asc(clubs.id));
  return rows;
}
