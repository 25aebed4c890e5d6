import { and, eq, isNull, sql } from "drizzle-orm";
import type { ImportReadingsInput } from "@/contract/imports";
import type { DbOrTx } from "@/db/client";
import { checkins, dailyReadings, importBatches, type ImportFileResult } from "@/db/schema";
import { AppError } from "@/server/errors";
import { todayIn } from "@/server/domain/days";
import { getRunnerSettings } from "@/server/domain/training/runner-settings";
import { CHECKIN_FILLED, readReadings } from "./readings-csv";

/** Rows per insert statement: well under PostgreSQL's 65,535 parameters, few round trips for ten years of days. */
const CHUNK = 1000;
/** The batch lists this many unreadable rows; the count covers the rest. */
const LISTED_PROBLEMS = 200;

/**
 * Fills the runner's daily readings from a CSV (one row per day, the newest import owning a day), and copies a
 * day's resting heart rate onto a check-in the runner already made that day when it has none. It never creates a
 * check-in: a reading is the watch's, a check-in is the runner's. All of it in one transaction.
 */
export async function importReadings(db: DbOrTx, userId: string, input: ImportReadingsInput, now = new Date()) {
  const settings = await getRunnerSettings(db, userId);
  const { readings, problems, rowCount } = readReadings(input.content, input.mapping, todayIn(settings.timeZone, now));
  if (readings.length === 0) {
    throw AppError.field("content", problems[0]?.reason ?? "No row has a reading in the columns you chose. Check the mapping.");
  }
  return db.transaction(async (tx) => {
    const [batch] = await tx
      .insert(importBatches)
      .values({ userId, kind: "readings", fileName: input.fileName.slice(0, 255), status: "running", totalFiles: rowCount })
      .returning({ id: importBatches.id });
    const batchId = batch!.id;
    for (let i = 0; i < readings.length; i += CHUNK) {
      await tx
        .insert(dailyReadings)
        .values(readings.slice(i, i + CHUNK).map((r) => ({ userId, ...r, importBatchId: batchId })))
        .onConflictDoUpdate({
          target: [dailyReadings.userId, dailyReadings.date],
          set: {
            restingHr: sql`coalesce(excluded.resting_hr, ${dailyReadings.restingHr})`,
            hrvRmssd: sql`coalesce(excluded.hrv_rmssd, ${dailyReadings.hrvRmssd})`,
            importBatchId: sql`excluded.import_batch_id`,
          },
        });
    }
    const filled = await tx
      .update(checkins)
      .set({ restingHr: sql`r.resting_hr` })
      .from(sql`${dailyReadings} r`)
      .where(
        and(
          eq(checkins.userId, userId),
          isNull(checkins.restingHr),
          sql`r.user_id = ${userId} and r.import_batch_id = ${batchId} and r.date = ${checkins.date} and r.resting_hr is not null`,
        ),
      )
      .returning({ date: checkins.date });
    const results: ImportFileResult[] = [
      ...filled.map((c) => ({ file: c.date, outcome: "imported" as const, reason: CHECKIN_FILLED })),
      ...problems.slice(0, LISTED_PROBLEMS).map((p) => ({ file: `row ${p.row}`, outcome: "failed" as const, reason: p.reason })),
    ];
    await tx
      .update(importBatches)
      .set({ status: "done", importedCount: readings.length, failedCount: problems.length, results, finishedAt: now })
      .where(eq(importBatches.id, batchId));
    return { id: batchId, days: readings.length, checkinsFilled: filled.length, problems: problems.length };
  });
}
