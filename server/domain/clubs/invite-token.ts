import { createHash, randomBytes } from "node:crypto";
import type { InviteState } from "@/contract/values";

/** 32 random bytes as URL-safe text: unguessable, and short enough to paste. */
export function newInviteToken(): string {
  return randomBytes(32).toString("base64url");
}

/** Only this hash is stored; SHA-256 suffices because the token itself carries 256 bits of entropy. */
export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function inviteState(invite: { revokedAt: Date | null; expiresAt: Date | null; maxUses: number | null; uses: number }, now = new Date()): InviteState {
  if (invite.revokedAt) return "revoked";
  if (invite.expiresAt && invite.expiresAt.getTime() <= now.getTime()) return "expired";
  if (invite.maxUses !== null && invite.uses >= invite.maxUses) return "used_up";
  return "valid";
}

export const INVITE_STATE_MESSAGES: Record<Exclude<InviteState, "valid">, string> = {
  revoked: "This invite link was revoked. Ask the club for a new one.",
  expired: "This invite link has expired. Ask the club for a new one.",
  used_up: "This invite link has been used as many times as allowed. Ask the club for a new one.",
};
