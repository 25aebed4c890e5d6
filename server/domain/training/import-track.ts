import { sql } from "drizzle-orm";
import type { ImportTrackInput } from "@/contract/training";
import { trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { todayIn } from "@/server/domain/days";
import { findSameRun, sameRunError } from "./duplicate-session";
import { getRunnerSettings } from "./runner-settings";
import { checkSessionFacts, sessionLoad } from "./session-rules";
import { parseTrackFile } from "./track-file";

/**
 * Reads a GPX/TCX export and logs it as a session on the day it started, in the runner's time zone. A track the
 * runner already imported (in either format) is refused, naming the session it matches.
 */
export async function importTrack(db: DbOrTx, userId: string, input: ImportTrackInput, now = new Date()) {
  const track = parseTrackFile(input.content, input.fileName);
  const settings = await getRunnerSettings(db, userId);
  const date = todayIn(settings.timeZone, track.startedAt);
  const durationMin = Math.max(1, Math.round(track.durationSec / 60));
  try {
    checkSessionFacts({ date, distanceM: track.distanceM, durationMin }, todayIn(settings.timeZone, now));
  } catch (err) {
    // The numbers came from the file, so the file is what the runner must fix.
    if (err instanceof AppError) throw AppError.field("file", `From this file: ${err.message}`);
    throw err;
  }
  return db.transaction(async (tx) => {
    // One import at a time per runner, so two copies sent together can't both miss each other.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`track-import:${userId}`}, 0))`);
    const same = await findSameRun(tx, userId, track);
    if (same) throw sameRunError(same, settings);
    const [row] = await tx
      .insert(trainingSessions)
      .values({
        userId,
        date,
        type: input.type,
        durationMin,
        distanceM: track.distanceM,
        rpe: input.rpe,
        load: sessionLoad(input.rpe, durationMin),
        notes: `Imported from ${input.fileName.slice(0, 120)}`,
        source: track.format,
        startedAt: track.startedAt,
      })
      .returning({ id: trainingSessions.id });
    return { id: row!.id, date, durationMin, distanceM: track.distanceM, unit: settings.distanceUnit, points: track.points };
  });
}
