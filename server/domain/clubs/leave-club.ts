import { and, eq, inArray } from "drizzle-orm";
import { clubMembers } from "@/db/schema";
import type { Db } from "@/db/client";
import { endClubBlocksOfLeaver } from "@/server/domain/blocks/manage-block";
import { AppError } from "@/server/errors";
import { blockEvents, membershipEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { requireClubAccess } from "./club-access";
import { enforceJoinRequestLimit } from "./join-club";
import { refreshMemberCount } from "./member-count";

/** A member leaves, or a pending requester withdraws. The owner must hand over ownership first. */
export async function leaveClub(db: Db, { clubId, userId }: { clubId: string; userId: string }) {
  return db.transaction(async (tx) => {
    await enforceJoinRequestLimit(tx, userId);
    const access = await requireClubAccess(tx, { club: { id: clubId }, userId, level: "page" });
    const { status } = access;
    if (status !== "active" && status !== "pending") throw AppError.forbidden("You are not a member of this club.");
    if (access.role === "owner") {
      throw new AppError("BAD_REQUEST", "You own this club. Transfer ownership to another member before leaving.");
    }
    await tx
      .delete(clubMembers)
      .where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, userId), inArray(clubMembers.status, ["active", "pending"])));
    const endedBlocks: string[] = [];
    if (status === "active") {
      await refreshMemberCount(tx, clubId);
      // Leaving ends the club's block too: its coaches' access goes with the membership.
      endedBlocks.push(...(await endClubBlocksOfLeaver(tx, { clubId, athleteId: userId })));
    }
    await publishLive(tx, [...membershipEvents(clubId, userId), ...endedBlocks.flatMap((id) => blockEvents({ id, clubId, athleteId: userId }))]);
    return { left: true as const };
  });
}
