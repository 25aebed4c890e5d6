import { and, eq, sql } from "drizzle-orm";
import type { AssignableRole } from "@/contract/values";
import { clubMembers } from "@/db/schema";
import type { Db } from "@/db/client";
import { recordAudit } from "@/server/domain/audit/record-audit";
import { notify } from "@/server/domain/notifications/notify";
import { AppError } from "@/server/errors";
import { membershipEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { membershipStatusOf } from "./admit-member";
import { clubHref } from "./club-rules";

type ClubRef = { id: string; slug: string; name: string };

export const OWNER_NEEDS_HANDOVER = "The owner keeps the club running. Transfer ownership to someone else first.";

/** The owner promotes a member to coach or demotes a coach to member. */
export async function changeMemberRole(
  db: Db,
  { actorId, club, targetUserId, role }: { actorId: string; club: ClubRef; targetUserId: string; role: AssignableRole },
) {
  return db.transaction(async (tx) => {
    const target = await membershipStatusOf(tx, { clubId: club.id, userId: targetUserId });
    if (!target || target.status !== "active") throw AppError.notFound("Member");
    if (target.role === "owner") throw AppError.field("userId", OWNER_NEEDS_HANDOVER);
    if (target.role === role) return { role };
    await tx
      .update(clubMembers)
      .set({ role, updatedAt: sql`now()` })
      .where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.userId, targetUserId)));
    await publishLive(tx, membershipEvents(club.id, targetUserId));
    await notify(tx, [
      {
        userId: targetUserId,
        kind: "club.role_changed",
        title: role === "coach" ? `You're now a coach of ${club.name}` : `You're now a member (not a coach) of ${club.name}`,
        href: clubHref(club.slug),
      },
    ]);
    await recordAudit(tx, { clubId: club.id, actorId, action: "role.changed", targetUserId, details: { from: target.role, to: role } });
    return { role };
  });
}
