import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { trainingSessions } from "@/db/schema";
import { todayIn } from "@/server/domain/days";
import { expectTRPCError } from "@/server/test/expect-error";
import { callerFor, makeUser } from "@/server/test/fixtures";
import { fiveK, toFit, toGpx, toTcx } from "@/server/test/fixtures-activity";
import { setupTestDb } from "@/server/test/test-db";

const t = setupTestDb();

// Three days before the real (or faked) now, at a fixed minute, so the run is always in the past and the day it
// falls on is computed, never assumed.
const START = new Date(Math.floor((Date.now() - 3 * 86_400_000) / 60_000) * 60_000);
const run = fiveK();
const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");
const as = {
  gpx: () => ({ fileName: "run.gpx", content: toGpx(run, { start: START, type: "running" }) }),
  tcx: () => ({ fileName: "run.tcx", content: toTcx(run, { start: START }) }),
  fit: () => ({ fileName: "run.fit", content: base64(toFit(run, { start: START, lapEveryM: 1000 })), encoding: "base64" as const }),
};

const rowsOf = (userId: string) => t.db.select().from(trainingSessions).where(eq(trainingSessions.userId, userId));

describe("importing run data from each format", () => {
  it.each(["gpx", "tcx", "fit"] as const)("%s: stores moving time, heart rate, climb and km splits, and the session page reads them", async (format) => {
    const me = await makeUser(t.db, { timeZone: "Europe/London", distanceUnit: "km" });
    const api = callerFor(t.db, me).training;
    const result = await api.importTrack({ ...as[format](), rpe: 3 });
    expect(result.date).toBe(todayIn("Europe/London", START));
    const [row] = await rowsOf(me.id);
    expect(row).toMatchObject({ source: format, durationMin: 27, startedAt: START, importBatchId: null });
    expect(row!.movingSec).toBeGreaterThanOrEqual(1495);
    expect(row!.movingSec).toBeLessThanOrEqual(1505);
    expect(row!.maxHr).toBe(156);
    expect(row!.avgHr).toBeGreaterThan(140);
    expect(row!.elevationGainM).toBeGreaterThanOrEqual(15);
    expect(row!.splits).toHaveLength(5);

    const page = await api.get({ id: result.id });
    expect(page).toMatchObject({ unit: "km", movingSec: row!.movingSec, avgHr: row!.avgHr, maxHr: 156, elevationGainM: row!.elevationGainM });
    expect(page.splits.map((s) => Math.round(s.distanceM / 10))).toEqual([100, 100, 100, 100, 100]);
    const list = await api.list({ limit: 10 });
    expect(list.items[0]).toMatchObject({ id: result.id, movingSec: row!.movingSec, distanceM: row!.distanceM });
  });

  it("cuts splits in miles for a runner who runs in miles", async () => {
    const me = await makeUser(t.db, { distanceUnit: "mi" });
    const { id } = await callerFor(t.db, me).training.importTrack({ ...as.fit(), rpe: null });
    const page = await callerFor(t.db, me).training.get({ id });
    expect(page.splits).toHaveLength(4);
    expect(Math.abs(page.splits[0]!.distanceM - 1609)).toBeLessThanOrEqual(2);
  });

  it("takes the session type from the file's sport when the runner leaves it out, and the runner's when given", async () => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me).training;
    const bike = base64(toFit(run, { start: START, sport: "cycling" }));
    await api.importTrack({ fileName: "ride.fit", content: bike, encoding: "base64", rpe: null });
    const walkStart = new Date(START.getTime() - 86_400_000);
    await api.importTrack({ fileName: "walk.gpx", content: toGpx(run, { start: walkStart, type: "hiking" }), type: "tempo", rpe: null });
    const types = (await rowsOf(me.id)).map((r) => r.type).sort();
    expect(types).toEqual(["cross_training", "tempo"]);
  });

  it.each([
    ["fit", "gpx"],
    ["gpx", "fit"],
    ["tcx", "fit"],
  ] as const)("refuses a %s copy of a run already imported from %s, naming it, and keeps one session", async (second, first) => {
    const me = await makeUser(t.db);
    const api = callerFor(t.db, me).training;
    await api.importTrack({ ...as[first](), rpe: null });
    const err = await expectTRPCError(api.importTrack({ ...as[second](), rpe: null }), "CONFLICT", "file");
    expect(err.message).toMatch(/already in your log.*Nothing was imported/);
    expect(await rowsOf(me.id)).toHaveLength(1);
  });
});

describe("bad files change nothing", () => {
  const corrupt = () => {
    const b = toFit(run, { start: START });
    b[300] = b[300]! ^ 0xff;
    return base64(b);
  };
  it.each([
    ["a corrupt FIT file", () => ({ fileName: "run.fit", content: corrupt(), encoding: "base64" as const }), "file", /damaged/],
    ["a FIT file with no records", () => ({ fileName: "run.fit", content: base64(toFit([{ sec: 0, distanceM: 0, hr: null, ele: null }], { start: START })), encoding: "base64" as const }), "file", /no recorded points/],
    ["content that isn't base64", () => ({ fileName: "run.fit", content: "%%%not base64%%%", encoding: "base64" as const }), "content", /didn't upload properly/],
    ["a FIT file over 5 MB", () => ({ fileName: "run.fit", content: "A".repeat(7_000_000), encoding: "base64" as const }), "content", /over 5 MB/],
    // The form always sends FIT as base64; a client that sends the bytes as text is stopped at the NUL bytes.
    ["a FIT file sent as text", () => ({ fileName: "run.fit", content: Buffer.from(toFit(run, { start: START })).toString("latin1") }), "content", /control character/],
  ])("%s: a field error, no session", async (_label, input, field, message) => {
    const me = await makeUser(t.db);
    const err = await expectTRPCError(callerFor(t.db, me).training.importTrack({ ...input(), rpe: null }), "BAD_REQUEST", field);
    expect(JSON.stringify(err.cause ?? err.message)).toMatch(message);
    expect(await rowsOf(me.id)).toHaveLength(0);
  });
});
