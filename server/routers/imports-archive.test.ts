import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { importBatches, trainingSessions } from "@/db/schema";
import { LIMIT_MESSAGES, MAX_ARCHIVE_ENTRIES } from "@/server/domain/imports/archive-limits";
import { spoolUpload } from "@/server/domain/imports/read-archive";
import {
  activitiesCsvOf, chunksOf, fitOf, gpxOf, gz, renameInZip, tcxOf, zipOf, type ArchiveFile,
} from "@/server/domain/imports/testing/activity-files";
import { addDays, todayIn } from "@/server/domain/days";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

/** 07:00 UTC n days before today (UTC), so every run is in the past whenever the suite runs. */
const daysAgo = (n: number) => new Date(`${addDays(todayIn("UTC"), -n)}T07:00:00Z`);
const run = (n: number, minutes = 20) => ({ start: daysAgo(n), minutes });

async function upload(user: { id: string }, files: ArchiveFile[] | Buffer, fileName = "export.zip") {
  const zip = Buffer.isBuffer(files) ? files : await zipOf(files);
  const api = callerFor(t.db, user);
  const { id } = await api.imports.startArchive({ fileName, sizeBytes: zip.length });
  return { id, zip, done: api.imports.uploadArchive({ id, archive: chunksOf(zip) }) };
}

const sessionsOf = (userId: string) => t.db.select().from(trainingSessions).where(eq(trainingSessions.userId, userId));

describe("importing a whole Strava archive", () => {
  it("imports every format, keeps names, descriptions and effort from activities.csv, and reports each file", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const csv = activitiesCsvOf([
      { id: "1", file: "activities/1.fit.gz", name: "Riverside tempo", description: "Felt strong", exertion: 7 },
      { id: "2", file: "activities/2.gpx.gz", name: "Recovery jog", exertion: 2 },
    ]);
    const { done } = await upload(me, [
      { name: "activities.csv", content: csv },
      { name: "activities/1.fit.gz", content: gz(fitOf(run(3))) },
      { name: "activities/2.gpx.gz", content: gz(gpxOf(run(5))) },
      { name: "activities/3.tcx.gz", content: gz(tcxOf(run(7))) },
      { name: "activities/4.gpx", content: gpxOf(run(9)) },
      { name: "activities/5.fit", content: fitOf(run(11)) },
      { name: "media/photo.jpg", content: "not ours to mention" },
    ]);
    const batch = await done;
    expect(batch).toMatchObject({ status: "done", totalFiles: 5, importedCount: 5, duplicateCount: 0, failedCount: 0 });
    const rows = await sessionsOf(me.id);
    expect(rows).toHaveLength(5);
    expect(rows.every((r) => r.source === "archive" && r.importBatchId === batch.id)).toBe(true);
    expect(rows.find((r) => r.date === addDays(todayIn("UTC"), -3))).toMatchObject({ title: "Riverside tempo", notes: "Felt strong", rpe: 7, load: 7 * 20 });
    expect(rows.find((r) => r.date === addDays(todayIn("UTC"), -5))).toMatchObject({ title: "Recovery jog", rpe: 2 });

    const summary = await callerFor(t.db, me).imports.summary({ id: batch.id });
    expect(summary.batch.results.map((r) => r.outcome)).toEqual(Array(5).fill("imported"));
    expect(summary.weeks.reduce((n, w) => n + w.imported, 0)).toBe(5);
    expect(summary.weeks.every((w) => ["build", "maintain", "reset"].includes(w.phase))).toBe(true);
  });

  it("reads a Garmin Connect export of FIT files in nested folders, with no activities.csv", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const { done } = await upload(me, [
      { name: "DI_CONNECT/DI-Connect-Fitness/UploadedFiles/run_a.fit", content: fitOf(run(2)) },
      { name: "DI_CONNECT/DI-Connect-Fitness/UploadedFiles/run_b.fit", content: fitOf(run(4)) },
      { name: "DI_CONNECT/DI-Connect-User/user-profile.json", content: "{}" },
    ]);
    expect(await done).toMatchObject({ status: "done", importedCount: 2 });
    expect(await sessionsOf(me.id)).toHaveLength(2);
  });

  it("fails a corrupt file, skips an unknown one and a duplicate, with reasons, and imports the rest", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const { done } = await upload(me, [
      { name: "activities/good.gpx.gz", content: gz(gpxOf(run(3))) },
      { name: "activities/copy.fit.gz", content: gz(fitOf(run(3))) },
      { name: "activities/broken.gpx", content: "<gpx><trk><trkseg><trkpt lat=" },
      { name: "activities/cut.fit.gz", content: gz(fitOf(run(6)).subarray(0, 400)) },
      { name: "activities/not-gzip.tcx.gz", content: "plain text pretending" },
      { name: "activities/route.kml", content: "<kml/>" },
      { name: "activities/late.tcx", content: tcxOf(run(8)) },
    ]);
    const batch = await done;
    expect(batch).toMatchObject({ status: "done", totalFiles: 7, importedCount: 2, duplicateCount: 1, failedCount: 4 });
    const { results } = (await callerFor(t.db, me).imports.summary({ id: batch.id })).batch;
    const by = Object.fromEntries(results.map((r) => [r.file.split("/")[1], r]));
    expect(by["copy.fit.gz"]).toMatchObject({ outcome: "duplicate", reason: expect.stringContaining("already in your log") });
    expect(by["broken.gpx"]).toMatchObject({ outcome: "failed", reason: expect.any(String) });
    expect(by["cut.fit.gz"]).toMatchObject({ outcome: "failed", reason: expect.stringContaining("damaged") });
    expect(by["not-gzip.tcx.gz"]).toMatchObject({ outcome: "failed", reason: expect.stringContaining("could not be unpacked") });
    expect(by["route.kml"]).toMatchObject({ outcome: "skipped", reason: expect.stringContaining("only FIT, GPX and TCX") });
    // A bad file added nothing: only the two good runs are in the log.
    expect((await sessionsOf(me.id)).map((r) => r.date).sort()).toEqual([addDays(todayIn("UTC"), -8), addDays(todayIn("UTC"), -3)]);
  });
});

