import type { StoredLiveEvent } from "./stored-live-event";

/** Who is watching a club's stream: the member, and whether they are the club's staff (owner or coach) right now. */
export type ClubWatcher = { userId: string; clubId: string; staff: boolean };

/**
 * The audience rule of contract/live.ts for a club stream: club events of that club; staff events of that club for
 * its staff and for the athlete they are about. User events travel on the caller's own stream only.
 */
export function clubStreamReceives(w: ClubWatcher, e: StoredLiveEvent): boolean {
  if (e.clubId !== w.clubId) return false;
  if (e.audience === "club") return true;
  return e.audience === "staff" && (w.staff || e.userId === w.userId);
}

/** A user stream: events for that user alone. */
export function userStreamReceives(userId: string, e: StoredLiveEvent): boolean {
  return e.audience === "user" && e.userId === userId;
}

/** An event saying this watcher's own membership of the club changed, so their access must be checked again. */
export function isOwnMembershipChange(w: ClubWatcher, e: StoredLiveEvent): boolean {
  return e.kind === "membership" && e.clubId === w.clubId && e.userId === w.userId;
}
