import type { ImportTrackInput } from "@/contract/training";
import type { DbOrTx } from "@/db/client";
import { AppError } from "@/server/errors";
import { parseActivity } from "@/server/domain/imports/parse-activity";
import { saveActivity } from "@/server/domain/imports/save-activity";
import { getRunnerSettings } from "./runner-settings";

const bytesOf = (input: ImportTrackInput): Uint8Array =>
  input.encoding === "base64" ? new Uint8Array(Buffer.from(input.content, "base64")) : new TextEncoder().encode(input.content);

/**
 * Reads one GPX, TCX or FIT export and logs it as a session on the day it started, in the runner's time zone, with
 * its run data (moving time, heart rate, climb, splits). A run the runner already imported, in any format, is
 * refused, naming the session it matches.
 */
export async function importTrack(db: DbOrTx, userId: string, input: ImportTrackInput, now = new Date()) {
  const settings = await getRunnerSettings(db, userId);
  const activity = await parseActivity({ name: input.fileName, bytes: bytesOf(input) }, { unit: settings.distanceUnit, now });
  const saved = await db.transaction((tx) =>
    saveActivity(tx, {
      userId,
      settings,
      activity,
      source: activity.format,
      type: input.type,
      rpe: input.rpe,
      notes: `Imported from ${input.fileName.slice(0, 120)}`,
      now,
    }),
  );
  if (saved.outcome === "duplicate") throw AppError.field("file", saved.message, "CONFLICT");
  return {
    id: saved.sessionId,
    date: saved.date,
    durationMin: Math.max(1, Math.round(activity.durationSec / 60)),
    distanceM: activity.distanceM,
    unit: settings.distanceUnit,
    points: activity.points,
  };
}