describe("archive limits", () => {
  it("stops spooling an upload as soon as it passes the size limit", async () => {
    const zip = await zipOf([{ name: "a.gpx", content: gpxOf(run(2)), compress: false }]);
    await expect(spoolUpload(chunksOf(zip, 1024), 10_000)).rejects.toMatchObject({ message: LIMIT_MESSAGES.archiveSize });
  });

  it("refuses an archive over the size limit before uploading, at the file field", async () => {
    const me = await makeUser(t.db);
    await expectTRPCError(callerFor(t.db, me).imports.startArchive({ fileName: "huge.zip", sizeBytes: 2 * 1024 ** 3 }), "BAD_REQUEST", "sizeBytes");
  });

  it("refuses an archive with too many files, and imports nothing", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const files = Array.from({ length: MAX_ARCHIVE_ENTRIES + 1 }, (_, i) => ({ name: `x/${i}`, content: "", compress: false }));
    files[0] = { name: "activities/real.gpx", content: gpxOf(run(2)), compress: true };
    const { id, done } = await upload(me, files);
    const err = await expectTRPCError(done, "BAD_REQUEST", "file");
    expect(err.message).toBe(LIMIT_MESSAGES.entryCount);
    expect(await sessionsOf(me.id)).toHaveLength(0);
    expect((await callerFor(t.db, me).imports.progress({ id })).status).toBe("failed");
  });

  it("fails a zip-bomb entry while unpacking it, measured on the output, and goes on with the others", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const { done } = await upload(me, [
      { name: "activities/bomb.fit", content: new Uint8Array(40 * 1024 * 1024) },
      { name: "activities/fine.gpx", content: gpxOf(run(2)) },
    ]);
    const batch = await done;
    expect(batch).toMatchObject({ importedCount: 1, failedCount: 1 });
    const { results } = (await callerFor(t.db, me).imports.summary({ id: batch.id })).batch;
    expect(results.find((r) => r.file === "activities/bomb.fit")).toMatchObject({ outcome: "failed", reason: LIMIT_MESSAGES.ratio });
  });

  it.each([
    ["a parent-directory entry", "xx/evil.gpx", "../evil.gpx"],
    ["an absolute entry", "xetc/evil.gpx", "/etc/evil.gpx"],
  ])("refuses the whole archive for %s, naming it", async (_label, safe, hostile) => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const zip = await zipOf([
      { name: "activities/fine.gpx", content: gpxOf(run(2)) },
      { name: safe, content: gpxOf(run(4)) },
    ]);
    const { done } = await upload(me, renameInZip(zip, safe, hostile));
    const err = await expectTRPCError(done, "BAD_REQUEST", "file");
    expect(err.message).toBe(LIMIT_MESSAGES.traversal(hostile));
    expect(await sessionsOf(me.id)).toHaveLength(0);
  });

  it("refuses a file that isn't a zip", async () => {
    const me = await makeUser(t.db);
    const { done } = await upload(me, Buffer.from(gpxOf(run(2))));
    expect((await expectTRPCError(done, "BAD_REQUEST", "file")).message).toBe(LIMIT_MESSAGES.notZip);
  });

  it("refuses a name that isn't a zip, at the fileName field", async () => {
    const me = await makeUser(t.db);
    await expectTRPCError(callerFor(t.db, me).imports.startArchive({ fileName: "run.gpx", sizeBytes: 10 }), "BAD_REQUEST", "fileName");
  });
});

describe("every archive import happens once", () => {
  it("opens one batch for a doubled start, and a retried upload imports nothing twice", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const api = callerFor(t.db, me);
    const zip = await zipOf([{ name: "activities/a.fit", content: fitOf(run(2)) }, { name: "activities/b.gpx", content: gpxOf(run(3)) }]);
    const key = crypto.randomUUID();
    const first = await api.imports.startArchive({ fileName: "export.zip", sizeBytes: zip.length, idempotencyKey: key });
    const again = await api.imports.startArchive({ fileName: "export.zip", sizeBytes: zip.length, idempotencyKey: key });
    expect(again.id).toBe(first.id);
    const [a, b] = await Promise.all([
      api.imports.uploadArchive({ id: first.id, archive: chunksOf(zip) }),
      api.imports.uploadArchive({ id: first.id, archive: chunksOf(zip) }),
    ]);
    const retried = await api.imports.uploadArchive({ id: first.id, archive: chunksOf(zip) });
    expect(await sessionsOf(me.id)).toHaveLength(2);
    expect([a.importedCount, b.importedCount].sort()).toEqual(expect.arrayContaining([2]));
    expect(retried).toMatchObject({ status: "done", importedCount: 2 });
    expect(await t.db.select().from(importBatches).where(eq(importBatches.userId, me.id))).toHaveLength(1);
  });

  it("skips every file of the same archive uploaded again as a new import, as duplicates", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const files = [{ name: "activities/a.fit", content: fitOf(run(2)) }, { name: "activities/b.gpx.gz", content: gz(gpxOf(run(3))) }];
    await (await upload(me, files)).done;
    expect(await (await upload(me, files)).done).toMatchObject({ importedCount: 0, duplicateCount: 2 });
    expect(await sessionsOf(me.id)).toHaveLength(2);
  });
});
