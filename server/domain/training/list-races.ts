import { and, desc, eq, lt, or } from "drizzle-orm";
import { raceResults, trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { encodeDateCursor, parseDateCursor } from "./cursor";
import { POST_RACE_ADVICE, type PostRaceTemplateKey } from "./post-race";
import { getRunnerSettings } from "./runner-settings";

/** The caller's race results, newest first, keyset-paginated, each with its proposed recovery. */
export async function listRaces(db: DbOrTx, userId: string, opts: { cursor?: string | null; limit: number }) {
  const after = opts.cursor ? parseDateCursor(opts.cursor) : null;
  const rows = await db
    .select({
      id: raceResults.id,
      sessionId: raceResults.sessionId,
      date: raceResults.date,
      distance: raceResults.distance,
      name: raceResults.name,
      timeSec: raceResults.timeSec,
      recoveryTemplateKey: raceResults.recoveryTemplateKey,
      coachesNotified: raceResults.coachesNotified,
      distanceM: trainingSessions.distanceM,
    })
    .from(raceResults)
    .innerJoin(trainingSessions, eq(trainingSessions.id, raceResults.sessionId))
    .where(
      and(
        eq(raceResults.userId, userId),
        after ? or(lt(raceResults.date, after.date), and(eq(raceResults.date, after.date), lt(raceResults.id, after.id))) : undefined,
      ),
    )
    .orderBy(desc(raceResults.date), desc(raceResults.id))
    .limit(opts.limit + 1);
  const page = rows.slice(0, opts.limit).map((r) => ({
    ...r,
    recovery: POST_RACE_ADVICE[r.recoveryTemplateKey as PostRaceTemplateKey] ?? null,
  }));
  const last = page[page.length - 1];
  const { distanceUnit } = await getRunnerSettings(db, userId);
  return { items: page, unit: distanceUnit, nextCursor: rows.length > opts.limit && last ? encodeDateCursor(last) : null };
}
