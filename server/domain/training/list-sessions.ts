import { and, desc, eq } from "drizzle-orm";
import { raceResults, trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { afterDateCursor, encodeDateCursor } from "./cursor";
import { getRunnerSettings } from "./runner-settings";
import { sessionColumns, withRace } from "./session-view";

/** The caller's log, newest first, a page at a time (keyset on date, id). Two queries whatever the page size. */
export async function listSessions(db: DbOrTx, userId: string, opts: { cursor?: string | null; limit: number }) {
  const after = afterDateCursor(trainingSessions.date, trainingSessions.id, opts.cursor);
  const [rows, { distanceUnit }] = await Promise.all([
    db
      .select(sessionColumns)
      .from(trainingSessions)
      .leftJoin(raceResults, eq(raceResults.sessionId, trainingSessions.id))
      .where(and(eq(trainingSessions.userId, userId), after))
      .orderBy(desc(trainingSessions.date), desc(trainingSessions.id))
      .limit(opts.limit + 1),
    getRunnerSettings(db, userId),
  ]);
  const page = rows.slice(0, opts.limit).map(withRace);
  const last = page[page.length - 1];
  return { items: page, unit: distanceUnit, nextCursor: rows.length > opts.limit && last ? encodeDateCursor(last) : null };
}
