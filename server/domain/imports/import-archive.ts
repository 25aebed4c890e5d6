import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { importBatches, type ImportFileResult } from "@/db/schema";
import { AppError } from "@/server/errors";
import { runOnce } from "@/server/domain/idempotency/run-once";
import { getRunnerSettings, type RunnerSettings } from "@/server/domain/training/runner-settings";
import { LIMIT_MESSAGES, MAX_UNPACKED_BYTES } from "./archive-limits";
import { planArchive, skipReason, type PlannedFile } from "./archive-plan";
import { getImportProgress } from "./batch-view";
import { parseActivity } from "./parse-activity";
import { EntryError, openArchive, spoolUpload, type Archive } from "./read-archive";
import { saveActivity } from "./save-activity";
import { activityKey, readActivitiesCsv, type ActivityNotes } from "./strava-activities-csv";

/** How often the batch's counters are written while files go in, for the page's progress bar. */
const PROGRESS_EVERY_FILES = 25;
const PROGRESS_EVERY_MS = 750;

type Counts = { importedCount: number; duplicateCount: number; failedCount: number };

async function readNotes(archive: Archive, csv: PlannedFile["entry"] | null): Promise<Map<string, ActivityNotes>> {
  if (!csv) return new Map();
  try {
    return readActivitiesCsv(await archive.readEntry(csv));
  } catch {
    // The runs matter more than their names: a damaged activities.csv only costs the titles.
    return new Map();
  }
}

/** One file, all or nothing in its own transaction; a problem becomes this file's reason and the import goes on. */
async function importOne(db: Db, ctx: { userId: string; batchId: string; settings: RunnerSettings; notes: Map<string, ActivityNotes>; archive: Archive; now?: Date }, file: PlannedFile): Promise<ImportFileResult> {
  if (!file.activity) return { file: file.name, outcome: "skipped", reason: skipReason(file.name) };
  try {
    const bytes = await ctx.archive.readEntry(file.entry);
    const activity = await parseActivity({ name: file.name.replace(/\.gz$/i, ""), bytes }, { unit: ctx.settings.distanceUnit, now: ctx.now });
    const meta = ctx.notes.get(activityKey(file.name));
    const saved = await db.transaction((tx) =>
      saveActivity(tx, {
        userId: ctx.userId, settings: ctx.settings, activity, source: "archive", importBatchId: ctx.batchId,
        type: activity.sport ?? meta?.type ?? undefined, rpe: meta?.rpe ?? null, title: meta?.title, notes: meta?.notes, now: ctx.now,
      }),
    );
    return saved.outcome === "imported"
      ? { file: file.name, outcome: "imported", sessionId: saved.sessionId }
      : { file: file.name, outcome: "duplicate", reason: saved.message, sessionId: saved.sameAsId };
  } catch (err) {
    if (err instanceof EntryError || err instanceof AppError) return { file: file.name, outcome: "failed", reason: err.message };
    throw err;
  }
}

function tally(counts: Counts, result: ImportFileResult) {
  if (result.outcome === "imported") counts.importedCount++;
  else if (result.outcome === "duplicate") counts.duplicateCount++;
  else counts.failedCount++;
}

/**
 * Streams an uploaded Strava or Garmin export into the batch opened by startArchiveImport: spooled to a temp file,
 * read entry by entry (never whole in memory), each activity in its own transaction, counters written as it goes.
 * The upload is claimed once per batch, so a retried or doubled upload gets the batch as it stands, not a second
 * import. A limit that refuses the whole archive fails the batch with the reason, and throws it on "file".
 */
export async function importArchive(db: Db, input: { userId: string; batchId: string; body: AsyncIterable<Uint8Array>; now?: Date }) {
  const { userId, batchId } = input;
  const batch = await getImportProgress(db, userId, batchId);
  if (batch.kind !== "archive") throw AppError.notFound("That import");
  const claim = await runOnce({ db, userId, key: batchId, scope: "imports.uploadArchive", input: { batchId } }, async () => true, () => true);
  if (claim.replayed || batch.status !== "running") return getImportProgress(db, userId, batchId);

  const where = and(eq(importBatches.id, batchId), eq(importBatches.userId, userId));
  const counts: Counts = { importedCount: 0, duplicateCount: 0, failedCount: 0 };
  const results: ImportFileResult[] = [];
  let archive: Archive | null = null;
  let spooled: Awaited<ReturnType<typeof spoolUpload>> | null = null;
  try {
    spooled = await spoolUpload(input.body);
    archive = await openArchive(spooled.path);
    const plan = planArchive(archive.entries);
    if (plan.files.length === 0) throw AppError.field("file", "That archive holds no FIT, GPX or TCX files. Upload the export that has your activities.");
    await db.update(importBatches).set({ totalFiles: plan.files.length }).where(where);
    const ctx = { userId, batchId, settings: await getRunnerSettings(db, userId), notes: await readNotes(archive, plan.activitiesCsv), archive, now: input.now };
    let unpacked = 0;
    let flushedAt = Date.now();
    for (const [i, file] of plan.files.entries()) {
      unpacked += file.entry.uncompressedSize;
      const result = unpacked > MAX_UNPACKED_BYTES
        ? { file: file.name, outcome: "failed" as const, reason: LIMIT_MESSAGES.unpackedTotal }
        : await importOne(db, ctx, file);
      results.push(result);
      tally(counts, result);
      if ((i + 1) % PROGRESS_EVERY_FILES === 0 || Date.now() - flushedAt > PROGRESS_EVERY_MS) {
        await db.update(importBatches).set({ ...counts }).where(where);
        flushedAt = Date.now();
      }
    }
    await db.update(importBatches).set({ ...counts, results, status: "done", finishedAt: new Date() }).where(where);
  } catch (err) {
    // Deleted while it ran: its sessions went with it, and the next insert found no batch to belong to.
    const [still] = await db.select({ id: importBatches.id }).from(importBatches).where(where);
    if (!still) throw AppError.notFound("That import");
    const reason = err instanceof AppError ? err.message : "The import stopped on our side. The files above were kept; delete this import to start again.";
    results.push({ file: batch.fileName, outcome: "failed", reason });
    await db.update(importBatches).set({ ...counts, results, status: "failed", finishedAt: new Date() }).where(where);
    throw err;
  } finally {
    archive?.close();
    await spooled?.remove();
  }
  return getImportProgress(db, userId, batchId);
}
