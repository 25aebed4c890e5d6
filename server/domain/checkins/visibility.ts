import { sql, type SQL, type SQLWrapper } from "drizzle-orm";
import { checkinShares, checkins } from "@/db/schema";

/**
 * Who may read a check-in, as one SQL condition (the single source of the privacy rule):
 * - the author, always;
 * - "coaches": owners and coaches of any club where the author is an active member;
 * - "clubs": active members (coaches included) of a club it is shared with, while the author is still a member there.
 */
export function visibleTo(viewerId: string): SQL {
  return sql`(
    ${checkins.userId} = ${viewerId}
    or (${checkins.visibility} = 'coaches' and exists (
      select 1 from club_members a
      join club_members v on v.club_id = a.club_id and v.user_id = ${viewerId} and v.status = 'active' and v.role in ('owner', 'coach')
      where a.user_id = ${checkins.userId} and a.status = 'active'))
    or (${checkins.visibility} = 'clubs' and exists (
      select 1 from checkin_shares s
      join club_members v on v.club_id = s.club_id and v.user_id = ${viewerId} and v.status = 'active'
      join club_members a on a.club_id = s.club_id and a.user_id = ${checkins.userId} and a.status = 'active'
      where s.checkin_id = ${checkins.id}))
  )`;
}

/**
 * Shared with one club's coaches: with coaches in general, or with that club in particular. Its SQL twin,
 * latest_coach_checkin (migration 0002), keeps the newest such check-in on each membership row.
 */
export function sharedWithClubCoaches(clubId: string | SQLWrapper): SQL {
  return sql`(${checkins.visibility} = 'coaches' or exists (
    select 1 from ${checkinShares} where ${checkinShares.checkinId} = ${checkins.id} and ${checkinShares.clubId} = ${clubId}))`;
}
