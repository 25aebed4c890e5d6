import type { DbOrTx } from "@/db/client";
import { todayIn } from "@/server/domain/days";
import { markOnceNotificationsRead, notify } from "@/server/domain/notifications/notify";
import { listClubStaffIds } from "./club-staff";
import { clubHref } from "./club-rules";

type ClubRef = { id: string; slug: string; name: string; timeZone: string };

const KIND = "club.join_request";

// Once per requester per club per calendar day in the club's zone, so join-and-withdraw cycles can't flood coaches.
function onceKey(club: Pick<ClubRef, "id" | "timeZone">, requesterId: string, at: Date): string {
  return `${club.id}:${requesterId}:${todayIn(club.timeZone, at)}`;
}

/** Tells the club's owner and coaches that someone asked to join, inside the caller's transaction. */
export async function noticeJoinRequest(
  tx: DbOrTx,
  { club, requester, at }: { club: ClubRef; requester: { id: string; name: string }; at: Date },
) {
  const staff = await listClubStaffIds(tx, club.id);
  const key = onceKey(club, requester.id, at);
  await notify(
    tx,
    staff.map((userId) => ({
      userId,
      kind: KIND,
      onceKey: key,
      title: `${requester.name} asked to join ${club.name}`,
      body: "Approve or decline the request on the club page.",
      href: clubHref(club.slug),
    })),
  );
}

/**
 * Once a request is decided (approved, declined, or let in by an invite), every staff member's "asked to join"
 * notice for it is marked read, so no one is left to act on it. `requestedAt` is when the membership turned pending:
 * the notice was keyed by that day.
 */
export async function markJoinRequestDecided(
  tx: DbOrTx,
  { club, requesterId, requestedAt }: { club: Pick<ClubRef, "id" | "timeZone">; requesterId: string; requestedAt: Date },
) {
  const staff = await listClubStaffIds(tx, club.id);
  const key = onceKey(club, requesterId, requestedAt);
  await markOnceNotificationsRead(tx, staff.map((userId) => ({ userId, kind: KIND, onceKey: key })));
}
