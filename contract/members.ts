// A club's members: listing them, changing roles and deciding join requests. Zod only (no server code).
import { z } from "zod";
import { pageCursor } from "./paging";
import { ASSIGNABLE_ROLES, JOIN_DECISIONS } from "./values";

export const memberTargetInput = z.object({ clubId: z.uuid("Unknown club"), userId: z.uuid("Unknown member") });
export const changeRoleInput = memberTargetInput.extend({ role: z.enum(ASSIGNABLE_ROLES, "Choose coach or member") });
export const decideRequestInput = memberTargetInput.extend({ decision: z.enum(JOIN_DECISIONS) });
export const listMembersInput = z.object({
  clubId: z.uuid("Unknown club"),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(100).optional(),
});
