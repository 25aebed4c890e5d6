import { count, eq } from "drizzle-orm";
import { goals } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { goalColumns } from "./goal-columns";
import { MAX_GOALS, type GoalInput } from "@/contract/goals";

export async function createGoal(db: Db, userId: string, input: GoalInput) {
  return db.transaction(async (tx) => {
    const [{ n } = { n: 0 }] = await tx.select({ n: count() }).from(goals).where(eq(goals.userId, userId));
    if (n >= MAX_GOALS) {
      throw new AppError("CONFLICT", `You have ${MAX_GOALS} goals already. Delete ones you've dropped before adding more.`);
    }
    const [row] = await tx
      .insert(goals)
      .values({ userId, ...input, title: input.title.trim(), details: input.details.trim() })
      .returning(goalColumns);
    return row!;
  });
}
