import type { Db, DbOrTx } from "@/db/client";
import { enforceRateLimit } from "@/server/domain/rate-limit";
import { AppError } from "@/server/errors";
import { admitMember, membershipStatusOf } from "./admit-member";
import { requireClubAccess } from "./club-access";
import { loadUserName } from "./user-name";

export const REMOVED_MESSAGE = "You were removed from this club, so you can't rejoin it yourself. Ask its owner.";

/** Joins and withdrawals (leaving) share one allowance per person. */
export const JOIN_REQUEST_LIMIT = { limit: 20, windowSeconds: 3600 };

/** Inside the caller's transaction, so a refused attempt (invite only, removed) doesn't use up the allowance. */
export function enforceJoinRequestLimit(tx: DbOrTx, userId: string) {
  return enforceRateLimit(tx, `club-join:${userId}`, JOIN_REQUEST_LIMIT, "requests to join or leave clubs");
}

/**
 * Joins an open club at once, or asks to join an approval club. Invite-only clubs need a link, and a
 * private club is "not found" to outsiders. Joining twice changes nothing.
 */
export async function joinClub(db: Db, { clubId, userId }: { clubId: string; userId: string }) {
  return db.transaction(async (tx) => {
    await enforceJoinRequestLimit(tx, userId);
    // The club page's rule: a private club is "not found" unless the caller is in it or asked to join.
    const access = await requireClubAccess(tx, { club: { id: clubId }, userId, level: "page" });
    const current = access.status;
    if (current === "active" || current === "pending") return { status: current };
    if (current === "removed") throw AppError.forbidden(REMOVED_MESSAGE);
    const { club } = access;
    if (club.joinPolicy === "invite") throw AppError.forbidden("This club is invite only. Ask a coach for an invite link.");
    const status = club.joinPolicy === "open" ? "active" : "pending";
    // A row that changed holds exactly `status`; only a concurrent join leaves something else to read back.
    if (await admitMember(tx, { club, user: await loadUserName(tx, userId), status })) return { status };
    return { status: (await membershipStatusOf(tx, { clubId, userId }))?.status ?? status };
  });
}
