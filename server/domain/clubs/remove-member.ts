import { and, eq, sql } from "drizzle-orm";
import { clubMembers } from "@/db/schema";
import type { Db } from "@/db/client";
import { recordAudit } from "@/server/domain/audit/record-audit";
import { endClubBlocksOfLeaver } from "@/server/domain/blocks/manage-block";
import { AppError } from "@/server/errors";
import { membershipStatusOf } from "./admit-member";
import { OWNER_NEEDS_HANDOVER } from "./change-member-role";
import { refreshMemberCount } from "./member-count";

/** The owner removes a member (or a pending requester). Removed is sticky: no rejoining through old links. */
export async function removeMember(db: Db, { actorId, clubId, targetUserId }: { actorId: string; clubId: string; targetUserId: string }) {
  return db.transaction(async (tx) => {
    const target = await membershipStatusOf(tx, { clubId, userId: targetUserId });
    if (!target || (target.status !== "active" && target.status !== "pending")) throw AppError.notFound("Member");
    if (target.role === "owner") throw AppError.field("userId", OWNER_NEEDS_HANDOVER);
    await tx
      .update(clubMembers)
      .set({ status: "removed", role: "member", updatedAt: sql`now()` })
      .where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, targetUserId)));
    if (target.status === "active") {
      await refreshMemberCount(tx, clubId);
      // Removal ends the club's block too: its coaches' access goes with the membership.
      await endClubBlocksOfLeaver(tx, { clubId, athleteId: targetUserId });
    }
    await recordAudit(tx, { clubId, actorId, action: "member.removed", targetUserId, details: { role: target.role, status: target.status } });
    return { removed: true as const };
  });
}
