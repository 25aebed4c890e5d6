import { and, eq } from "drizzle-orm";
import { goals } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

export async function deleteGoal(db: DbOrTx, { userId, goalId }: { userId: string; goalId: string }) {
  const [row] = await db.delete(goals).where(and(eq(goals.id, goalId), eq(goals.userId, userId))).returning({ id: goals.id });
  if (!row) throw AppError.notFound("That goal");
  return row;
}
