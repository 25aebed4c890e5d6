// The coach's triage dashboard. Zod only (no server code).
import { z } from "zod";
import { pageCursor } from "./paging";

export const dashboardInput = z.object({
  clubId: z.uuid("Unknown club"),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(100).default(50),
});
