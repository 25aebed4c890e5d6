import { and, desc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { checkins, trainingSessions, users } from "@/db/schema";
import { AppError } from "@/server/errors";
import { checkinColumns } from "./checkin-view";
import { checkinPages } from "./list-my-checkins";
import { visibleTo } from "./visibility";

/** One check-in, if the viewer may see it; otherwise "not found", so its existence never leaks. */
export async function getVisibleCheckin(db: Db, { viewerId, checkinId: id }: { viewerId: string; checkinId: string }) {
  const [row] = await db
    .select({ ...checkinColumns, authorName: users.name })
    .from(checkins)
    .innerJoin(users, eq(users.id, checkins.userId))
    .leftJoin(trainingSessions, eq(trainingSessions.id, checkins.sessionId))
    .where(and(eq(checkins.id, id), visibleTo(viewerId)));
  if (!row) throw AppError.notFound("Check-in");
  return row;
}

/** Another runner's check-ins that the viewer may see (e.g. a coach looking at an athlete), newest first. */
export async function listVisibleCheckins(
  db: Db,
  { viewerId, athleteId, page: opts }: { viewerId: string; athleteId: string; page: { cursor?: string | null; limit: number } },
) {
  const after = checkinPages.after(opts.cursor);
  const rows = await db
    .select(checkinColumns)
    .from(checkins)
    .leftJoin(trainingSessions, eq(trainingSessions.id, checkins.sessionId))
    .where(and(eq(checkins.userId, athleteId), visibleTo(viewerId), after))
    .orderBy(desc(checkins.date))
    .limit(opts.limit + 1);
  return checkinPages.page(rows, opts.limit, (r) => ({ date: r.date }));
}
