// The signed-in user's notifications. Zod only (no server code).
import { z } from "zod";
import { pageCursor } from "./paging";

export const listNotificationsInput = z.object({
  cursor: pageCursor,
  limit: z.number().int().min(1).max(50).optional(),
  unreadOnly: z.boolean().optional(),
});
export const notificationIdInput = z.object({ id: z.uuid("Unknown notification") });
