import { and, eq, sql } from "drizzle-orm";
import type { JoinDecision } from "@/contract/values";
import { clubMembers } from "@/db/schema";
import type { Db } from "@/db/client";
import { recordAudit } from "@/server/domain/audit/record-audit";
import { notify } from "@/server/domain/notifications/notify";
import { AppError } from "@/server/errors";
import { membershipEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { membershipStatusOf } from "./admit-member";
import { clubHref } from "./club-rules";
import { markJoinRequestDecided } from "./join-request-notice";
import { refreshMemberCount } from "./member-count";

type ClubRef = { id: string; slug: string; name: string; timeZone: string };

/** An owner or coach approves or declines a pending request; the requester is told either way. */
export async function decideJoinRequest(
  db: Db,
  { actorId, club, targetUserId, decision }: { actorId: string; club: ClubRef; targetUserId: string; decision: JoinDecision },
) {
  return db.transaction(async (tx) => {
    const status = decision === "approve" ? "active" : "declined";
    const request = await membershipStatusOf(tx, { clubId: club.id, userId: targetUserId });
    if (request?.status !== "pending") throw AppError.notFound("Join request");
    const [row] = await tx
      .update(clubMembers)
      .set({ status, updatedAt: sql`now()` })
      .where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.userId, targetUserId), eq(clubMembers.status, "pending")))
      .returning({ userId: clubMembers.userId });
    if (!row) throw AppError.notFound("Join request");
    if (status === "active") await refreshMemberCount(tx, club.id);
    await publishLive(tx, membershipEvents(club.id, targetUserId));
    await markJoinRequestDecided(tx, { club, requesterId: targetUserId, requestedAt: request.updatedAt });
    await notify(tx, [
      decision === "approve"
        ? { userId: targetUserId, kind: "club.join_approved", title: `You're in: welcome to ${club.name}`, href: clubHref(club.slug) }
        : { userId: targetUserId, kind: "club.join_declined", title: `Your request to join ${club.name} was declined`, href: "/clubs/discover" },
    ]);
    await recordAudit(tx, { clubId: club.id, actorId, action: decision === "approve" ? "member.approved" : "member.declined", targetUserId });
    return { status };
  });
}
