import { desc, eq } from "drizzle-orm";
import { goals } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { goalColumns } from "./goal-columns";
import { MAX_GOALS } from "@/contract/goals";

/** All of the caller's goals (at most MAX_GOALS), newest first. */
export async function listMyGoals(db: DbOrTx, userId: string) {
  return db.select(goalColumns).from(goals).where(eq(goals.userId, userId)).orderBy(desc(goals.createdAt), desc(goals.id)).limit(MAX_GOALS);
}
