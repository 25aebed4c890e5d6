import { and, desc, eq, lt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checkins, trainingSessions, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { checkinColumns } from "./checkin-view";
import { fromMetres } from "@/server/domain/training/units";
import { isCalendarDate } from "@/server/domain/days";

/** The runner's own check-ins, newest day first; the cursor is the last day seen (one check-in per day keeps it unique). */
export async function listMyCheckins(db: Db, userId: string, opts: { cursor?: string | null; limit: number }) {
  if (opts.cursor && !isCalendarDate(opts.cursor)) throw AppError.field("cursor", "Invalid page cursor");
  const [[user], rows] = await Promise.all([
    db.select({ distanceUnit: users.distanceUnit }).from(users).where(eq(users.id, userId)),
    db
      .select(checkinColumns)
      .from(checkins)
      .leftJoin(trainingSessions, eq(trainingSessions.id, checkins.sessionId))
      .where(and(eq(checkins.userId, userId), opts.cursor ? lt(checkins.date, opts.cursor) : undefined))
      .orderBy(desc(checkins.date))
      .limit(opts.limit + 1),
  ]);
  const unit = user?.distanceUnit ?? "km";
  const items = rows.slice(0, opts.limit).map((r) => ({
    ...r,
    distanceUnit: unit,
    sessionDistance: r.sessionDistanceM == null ? null : fromMetres(r.sessionDistanceM, unit),
  }));
  return { items, nextCursor: rows.length > opts.limit ? items.at(-1)!.date : null };
}
