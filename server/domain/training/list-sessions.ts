import { and, desc, eq, lt, or } from "drizzle-orm";
import { raceResults, trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { encodeDateCursor, parseDateCursor } from "./cursor";
import { getRunnerSettings } from "./runner-settings";
import { sessionColumns } from "./session-view";

/** The caller's log, newest first, a page at a time (keyset on date, id). Two queries whatever the page size. */
export async function listSessions(db: DbOrTx, userId: string, opts: { cursor?: string | null; limit: number }) {
  const after = opts.cursor ? parseDateCursor(opts.cursor) : null;
  const rows = await db
    .select(sessionColumns)
    .from(trainingSessions)
    .leftJoin(raceResults, eq(raceResults.sessionId, trainingSessions.id))
    .where(
      and(
        eq(trainingSessions.userId, userId),
        after
          ? or(lt(trainingSessions.date, after.date), and(eq(trainingSessions.date, after.date), lt(trainingSessions.id, after.id)))
          : undefined,
      ),
    )
    .orderBy(desc(trainingSessions.date), desc(trainingSessions.id))
    .limit(opts.limit + 1);
  const page = rows.slice(0, opts.limit).map((r) => ({ ...r, race: r.race?.id ? r.race : null }));
  const last = page[page.length - 1];
  const { distanceUnit } = await getRunnerSettings(db, userId);
  return { items: page, unit: distanceUnit, nextCursor: rows.length > opts.limit && last ? encodeDateCursor(last) : null };
}
