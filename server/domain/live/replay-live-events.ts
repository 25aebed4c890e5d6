import { and, asc, eq, gt, or, type SQL } from "drizzle-orm";
import type { LiveAudience, LiveEventKind } from "@/contract/live";
import type { Db } from "@/db/client";
import { liveEvents } from "@/db/schema";
import type { ClubWatcher } from "./may-receive";
import type { StoredLiveEvent } from "./stored-live-event";

/** At most this many missed events are replayed; a browser that missed more re-reads its page (contract/live.ts). */
export const REPLAY_LIMIT = 200;

export type Replay = { events: StoredLiveEvent[]; /** More than REPLAY_LIMIT were missed, so none are replayed. */ truncated: boolean };

const columns = {
  id: liveEvents.id, kind: liveEvents.kind, audience: liveEvents.audience,
  clubId: liveEvents.clubId, userId: liveEvents.userId, refId: liveEvents.refId,
};

/** One bounded query in id order (the indexes (club_id, id) and (user_id, id) serve it). */
async function replay(db: Db, where: SQL, after: string): Promise<Replay> {
  const rows = await db
    .select(columns)
    .from(liveEvents)
    .where(and(where, gt(liveEvents.id, Number(after))))
    .orderBy(asc(liveEvents.id))
    .limit(REPLAY_LIMIT + 1);
  if (rows.length > REPLAY_LIMIT) return { events: [], truncated: true };
  // Only publishLive writes these columns, from the contract's lists.
  const events = rows.map((r) => ({ ...r, id: String(r.id), kind: r.kind as LiveEventKind, audience: r.audience as LiveAudience }));
  return { events, truncated: false };
}

/** The events of a club after an id that this watcher may receive (the same rule as clubStreamReceives). */
export function replayClubEvents(db: Db, w: ClubWatcher, after: string): Promise<Replay> {
  const staffEvents = w.staff
    ? eq(liveEvents.audience, "staff")
    : and(eq(liveEvents.audience, "staff"), eq(liveEvents.userId, w.userId));
  return replay(db, and(eq(liveEvents.clubId, w.clubId), or(eq(liveEvents.audience, "club"), staffEvents))!, after);
}

/** The caller's own events after an id. */
export function replayUserEvents(db: Db, userId: string, after: string): Promise<Replay> {
  return replay(db, and(eq(liveEvents.userId, userId), eq(liveEvents.audience, "user"))!, after);
}
