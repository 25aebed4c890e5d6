import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { membershipStatusOf } from "./admit-member";
import { findInviteByToken } from "./find-invite";
import { INVITE_STATE_MESSAGES, inviteState } from "./invite-token";

/**
 * What an invite link leads to. Holding the secret token is what lets someone see a private club's name here;
 * an unknown token is simply "not found".
 */
export async function previewInvite(db: DbOrTx, { token, userId }: { token: string; userId: string | null }) {
  const found = await findInviteByToken(db, token);
  if (!found) throw AppError.notFound("Invite link");
  const { invite, club } = found;
  const membership = userId ? await membershipStatusOf(db, { clubId: club.id, userId }) : null;
  const state = inviteState(invite);
  return {
    club: {
      id: club.id,
      slug: club.slug,
      name: club.name,
      description: club.description,
      area: club.area,
      privacy: club.privacy,
      joinPolicy: club.joinPolicy,
      memberCount: club.memberCount,
    },
    state,
    // The same words acceptInvite refuses with, so the page needn't keep its own copy.
    stateMessage: state === "valid" ? null : INVITE_STATE_MESSAGES[state],
    myStatus: membership?.status ?? null,
  };
}
