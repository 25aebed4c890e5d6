import { and, desc, eq } from "drizzle-orm";
import { clubMembers, goals } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { goalColumns } from "./goal-columns";
import { MAX_GOALS } from "@/contract/goals";

/**
 * The goals an athlete chose to share with coaches, for a coach of a club the athlete belongs to.
 * The caller's coach role in clubId is checked by the procedure; here we check the athlete is an active member.
 */
export async function listSharedGoals(db: DbOrTx, { clubId, athleteId }: { clubId: string; athleteId: string }) {
  const [member] = await db
    .select({ userId: clubMembers.userId })
    .from(clubMembers)
    .where(and(eq(clubMembers.clubId, clubId), eq(clubMembers.userId, athleteId), eq(clubMembers.status, "active")));
  if (!member) throw AppError.notFound("That athlete");
  return db
    .select(goalColumns)
    .from(goals)
    .where(and(eq(goals.userId, athleteId), eq(goals.shareWithCoaches, true)))
    .orderBy(desc(goals.createdAt), desc(goals.id))
    .limit(MAX_GOALS);
}
