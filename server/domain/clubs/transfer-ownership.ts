import { and, eq, sql } from "drizzle-orm";
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

/** Hands the club to another active member; the old owner stays on as a coach. */
export async function transferOwnership(db: Db, { ownerId, club, targetUserId }: { ownerId: string; club: ClubRef; targetUserId: string }) {
  if (targetUserId === ownerId) throw AppError.field("userId", "Choose another member to hand the club to.");
  return db.transaction(async (tx) => {
    const target = await membershipStatusOf(tx, { clubId: club.id, userId: targetUserId });
    if (!target || target.status !== "active") throw AppError.field("userId", "Only an active member can become the owner.");
    await tx
      .update(clubMembers)
      .set({ role: "owner", updatedAt: sql`now()` })
      .where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.userId, targetUserId)));
    await tx
      .update(clubMembers)
      .set({ role: "coach", updatedAt: sql`now()` })
      .where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.userId, ownerId)));
    await publishLive(tx, [...membershipEvents(club.id, targetUserId), ...membershipEvents(club.id, ownerId)]);
    await notify(tx, [
      { userId: targetUserId, kind: "club.role_changed", title: `You're now the owner of ${club.name}`, href: clubHref(club.slug, "/settings") },
    ]);
    await recordAudit(tx, { clubId: club.id, actorId: ownerId, action: "ownership.transferred", targetUserId, details: { from: target.role } });
    return { ownerId: targetUserId };
  });
}
