import { and, eq, sql } from "drizzle-orm";
import { raceResults, trainingSessions } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { sessionValues } from "./log-session";
import type { SessionInput } from "./session-input";

/**
 * Edits one of the caller's sessions. A session logged in a check-in is the same row,
 * so the check-in shows the edit too. A race result follows its session's date.
 */
export async function updateSession(db: Db, userId: string, sessionId: string, input: SessionInput) {
  const values = await sessionValues(db, userId, input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(trainingSessions)
      .set({ ...values, updatedAt: sql`now()` })
      .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.userId, userId)))
      .returning({ id: trainingSessions.id });
    if (!row) throw AppError.notFound("That session");
    await tx.update(raceResults).set({ date: values.date }).where(eq(raceResults.sessionId, sessionId));
    return { id: row.id };
  });
}
