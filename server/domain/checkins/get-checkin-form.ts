import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checkinShares, checkins, clubMembers, clubs, trainingSessions, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { checkinColumns } from "./checkin-view";
import { fromMetres } from "@/server/domain/training/units";
import { todayIn } from "@/server/domain/days";

/**
 * Everything the check-in form needs: the day (today in the runner's zone unless given), that day's check-in if any,
 * the clubs they can share with, and last time's sharing choice.
 */
export async function getCheckinForm(db: Db, userId: string, date?: string) {
  const [user] = await db
    .select({
      timeZone: users.timeZone,
      distanceUnit: users.distanceUnit,
      lastVisibility: users.lastCheckinVisibility,
      lastClubIds: users.lastCheckinClubIds,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) throw AppError.accountGone();
  const today = todayIn(user.timeZone);
  const day = date ?? today;
  if (day > today) throw AppError.field("date", "You can't check in for a day that hasn't happened yet");

  const [myClubs, [existing]] = await Promise.all([
    db
      .select({ id: clubs.id, name: clubs.name, slug: clubs.slug })
      .from(clubMembers)
      .innerJoin(clubs, eq(clubs.id, clubMembers.clubId))
      .where(and(eq(clubMembers.userId, userId), eq(clubMembers.status, "active")))
      .orderBy(asc(clubs.name)),
    db
      .select(checkinColumns)
      .from(checkins)
      .leftJoin(trainingSessions, eq(trainingSessions.id, checkins.sessionId))
      .where(and(eq(checkins.userId, userId), eq(checkins.date, day))),
  ]);

  const shares = existing
    ? await db.select({ clubId: checkinShares.clubId }).from(checkinShares).where(eq(checkinShares.checkinId, existing.id))
    : [];
  const myClubIds = new Set(myClubs.map((c) => c.id));
  const lastClubIds = user.lastClubIds.filter((id) => myClubIds.has(id));

  return {
    date: day,
    today,
    distanceUnit: user.distanceUnit,
    clubs: myClubs,
    defaults: {
      visibility: existing?.visibility ?? user.lastVisibility,
      clubIds: existing ? shares.map((s) => s.clubId).filter((id) => myClubIds.has(id)) : lastClubIds,
    },
    existing: existing
      ? {
          ...existing,
          session: existing.sessionType
            ? {
                type: existing.sessionType,
                durationMin: existing.sessionMinutes!,
                distance: existing.sessionDistanceM == null ? null : fromMetres(existing.sessionDistanceM, user.distanceUnit),
                rpe: existing.sessionRpe,
              }
            : null,
        }
      : null,
  };
}
