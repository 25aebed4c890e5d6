// The coach's triage dashboard. Zod only (no server code).
import { z } from "zod";
import { pageCursor } from "./paging";

/** Every athlete, or only those whose latest shared check-in is flagged and has no coach reply yet. */
export const TRIAGE_FILTERS = ["all", "flagged_unanswered"] as const;
export type TriageFilter = (typeof TRIAGE_FILTERS)[number];

export const dashboardInput = z.object({
  clubId: z.uuid("Unknown club"),
  cursor: pageCursor,
  limit: z.number().int().min(1).max(100).default(50),
  filter: z.enum(TRIAGE_FILTERS, "Choose all athletes or flagged and unanswered").default("all"),
});
