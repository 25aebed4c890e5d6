import { and, eq } from "drizzle-orm";
import { raceResults, trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { getRunnerSettings } from "./runner-settings";
import { sessionDetailColumns, withRace } from "./session-view";

/** One of the caller's own sessions with its run data; someone else's is simply not found. */
export async function getSession(db: DbOrTx, { userId, sessionId }: { userId: string; sessionId: string }) {
  const [row] = await db
    .select(sessionDetailColumns)
    .from(trainingSessions)
    .leftJoin(raceResults, eq(raceResults.sessionId, trainingSessions.id))
    .where(and(eq(trainingSessions.id, sessionId), eq(trainingSessions.userId, userId)));
  if (!row) throw AppError.notFound("That session");
  const { distanceUnit } = await getRunnerSettings(db, userId);
  return { ...withRace(row), splits: row.splits ?? [], unit: distanceUnit };
}
