import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checkins, trainingSessions, users } from "@/db/schema";
import { keyset } from "@/server/domain/keyset/keyset";
import { checkinColumns } from "./checkin-view";
import { fromMetres } from "@/server/domain/training/units";

/** One runner's check-ins, newest day first, keyed by day alone: one check-in per day keeps it unique. */
export const checkinPages = keyset("desc", { date: { on: checkins.date, type: "date" } });

/** The runner's own check-ins, newest day first. */
export async function listMyCheckins(db: Db, userId: string, opts: { cursor?: string | null; limit: number }) {
  const after = checkinPages.after(opts.cursor);
  const [[user], rows] = await Promise.all([
    db.select({ distanceUnit: users.distanceUnit }).from(users).where(eq(users.id, userId)),
    db
      .select(checkinColumns)
      .from(checkins)
      .leftJoin(trainingSessions, eq(trainingSessions.id, checkins.sessionId))
      .where(and(eq(checkins.userId, userId), after))
      .orderBy(desc(checkins.date))
      .limit(opts.limit + 1),
  ]);
  const unit = user?.distanceUnit ?? "km";
  const { items, nextCursor } = checkinPages.page(rows, opts.limit, (r) => ({ date: r.date }));
  return {
    items: items.map((r) => ({ ...r, distanceUnit: unit, sessionDistance: r.sessionDistanceM == null ? null : fromMetres(r.sessionDistanceM, unit) })),
    nextCursor,
  };
}
