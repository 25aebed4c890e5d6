import { and, eq, sql } from "drizzle-orm";
import { goals } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { goalColumns } from "./goal-columns";
import type { GoalInput } from "@/contract/goals";

/** Edits one of the caller's own goals; anyone else's is not found. */
export async function updateGoal(db: DbOrTx, { userId, goalId, input }: { userId: string; goalId: string; input: GoalInput }) {
  const [row] = await db
    .update(goals)
    .set({ ...input, title: input.title.trim(), details: input.details.trim(), updatedAt: sql`now()` })
    .where(and(eq(goals.id, goalId), eq(goals.userId, userId)))
    .returning(goalColumns);
  if (!row) throw AppError.notFound("That goal");
  return row;
}
