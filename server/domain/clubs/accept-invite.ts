import { and, eq, gt, isNull, lt, or, sql } from "drizzle-orm";
import { clubInvites, clubMembers } from "@/db/schema";
import type { Db, DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { membershipEvents } from "@/server/domain/live/live-events";
import { publishLive } from "@/server/domain/live/publish-live";
import { admitMember, membershipStatusOf } from "./admit-member";
import { findInviteByToken } from "./find-invite";
import { INVITE_STATE_MESSAGES, inviteState } from "./invite-token";
import { REMOVED_MESSAGE } from "./join-club";
import { markJoinRequestDecided } from "./join-request-notice";
import { refreshMemberCount } from "./member-count";
import { loadUserName } from "./user-name";

/**
 * Joins through an invite link, at once, whatever the club's join policy: an owner or coach handing out the link is
 * the approval. A waiting request is let in too (and its notice to the staff marked read). Existing members change
 * nothing and use nothing up; removed members are refused.
 */
export async function acceptInvite(db: Db, { token, userId }: { token: string; userId: string }) {
  return db.transaction(async (tx) => {
    const found = await findInviteByToken(tx, token);
    if (!found) throw AppError.notFound("Invite link");
    const { invite, club } = found;
    const current = await membershipStatusOf(tx, { clubId: club.id, userId });
    if (current?.status === "active") return { status: current.status, slug: club.slug };
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
    const status = "active" as const;
    if (current?.status === "pending") {
      await letInWaitingRequest(tx, { club, userId, requestedAt: current.updatedAt });
      return { status, slug: club.slug };
    }
    // A row that changed holds exactly `status`; only a concurrent join leaves something else to read back.
    if (await admitMember(tx, { club, user: await loadUserName(tx, userId), status })) return { status, slug: club.slug };
    return { status: (await membershipStatusOf(tx, { clubId: club.id, userId }))?.status ?? status, slug: club.slug };
  });
}

async function letInWaitingRequest(
  tx: DbOrTx,
  { club, userId, requestedAt }: { club: { id: string; timeZone: string }; userId: string; requestedAt: Date },
) {
  await tx
    .update(clubMembers)
    .set({ status: "active", updatedAt: sql`now()` })
    .where(and(eq(clubMembers.clubId, club.id), eq(clubMembers.userId, userId), eq(clubMembers.status, "pending")));
  await refreshMemberCount(tx, club.id);
  await publishLive(tx, membershipEvents(club.id, userId));
  await markJoinRequestDecided(tx, { club, requesterId: userId, requestedAt });
}
