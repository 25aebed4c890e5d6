import { and, desc, eq } from "drizzle-orm";
import { raceResults } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { keyset } from "@/server/domain/keyset/keyset";
import { POST_RACE_ADVICE, type PostRaceTemplateKey } from "./post-race";

const racePages = keyset("desc", { date: { on: raceResults.date, type: "date" }, id: { on: raceResults.id, type: "uuid" } });

/** The caller's race results, newest first, keyset-paginated, each with its proposed recovery. */
export async function listRaces(db: DbOrTx, userId: string, opts: { cursor?: string | null; limit: number }) {
  const after = racePages.after(opts.cursor);
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
  const { items, nextCursor } = racePages.page(rows, opts.limit, (r) => ({ date: r.date, id: r.id }));
  return { items: items.map((r) => ({ ...r, recovery: POST_RACE_ADVICE[r.recoveryTemplateKey as PostRaceTemplateKey] ?? null })), nextCursor };
}
