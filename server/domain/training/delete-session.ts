import { and, eq } from "drizzle-orm";
import { trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";

/** Deletes one of the caller's sessions; its race result goes with it and a linked check-in keeps its other answers. */
export async function deleteSession(db: DbOrTx, { userId, sessionId }: { userId: string; sessionId: string }) {
  const [row] = await db
    .delete(trainingSessions)
    .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.userId, userId)))
    .returning({ id: trainingSessions.id });
  if (!row) throw AppError.notFound("That session");
  return { id: row.id };
}
