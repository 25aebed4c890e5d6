import { and, countDistinct, eq, gte, inArray, lte, or } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { checkinShares, checkins, clubMembers } from "@/db/schema";
import { todayIn, weekStart } from "@/server/domain/days";
import { SLUMP_VERDICTS } from "@/server/domain/readiness";

/** Fewer than this and the count stays hidden, so nobody can be singled out. */
export const SLUMP_BANNER_MIN = 3;

/**
 * "You're not alone": how many members reported a slump (hold back, reset or the burnout flag) this week (Monday on,
 * in the club's time zone) among check-ins shared with the club. The number is only returned at 3 or more.
 */
export async function getSlumpBanner(db: DbOrTx, club: { id: string; timeZone: string }) {
  const today = todayIn(club.timeZone);
  const from = weekStart(today);
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
  return { show: n >= SLUMP_BANNER_MIN, count: n >= SLUMP_BANNER_MIN ? n : null, weekStart: from };
}
