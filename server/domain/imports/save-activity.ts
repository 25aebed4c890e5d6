import { sql } from "drizzle-orm";
import type { SessionSource, SessionType } from "@/contract/values";
import { trainingSessions } from "@/db/schema";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { todayIn } from "@/server/domain/days";
import { findSameRun, sameRunError } from "@/server/domain/training/duplicate-session";
import type { RunnerSettings } from "@/server/domain/training/runner-settings";
import { checkSessionFacts, sessionLoad } from "@/server/domain/training/session-rules";
import type { ParsedActivity } from "./parsed-activity";
import { fileError } from "./track-checks";

/** A file whose sport is unknown (most GPX exports don't say) is most likely a run: an easy one, until the runner says. */
export const UNKNOWN_SPORT_TYPE: SessionType = "easy";

export type SaveActivityInput = {
  userId: string;
  settings: RunnerSettings;
  activity: ParsedActivity;
  source: SessionSource;
  importBatchId?: string | null;
  /** The runner's choice; the file's sport when absent. */
  type?: SessionType;
  rpe?: number | null;
  title?: string;
  notes?: string;
  now?: Date;
};

export type SaveActivityResult =
  | { outcome: "imported"; sessionId: string; date: string }
  | { outcome: "duplicate"; sameAsId: string; message: string };

/**
 * Logs one parsed activity as a session on the day it started in the runner's zone, with every run-data column.
 * Runs inside the caller's transaction. A copy of a run already in the log (in any format, see findSameRun) is not
 * written: the answer names it instead, so an archive can count it as skipped and a single import can refuse it.
 * A file whose figures break the session rules (a day in the future, over 48 hours) throws on "file".
 */
export async function saveActivity(tx: DbOrTx, input: SaveActivityInput): Promise<SaveActivityResult> {
  const { activity, settings, userId } = input;
  const date = todayIn(settings.timeZone, activity.startedAt);
  const durationMin = Math.max(1, Math.round(activity.durationSec / 60));
  try {
    checkSessionFacts({ date, distanceM: activity.distanceM, durationMin }, todayIn(settings.timeZone, input.now ?? new Date()));
  } catch (err) {
    // The numbers came from the file, so the file is what the runner must fix.
    if (err instanceof AppError) throw fileError(`From this file: ${err.message}`);
    throw err;
  }
  // One import at a time per runner, so two copies sent together can't both miss each other.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`track-import:${userId}`}, 0))`);
  const same = await findSameRun(tx, userId, activity);
  if (same) return { outcome: "duplicate", sameAsId: same.id, message: sameRunError(same, settings).message };
  const rpe = input.rpe ?? null;
  const [row] = await tx
    .insert(trainingSessions)
    .values({
      userId,
      date,
      type: input.type ?? activity.sport ?? UNKNOWN_SPORT_TYPE,
      durationMin,
      distanceM: activity.distanceM,
      rpe,
      load: sessionLoad(rpe, durationMin),
      notes: (input.notes ?? "").slice(0, 2000),
      title: (input.title ?? "").slice(0, 200),
      source: input.source,
      startedAt: activity.startedAt,
      movingSec: activity.movingSec,
      avgHr: activity.avgHr,
      maxHr: activity.maxHr,
      elevationGainM: activity.elevationGainM,
      splits: activity.splits,
      importBatchId: input.importBatchId ?? null,
    })
    .returning({ id: trainingSessions.id });
  return { outcome: "imported", sessionId: row!.id, date };
}
