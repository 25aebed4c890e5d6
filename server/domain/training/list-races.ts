import { and, desc, eq } from "drizzle-orm";
import { raceResults } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { afterDateCursor, encodeDateCursor } from "./cursor";
import { POST_RACE_ADVICE, type PostRaceTemplateKey } from "./post-race";

/** The caller's race results, newest first, keyset-paginated, each with its proposed recovery. */
export async function listRaces(db: DbOrTx, userId: string, opts: { cursor?: string | null; limit: number }) {
  const after = afterDateCursor(raceResults.date, raceResults.id, opts.cursor);
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
    })
    .from(raceResults)
    .where(and(eq(raceResults.userId, userId), after))
    .orderBy(desc(raceResults.date), desc(raceResults.id))
    .limit(opts.limit + 1);
  const page = rows.slice(0, opts.limit).map((r) => ({
    ...r,
    recovery: POST_RACE_ADVICE[r.recoveryTemplateKey as PostRaceTemplateKey] ?? null,
  }));
  const last = page[page.length - 1];
  return { items: page, nextCursor: rows.length > opts.limit && last ? encodeDateCursor(last) : null };
}
