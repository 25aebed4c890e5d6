// Live updates (issue 15): what a stream sends a browser. Ids and kinds only, never health data: the browser reads
// what it may show through the same scoped queries as any page. Zod only (no server code).
import { z } from "zod";

export const LIVE_EVENT_KINDS = [
  "checkin", // a check-in shared with a club, or changed (refId: check-in)
  "comment", // a comment on a shared check-in (refId: check-in)
  "reaction", // a reaction added or taken back (refId: check-in)
  "notification", // a notification for userId (refId: notification)
  "join_request", // someone asked to join clubId (userId: requester)
  "block", // a recovery block assigned, changed or ended (userId: athlete, refId: block)
  "day", // an athlete marked a day of their block (userId: athlete, refId: block)
  "rsvp", // someone said they're going to a group run, or not (refId: group run)
  "membership", // userId's membership of clubId changed (joined, left, removed, role): streams re-check access
] as const;
export type LiveEventKind = (typeof LIVE_EVENT_KINDS)[number];

/**
 * Who may receive an event:
 * - "club": every active member of clubId;
 * - "staff": the owner and coaches of clubId, and userId (the athlete it is about);
 * - "user": userId alone.
 */
export const LIVE_AUDIENCES = ["club", "staff", "user"] as const;
export type LiveAudience = (typeof LIVE_AUDIENCES)[number];

export type LiveEvent = {
  kind: LiveEventKind;
  clubId: string | null;
  userId: string | null;
  refId: string | null;
};

/**
 * What `live.club` and `live.mine` yield, each as tRPC's tracked(id, LiveEvent):
 * - on a reconnect with a lastEventId, first the stored events after it that the caller may get, in id order; then
 *   live events as writes commit. Events are "something changed" signals: re-read through the usual queries (a
 *   repeat is harmless).
 * - A browser that missed more than 200 events gets none of them replayed: it re-reads what the page shows, as it
 *   does after every reconnect anyway (see the last point).
 * - `live.club` ends normally (the subscription completes; no reconnect) once the caller is no longer an active
 *   member of the club. A "membership" event about the caller arrives first when only their role changed.
 * - While the server's listener is down (the database restarting), streams end with SERVICE_UNAVAILABLE, which
 *   httpSubscriptionLink treats as retryable: connectionState goes to "connecting" (show "reconnecting…") and the
 *   EventSource reconnects by itself, resuming from its last event id.
 * - Ids follow the order writes took them. Two writes committing in the other order within the same milliseconds
 *   could, if the browser reconnects in exactly that moment, leave one unreplayed; so after a reconnect the browser
 *   re-reads what it shows once, and nothing is silently lost.
 */

// `lastEventId` is filled in by tRPC's httpSubscriptionLink when a browser reconnects, so the stream resumes from
// the last event it saw.
const resumeFrom = z.string().regex(/^\d{1,19}$/, "Unknown event id").nullish();

export const liveClubInput = z.object({ clubId: z.uuid("Unknown club"), lastEventId: resumeFrom });
export const liveMineInput = z.object({ lastEventId: resumeFrom }).optional();
