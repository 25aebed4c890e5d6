import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkins, dailyReadings, importBatches, trainingSessions } from "@/db/schema";
import { CHECKIN_FILLED } from "@/server/domain/imports/readings-csv";
import { chunksOf, fitOf, gpxOf, zipOf } from "@/server/domain/imports/testing/activity-files";
import { addDays, todayIn } from "@/server/domain/days";
import { checkinInput } from "@/server/test/checkin-fixtures";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

const day = (n: number) => addDays(todayIn("UTC"), -n);
const run = (n: number) => ({ start: new Date(`${day(n)}T07:00:00Z`), minutes: 15 });

async function importZip(user: { id: string }, runs: number[]) {
  const api = callerFor(t.db, user);
  const zip = await zipOf(runs.map((n, i) => ({ name: `activities/${n}.${i % 2 ? "gpx" : "fit"}`, content: i % 2 ? gpxOf(run(n)) : fitOf(run(n)) })));
  const { id } = await api.imports.startArchive({ fileName: "export.zip", sizeBytes: zip.length });
  return api.imports.uploadArchive({ id, archive: chunksOf(zip) });
}

const sessionsOf = (userId: string) => t.db.select().from(trainingSessions).where(eq(trainingSessions.userId, userId));

describe("import batches", () => {
  it("lists the runner's own batches, newest first, a page at a time", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const first = await importZip(me, [3]);
    const second = await importZip(me, [5]);
    const api = callerFor(t.db, me);
    const page1 = await api.imports.list({ limit: 1 });
    expect(page1.items.map((b) => b.id)).toEqual([second.id]);
    const page2 = await api.imports.list({ limit: 1, cursor: page1.nextCursor });
    expect(page2.items.map((b) => b.id)).toEqual([first.id]);
    expect(page2.nextCursor).toBeNull();
  });

  it("deleting a batch removes exactly the sessions it created; logged and other imported sessions stay", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const api = callerFor(t.db, me);
    const logged = await api.training.log({ date: day(1), type: "easy", durationMin: 30, distance: 5, rpe: 3, notes: "" });
    const keep = await importZip(me, [10, 12]);
    const gone = await importZip(me, [3, 5, 7]);
    expect(await sessionsOf(me.id)).toHaveLength(6);
    await api.imports.delete({ id: gone.id });
    const left = await sessionsOf(me.id);
    expect(left.map((s) => s.id)).toContain(logged.id);
    expect(left.filter((s) => s.importBatchId === keep.id)).toHaveLength(2);
    expect(left).toHaveLength(3);
    await expectTRPCError(api.imports.summary({ id: gone.id }), "NOT_FOUND");
  });

  it("another runner can't see, poll, upload into or delete my batch, and it stays whole", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const other = await makeUser(t.db);
    const batch = await importZip(me, [2, 4]);
    const them = callerFor(t.db, other);
    await expectTRPCError(them.imports.summary({ id: batch.id }), "NOT_FOUND");
    await expectTRPCError(them.imports.progress({ id: batch.id }), "NOT_FOUND");
    await expectTRPCError(them.imports.delete({ id: batch.id }), "NOT_FOUND");
    await expectTRPCError(them.imports.uploadArchive({ id: batch.id, archive: chunksOf(new Uint8Array(10)) }), "NOT_FOUND");
    expect((await them.imports.list({})).items).toEqual([]);
    await expectTRPCError(callerFor(t.db, null).imports.list({}), "UNAUTHORIZED");
    expect(await sessionsOf(me.id)).toHaveLength(2);
  });

  it("filters the training log by source: manual (with check-ins), file, archive", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const api = callerFor(t.db, me);
    await api.training.log({ date: day(1), type: "easy", durationMin: 30, distance: 5, rpe: 3, notes: "" });
    await importZip(me, [4]);
    await api.training.importTrack({ fileName: "one.gpx", content: gpxOf(run(6)), type: "easy", rpe: 3 });
    const sources = async (source?: "manual" | "file" | "archive") => (await api.training.list({ source })).items.map((s) => s.source);
    expect(await sources("manual")).toEqual(["manual"]);
    expect(await sources("file")).toEqual(["gpx"]);
    expect(await sources("archive")).toEqual(["archive"]);
    expect(await sources()).toHaveLength(3);
    await expectTRPCError(api.training.list({ source: "photos" as "file" }), "BAD_REQUEST", "source");
  });
});

const GARMIN = (days: number[]) => ["Date,Resting Heart Rate,HRV Status", ...days.map((n, i) => `${day(n)},${50 + i},${60 + i}`)].join("\n");

