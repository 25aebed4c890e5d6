import { and, countDistinct, eq, gte, inArray, lte, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { checkinShares, checkins, clubMembers } from "@/db/schema";
import { addDays, todayIn } from "@/server/domain/days";
import { SLUMP_VERDICTS } from "@/server/domain/readiness";

/** Fewer than this and the count stays hidden, so nobody can be singled out. */
export const SLUMP_BANNER_MIN = 3;
/** How far the banner looks back: a rolling window, so it doesn't vanish every Monday. */
export const SLUMP_BANNER_DAYS = 7;

/**
 * "You're not alone": how many members reported a slump (hold back, reset or the burnout flag) in the last 7 days
 * (today and the 6 days before it, in the club's time zone) among check-ins shared with the club. The number is only
 * returned at 3 or more.
 */
export async function getSlumpBanner(db: DbOrTx, club: { id: string; timeZone: string }, now = new Date()) {
  const today = todayIn(club.timeZone, now);
  const from = addDays(today, -(SLUMP_BANNER_DAYS - 1));
  const [row] = await db
    .select({ n: countDistinct(checkinShares.userId) })
    .from(checkinShares)
    .innerJoin(checkins, eq(checkins.id, checkinShares.checkinId))
    .innerJoin(
      clubMembers,
      and(eq(clubMembers.clubId, checkinShares.clubId), eq(clubMembers.userId, checkinShares.userId), eq(clubMembers.status, "active")),
    )
    .where(
      and(
        eq(checkinShares.clubId, club.id),
        gte(checkins.date, from),
        lte(checkins.date, today),
        or(inArray(checkins.verdict, SLUMP_VERDICTS), eq(checkins.burnoutFlag, true)),
      ),
    );
  const n = Number(row?.n ?? 0);
  return { show: n >= SLUMP_BANNER_MIN, count: n >= SLUMP_BANNER_MIN ? n : null, days: SLUMP_BANNER_DAYS, from };
}
