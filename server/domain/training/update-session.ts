import { and, eq, sql } from "drizzle-orm";
import type { SessionInput } from "@/contract/training";
import { raceResults, trainingSessions } from "@/db/schema";
import type { Db } from "@/db/client";
import { AppError } from "@/server/errors";
import { sessionValues } from "./log-session";
import { raceLoad } from "./session-rules";

/**
 * Edits one of the caller's sessions. A session logged in a check-in is the same row,
 * so the check-in shows the edit too; its date stays the check-in's day. A race result follows its session's date.
 */
export async function updateSession(db: Db, { userId, sessionId, input }: { userId: string; sessionId: string; input: SessionInput }) {
  const values = await sessionValues(db, userId, input);
  return db.transaction(async (tx) => {
    const [current] = await tx
      .select({ date: trainingSessions.date, source: trainingSessions.source })
      .from(trainingSessions)
      .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.userId, userId)))
      .for("update");
    if (!current) throw AppError.notFound("That session");
    if (current.source === "checkin" && current.date !== values.date) {
      throw AppError.field("date", "This session belongs to your check-in for that day, so its date can't move. Change the other details here.");
    }
    // A race keeps counting as load when edited without an effort rating: its distance's default effort stands in.
    const [race] = await tx
      .update(raceResults)
      .set({ date: values.date })
      .where(eq(raceResults.sessionId, sessionId))
      .returning({ distance: raceResults.distance });
    const load = race ? raceLoad(values.rpe, values.durationMin, race.distance) : values.load;
    await tx.update(trainingSessions).set({ ...values, load, updatedAt: sql`now()` }).where(eq(trainingSessions.id, sessionId));
    return { id: sessionId };
  });
}