describe("resting heart rate and HRV from a CSV", () => {
  it.each([
    ["Garmin", "Date,Resting Heart Rate,Avg Overnight HRV\n2026-01-02,48,61", { date: "Date", restingHr: "Resting Heart Rate", hrv: "Avg Overnight HRV" }],
    ["Oura", "day,lowest_heart_rate,average_hrv,score\n2026-01-02,45,70,80", { date: "day", restingHr: "lowest_heart_rate", hrv: "average_hrv" }],
    ["Whoop", "Cycle start time,Recovery score %,Resting heart rate (bpm),Heart rate variability (ms)\n2026-01-02 22:10:00,60,52,55", { date: "Cycle start time", restingHr: "Resting heart rate (bpm)", hrv: "Heart rate variability (ms)" }],
    ["Apple Health", "Date,Resting Heart Rate (count/min),Heart Rate Variability (ms)\n02/01/2026,49,44", { date: "Date", restingHr: "Resting Heart Rate (count/min)", hrv: "Heart Rate Variability (ms)" }],
  ])("detects the columns of a %s export for the runner to check", async (_shape, csv, detected) => {
    const me = await makeUser(t.db);
    const preview = await callerFor(t.db, me).imports.previewReadings({ content: csv });
    expect(preview.detected).toEqual(detected);
    expect(preview.rowCount).toBe(1);
    expect(preview.sample[0]).toHaveLength(preview.columns.length);
  });

  it("fills daily readings, adds resting HR only to check-ins that lack one, and never invents a check-in", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const api = callerFor(t.db, me);
    await api.checkins.save(checkinInput({ date: day(2) }));
    await api.checkins.save(checkinInput({ date: day(3), restingHr: 58 }));
    const result = await api.imports.importReadings({
      fileName: "garmin.csv",
      content: GARMIN([1, 2, 3, 4]),
      mapping: { date: "Date", restingHr: "Resting Heart Rate", hrv: "HRV Status", dayOrder: "dmy" },
    });
    expect(result).toMatchObject({ days: 4, checkinsFilled: 1, problems: 0 });
    const readings = await t.db.select().from(dailyReadings).where(eq(dailyReadings.userId, me.id));
    expect(readings).toHaveLength(4);
    expect(readings.find((r) => r.date === day(1))).toMatchObject({ restingHr: 50, hrvRmssd: 60, importBatchId: result.id });
    const mine = await t.db.select().from(checkins).where(eq(checkins.userId, me.id));
    expect(mine).toHaveLength(2);
    expect(mine.find((c) => c.date === day(2))?.restingHr).toBe(51);
    expect(mine.find((c) => c.date === day(3))?.restingHr).toBe(58);
    const { batch } = await api.imports.summary({ id: result.id });
    expect(batch.results).toEqual([{ file: day(2), outcome: "imported", reason: CHECKIN_FILLED }]);

    // Deleting the batch takes its readings and the value it copied, and leaves the runner's own value alone.
    await api.imports.delete({ id: result.id });
    expect(await t.db.select().from(dailyReadings).where(eq(dailyReadings.userId, me.id))).toEqual([]);
    const after = await t.db.select().from(checkins).where(eq(checkins.userId, me.id));
    expect(after.find((c) => c.date === day(2))?.restingHr).toBeNull();
    expect(after.find((c) => c.date === day(3))?.restingHr).toBe(58);
  });

  it("reports rows it can't read (bad date, out of range, after today) instead of guessing, and keeps the rest", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const csv = ["Date,RHR", `${day(1)},50`, "yesterday,51", `${day(2)},400`, `${addDays(todayIn("UTC"), 2)},52`, `${day(3)},`].join("\n");
    const result = await callerFor(t.db, me).imports.importReadings({ fileName: "x.csv", content: csv, mapping: { date: "Date", restingHr: "RHR", hrv: null, dayOrder: "dmy" } });
    expect(result).toMatchObject({ days: 1, problems: 3 });
    const [batch] = await t.db.select().from(importBatches).where(eq(importBatches.id, result.id));
    expect(batch!.results.map((r) => r.reason)).toEqual([
      expect.stringContaining("isn't a date"), expect.stringContaining("25-220"), expect.stringContaining("after today"),
    ]);
  });

  it("refuses a mapping to a column the file doesn't have, or with no reading at all, and writes nothing", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const api = callerFor(t.db, me);
    const content = GARMIN([1]);
    await expectTRPCError(api.imports.importReadings({ fileName: "x.csv", content, mapping: { date: "When", restingHr: "Resting Heart Rate", hrv: null, dayOrder: "dmy" } }), "BAD_REQUEST", "mapping.date");
    await expectTRPCError(api.imports.importReadings({ fileName: "x.csv", content, mapping: { date: "Date", restingHr: null, hrv: null, dayOrder: "dmy" } }), "BAD_REQUEST", "mapping.restingHr");
    await expectTRPCError(api.imports.previewReadings({ content: "just one line" }), "BAD_REQUEST", "content");
    expect(await t.db.select().from(importBatches).where(eq(importBatches.userId, me.id))).toEqual([]);
  });

  it("reads slashed dates in the order the runner chose", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const content = "Date,Resting Heart Rate\n03/04/2026,50";
    const api = callerFor(t.db, me);
    expect((await api.imports.previewReadings({ content })).dayOrder).toBe("dmy");
    await api.imports.importReadings({ fileName: "a.csv", content, mapping: { date: "Date", restingHr: "Resting Heart Rate", hrv: null, dayOrder: "mdy" } });
    expect((await t.db.select().from(dailyReadings).where(eq(dailyReadings.userId, me.id)))[0]?.date).toBe("2026-03-04");
  });
});

describe("an import deleted while it runs", () => {
  it("stops with NOT_FOUND rather than an error, and leaves nothing behind", async () => {
    const me = await makeUser(t.db, { timeZone: "UTC" });
    const api = callerFor(t.db, me);
    const zip = await zipOf([{ name: "activities/a.fit", content: fitOf(run(2)) }, { name: "activities/b.gpx", content: gpxOf(run(3)) }]);
    const { id } = await api.imports.startArchive({ fileName: "export.zip", sizeBytes: zip.length });
    // The runner deletes it after the first chunk has arrived, before the archive is read.
    async function* slowBody() {
      yield zip.subarray(0, 100);
      await api.imports.delete({ id });
      yield zip.subarray(100);
    }
    await expectTRPCError(api.imports.uploadArchive({ id, archive: slowBody() }), "NOT_FOUND");
    expect(await sessionsOf(me.id)).toEqual([]);
  });
});
