import { clubInvites } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { hashInviteToken, newInviteToken } from "./invite-token";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Creates an invite link. The token is returned once, here; only its hash is kept. */
export async function createInvite(
  db: DbOrTx,
  { actorId, clubId, input }: {
    actorId: string;
    clubId: string;
    input: { label?: string | undefined; expiresInDays?: number | null | undefined; maxUses?: number | null | undefined };
  },
) {
  const token = newInviteToken();
  const [invite] = await db
    .insert(clubInvites)
    .values({
      clubId,
      createdBy: actorId,
      tokenHash: hashInviteToken(token),
      tokenHint: token.slice(-4),
      label: input.label ?? "",
      expiresAt: input.expiresInDays ? new Date(Date.now() + input.expiresInDays * DAY_MS) : null,
      maxUses: input.maxUses ?? null,
    })
    .returning({ id: clubInvites.id, expiresAt: clubInvites.expiresAt, maxUses: clubInvites.maxUses });
  return { ...invite!, token, path: `/join/${token}` };
}
