import { and, desc, eq } from "drizzle-orm";
import { raceResults, trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { keyset } from "@/server/domain/keyset/keyset";
import { getRunnerSettings } from "./runner-settings";
import { sessionColumns, withRace } from "./session-view";

const sessionPages = keyset("desc", { date: { on: trainingSessions.date, type: "date" }, id: { on: trainingSessions.id, type: "uuid" } });

/** The caller's log, newest first, a page at a time (keyset on date, id). Two queries whatever the page size. */
export async function listSessions(db: DbOrTx, userId: string, opts: { cursor?: string | null; limit: number }) {
  const after = sessionPages.after(opts.cursor);
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
  const { items, nextCursor } = sessionPages.page(rows, opts.limit, (r) => ({ date: r.date, id: r.id }));
  return { items: items.map(withRace), unit: distanceUnit, nextCursor };
}
