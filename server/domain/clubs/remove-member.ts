import { and, eq, sql } from "drizzle-orm";
import { clubMembers } from "@/db/schema";
import type { Db } from "@/db/client";
import { recordAudit } from "@/server/domain/audit/record-audit";
import { endClubBlocksOfLeaver } from "@/server/domain/blocks/manage-block";
import { notify } from "@/server/domain/notifications/notify";
import { AppError } from "@/server/errors";
import { blockEvents, membershipEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { membershipStatusOf } from "./admit-member";
import { OWNER_NEEDS_HANDOVER } from "./change-member-role";
import { markJoinRequestDecided } from "./join-request-notice";
import { refreshMemberCount } from "./member-count";

type ClubRef = { id: string; name: string; timeZone: string };

/**
 * The owner removes a member (or a pending requester). Removed is sticky: no rejoining through old links. The person
 * is told, through their usual channels, without naming who removed them (the app shows that only to staff).
 */
export async function removeMember(db: Db, { actorId, club, targetUserId }: { actorId: string; club: ClubRef; targetUserId: string }) {
  const clubId = club.id;
  return db.transaction(async (tx) => {
    const target = await membershipStatusOf(tx, { clubId, userId: targetUserId });
    if (!target || (target.status !== "active" && target.status !== "pending")) throw AppError.notFound("Member");
    if (target.role === "owner") throw AppError.field("userId", OWNER_NEEDS_HANDOVER);
    await tx
      .update(clubMembers)
      .set({ status: "removed", role: "member", updatedAt: sql`now()` })
      .where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, targetUserId)));
    const endedBlocks: string[] = [];
    if (target.status === "active") {
      await refreshMemberCount(tx, clubId);
      // Removal ends the club's block too: its coaches' access goes with the membership.
      endedBlocks.push(...(await endClubBlocksOfLeaver(tx, { clubId, athleteId: targetUserId })));
    }
    await publishLive(tx, [
      ...membershipEvents(clubId, targetUserId),
      ...endedBlocks.flatMap((id) => blockEvents({ id, clubId, athleteId: targetUserId })),
    ]);
    if (target.status === "pending") await markJoinRequestDecided(tx, { club, requesterId: targetUserId, requestedAt: target.updatedAt });
    await notify(tx, [
      target.status === "active"
        ? { userId: targetUserId, kind: "club.member_removed", title: `You were removed from ${club.name}`, body: "You no longer see its feed, runs or coaches.", href: "/clubs/discover" }
        : { userId: targetUserId, kind: "club.join_declined", title: `Your request to join ${club.name} was declined`, href: "/clubs/discover" },
    ]);
    await recordAudit(tx, { clubId, actorId, action: "member.removed", targetUserId, details: { role: target.role, status: target.status } });
    return { removed: true as const };
  });
}
