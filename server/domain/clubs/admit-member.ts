import { and, eq, sql } from "drizzle-orm";
import { clubMembers } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { todayIn } from "@/server/domain/days";
import { notify } from "@/server/domain/notifications/notify";
import { listClubStaffIds } from "./club-staff";
import { clubHref } from "./club-rules";
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
  const changed = await tx
    .insert(clubMembers)
    .values({ clubId: club.id, userId: user.id, role: "member", status })
    .onConflictDoUpdate({
      target: [clubMembers.clubId, clubMembers.userId],
      set: { status, role: "member", updatedAt: sql`now()` },
      setWhere: eq(clubMembers.status, "declined"),
    })
    .returning({ status: clubMembers.status });
  if (changed.length === 0) return false;
  if (status === "active") {
    await refreshMemberCount(tx, club.id);
  } else {
    const staff = await listClubStaffIds(tx, club.id);
    // Once per requester per club per calendar day in the club's zone, so join-and-withdraw cycles can't flood coaches.
    const onceKey = `${club.id}:${user.id}:${todayIn(club.timeZone)}`;
    await notify(
      tx,
      staff.map((userId) => ({
        userId,
        kind: "club.join_request",
        onceKey,
        title: `${user.name} asked to join ${club.name}`,
        body: "Approve or decline the request on the club page.",
        href: clubHref(club.slug),
      })),
    );
  }
  return true;
}

export async function membershipStatusOf(tx: DbOrTx, { clubId, userId }: { clubId: string; userId: string }) {
  const [row] = await tx
    .select({ status: clubMembers.status, role: clubMembers.role })
    .from(clubMembers)
    .where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, userId)));
  return row ?? null;
}
