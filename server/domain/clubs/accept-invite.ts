import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { clubInvites } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { admitMember, membershipStatusOf } from "./admit-member";
import { findInviteByToken } from "./find-invite";
import { INVITE_STATE_MESSAGES, inviteState } from "./invite-token";
import { REMOVED_MESSAGE } from "./join-club";
import { loadUserName } from "./user-name";

/**
 * Joins through an invite link: at once for open and invite-only clubs, as a pending request for approval
 * clubs. Existing members and requesters change nothing and use nothing up; removed members are refused.
 */
export async function acceptInvite(db: Db, { token, userId }: { token: string; userId: string }) {
  return db.transaction(async (tx) => {
    const found = await findInviteByToken(tx, token);
    if (!found) throw AppError.notFound("Invite link");
    const { invite, club } = found;
    const current = await membershipStatusOf(tx, { clubId: club.id, userId });
    if (current?.status === "active" || current?.status === "pending") return { status: current.status, slug: club.slug };
    if (current?.status === "removed") throw AppError.forbidden(REMOVED_MESSAGE);
    const state = inviteState(invite);
    if (state !== "valid") throw AppError.field("token", INVITE_STATE_MESSAGES[state]);
    // Guarded, so two people racing for the last use can't both get in.
    const [used] = await tx
      .update(clubInvites)
      .set({ uses: sql`${clubInvites.uses} + 1` })
      .where(
        and(
          eq(clubInvites.id, invite.id),
          isNull(clubInvites.revokedAt),
          or(isNull(clubInvites.expiresAt), gt(clubInvites.expiresAt, sql`now()`)),
          or(isNull(clubInvites.maxUses), lt(clubInvites.uses, clubInvites.maxUses)),
        ),
      )
      .returning({ id: clubInvites.id });
    if (!used) throw AppError.field("token", INVITE_STATE_MESSAGES.used_up);
    const status = club.joinPolicy === "approval" ? "pending" : "active";
    // A row that changed holds exactly `status`; only a concurrent join leaves something else to read back.
    if (await admitMember(tx, { club, user: await loadUserName(tx, userId), status })) return { status, slug: club.slug };
    return { status: (await membershipStatusOf(tx, { clubId: club.id, userId }))?.status ?? status, slug: club.slug };
  });
}
