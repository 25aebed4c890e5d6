import { and, desc, eq, inArray } from "drizzle-orm";
import type { SourceFilter } from "@/contract/imports";
import type { SessionSource } from "@/contract/values";
import { raceResults, trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { keyset } from "@/server/domain/keyset/keyset";
import { getRunnerSettings } from "./runner-settings";
import { sessionColumns, withRace } from "./session-view";

/** What each filter of the log means: typed in (or from a check-in), one file at a time, or a whole archive. */
export const SOURCES_OF: Record<SourceFilter, SessionSource[]> = { manual: ["manual", "checkin"], file: ["gpx", "tcx", "fit"], archive: ["archive"] };

const sessionPages = keyset("desc", { date: { on: trainingSessions.date, type: "date" }, id: { on: trainingSessions.id, type: "uuid" } });

/** The caller's log, newest first, a page at a time (keyset on date, id). Two queries whatever the page size;
 * a source filter walks the (user, source, date, id) index. */
export async function listSessions(db: DbOrTx, userId: string, opts: { cursor?: string | null; limit: number; source?: SourceFilter }) {
  const after = sessionPages.after(opts.cursor);
  const [rows, { distanceUnit }] = await Promise.all([
    db
      .select(sessionColumns)
      .from(trainingSessions)
      .leftJoin(raceResults, eq(raceResults.sessionId, trainingSessions.id))
      .where(and(eq(trainingSessions.userId, userId), opts.source ? inArray(trainingSessions.source, SOURCES_OF[opts.source]) : undefined, after))
      .orderBy(desc(trainingSessions.date), desc(trainingSessions.id))
      .limit(opts.limit + 1),
    getRunnerSettings(db, userId),
  ]);
  const { items, nextCursor } = sessionPages.page(rows, opts.limit, (r) => ({ date: r.date, id: r.id }));
  return { items: items.map(withRace), unit: distanceUnit, nextCursor };
}
