import { and, eq, gte, lte, max, min } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { trainingSessions } from "@/db/schema";
import { addDays, daysBetween, weekStart } from "@/server/domain/days";
import { getResetWeeks } from "@/server/domain/training/reset-weeks";
import { getRunnerSettings } from "@/server/domain/training/runner-settings";
import { fromMetres } from "@/server/domain/training/units";
import { summariseWeeks } from "@/server/domain/training/weekly-phases";
import { getOwnBatch } from "./batch-view";

/** The summary shows at most two years of weeks, the latest ones; the volume chart covers the recent twelve. */
export const SUMMARY_MAX_WEEKS = 104;

/**
 * One batch with its per-file results, and the weeks its sessions filled: each week's distance and phase judged on
 * the whole log (so an imported week next to logged ones gets the phase the chart shows), and how many sessions of
 * that week came from this batch. A fixed number of queries, however many files the batch held.
 */
export async function getImportSummary(db: DbOrTx, userId: string, batchId: string) {
  const batch = await getOwnBatch(db, userId, batchId);
  const mine = and(eq(trainingSessions.userId, userId), eq(trainingSessions.importBatchId, batchId));
  const [[span], settings] = await Promise.all([
    db.select({ first: min(trainingSessions.date), last: max(trainingSessions.date) }).from(trainingSessions).where(mine),
    getRunnerSettings(db, userId),
  ]);
  if (!span?.first || !span.last) return { batch, unit: settings.distanceUnit, weeks: [] };
  const lastWeek = weekStart(span.last);
  const weekCount = Math.min(SUMMARY_MAX_WEEKS, daysBetween(weekStart(span.first), lastWeek) / 7 + 1);
  const from = addDays(lastWeek, -7 * weekCount);
  const to = addDays(lastWeek, 6);
  const [sessions, resetWeeks] = await Promise.all([
    db
      .select({ date: trainingSessions.date, distanceM: trainingSessions.distanceM, load: trainingSessions.load, batchId: trainingSessions.importBatchId })
      .from(trainingSessions)
      .where(and(eq(trainingSessions.userId, userId), gte(trainingSessions.date, from), lte(trainingSessions.date, to))),
    getResetWeeks(db, userId, from, to),
  ]);
  const fromBatch = new Map<string, number>();
  for (const s of sessions) if (s.batchId === batchId) fromBatch.set(weekStart(s.date), (fromBatch.get(weekStart(s.date)) ?? 0) + 1);
  // summariseWeeks ends at the week holding its "today": here the batch's last day, not the runner's today.
  const weeks = summariseWeeks(sessions, span.last, weekCount, resetWeeks)
    .map((w) => ({ weekStart: w.weekStart, distance: fromMetres(w.distanceM, settings.distanceUnit), sessions: w.sessions, phase: w.phase, downWeek: w.downWeek, imported: fromBatch.get(w.weekStart) ?? 0 }))
    .filter((w) => w.imported > 0);
  return { batch, unit: settings.distanceUnit, weeks };
}
