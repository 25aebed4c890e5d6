import { and, eq, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { checkins, clubs, coachThreads } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { possessive } from "@/contract/possessive";

/**
 * THE rule for who reads a (check-in, club) thread, as SQL on `checkins` and a club id:
 * the club's coaches may see the check-in (shared with coaches in general, or with this club) and its author is an
 * active member there. Leaving the club, or a share withdrawn, closes the thread to the club's coaches.
 */
export function openToClubCoaches(clubId: SQLWrapper): SQL {
  return sql`((${checkins.visibility} = 'coaches' or (${checkins.visibility} = 'clubs' and exists (
      select 1 from checkin_shares s where s.checkin_id = ${checkins.id} and s.club_id = ${clubId})))
    and exists (select 1 from club_members a
      where a.club_id = ${clubId} and a.user_id = ${checkins.userId} and a.status = 'active'))`;
}

/** The viewer is an active coach or owner of the club. */
export function coachesClub(viewerId: string, clubId: SQLWrapper): SQL {
  return sql`exists (select 1 from club_members v
    where v.club_id = ${clubId} and v.user_id = ${viewerId} and v.status = 'active' and v.role in ('owner', 'coach'))`;
}

export type ThreadSide = "athlete" | "coach";
export type ThreadAccess = {
  checkinId: string;
  club: { id: string; name: string; slug: string };
  athleteId: string;
  side: ThreadSide;
  /** The club's coaches may read it, so both sides may write. */
  open: boolean;
  threadId: string | null;
};

/**
 * The caller's standing in one thread, or "not found" for anyone who may not read it (so a thread's existence never
 * leaks). The athlete keeps reading a thread with messages after it closes (they left, or the share went); the
 * coaches of the club read it only while it is open.
 */
export async function requireThread(
  db: DbOrTx,
  { viewerId, checkinId, clubId }: { viewerId: string; checkinId: string; clubId: string },
): Promise<ThreadAccess> {
  const [row] = await db
    .select({
      athleteId: checkins.userId,
      club: { id: clubs.id, name: clubs.name, slug: clubs.slug },
      open: openToClubCoaches(clubs.id).mapWith(Boolean),
      viewerCoaches: coachesClub(viewerId, clubs.id).mapWith(Boolean),
      threadId: coachThreads.id,
      messageCount: coachThreads.messageCount,
    })
    .from(checkins)
    .innerJoin(clubs, eq(clubs.id, clubId))
    .leftJoin(coachThreads, and(eq(coachThreads.checkinId, checkins.id), eq(coachThreads.clubId, clubs.id)))
    .where(eq(checkins.id, checkinId));
  if (!row) throw AppError.notFound("Thread");
  const base = { checkinId, club: row.club, athleteId: row.athleteId, open: row.open, threadId: row.threadId };
  if (row.athleteId === viewerId && (row.open || (row.messageCount ?? 0) > 0)) return { ...base, side: "athlete" };
  if (row.athleteId !== viewerId && row.open && row.viewerCoaches) return { ...base, side: "coach" };
  throw AppError.notFound("Thread");
}

/** Writing needs an open thread: once the club's coaches can't read it, nobody there would hear. */
export function requireOpen(access: ThreadAccess): void {
  if (!access.open) {
    throw AppError.forbidden(`${possessive(access.club.name)} coaches no longer see this check-in, so the thread is closed. Your messages stay here for you.`);
  }
}
