import { and, eq } from "drizzle-orm";
import { clubMembers } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { membershipEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { noticeJoinRequest } from "./join-request-notice";
import { refreshMemberCount } from "./member-count";

type ClubRef = { id: string; slug: string; name: string; timeZone: string };

/**
 * Adds the user as an active or pending member, inside the caller's transaction. A declined request may be
 * made again; active, pending and removed memberships are left as they are (joining twice changes nothing,
 * and removed is sticky). Returns whether anything changed.
 */
export async function admitMember(
  tx: DbOrTx,
  { club, user, status }: { club: ClubRef; user: { id: string; name: string }; status: "active" | "pending" },
) {
  // The app's clock, not the database's: the join notice's day and the later decision both read this time back,
  // and the app's clock is the one tests move on both databases.
  const at = new Date();
  const changed = await tx
    .insert(clubMembers)
    .values({ clubId: club.id, userId: user.id, role: "member", status, createdAt: at, updatedAt: at })
    .onConflictDoUpdate({
      target: [clubMembers.clubId, clubMembers.userId],
      set: { status, role: "member", updatedAt: at },
      setWhere: eq(clubMembers.status, "declined"),
    })
    .returning({ status: clubMembers.status, updatedAt: clubMembers.updatedAt });
  const [row] = changed;
  if (!row) return false;
  await publishLive(tx, status === "active" ? membershipEvents(club.id, user.id) : [{ kind: "join_request", audience: "staff", clubId: club.id, userId: user.id }]);
  if (status === "active") {
    await refreshMemberCount(tx, club.id);
  } else {
    // Keyed by the row's own time, which is what deciding the request reads back.
    await noticeJoinRequest(tx, { club, requester: user, at: row.updatedAt });
  }
  return true;
}

export async function membershipStatusOf(tx: DbOrTx, { clubId, userId }: { clubId: string; userId: string }) {
  const [row] = await tx
    .select({ status: clubMembers.status, role: clubMembers.role, updatedAt: clubMembers.updatedAt })
    .from(clubMembers)
    .where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, userId)));
  return row ?? null;
}
