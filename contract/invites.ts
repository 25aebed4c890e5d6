// A club's invite links. Zod only (no server code), so the invite form validates with the server's rules.
import { z } from "zod";
import { INVITE_LIMITS } from "./limits";
import { pageCursor } from "./paging";

export { INVITE_LIMITS };

export const createInviteInput = z.object({
  clubId: z.uuid("Unknown club"),
  label: z.string().trim().max(INVITE_LIMITS.label, `Keep the label under ${INVITE_LIMITS.label} characters`).optional(),
  expiresInDays: z.number().int("Use whole days").min(1, "At least 1 day").max(365, "At most 365 days").nullish(),
  maxUses: z.number().int("Use a whole number").min(1, "At least 1 use").max(10_000, "At most 10,000 uses").nullish(),
});
export const inviteTargetInput = z.object({ clubId: z.uuid("Unknown club"), inviteId: z.uuid("Unknown invite") });
export const inviteTokenInput = z.object({ token: z.string().trim().min(16, "That invite link is not valid").max(128, "That invite link is not valid") });
export const listInvitesInput = z.object({
  clubId: z.uuid("Unknown club"),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(100).optional(),
});
