import { describe, expect, it } from "vitest";
import { bytes, fiveK, toFit, toGpx, toTcx, type Sample } from "@/server/test/fixtures-activity";
import { parseActivity } from "./parse-activity";
import { ELEVATION_HYSTERESIS_M } from "./track-summary";

// Fixed instants, so the tests hold on any day: the run is in the past of NOW whatever the machine's clock.
const START = new Date("2026-11-10T07:00:00Z");
const NOW = new Date("2026-12-01T12:00:00Z");
const mean = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) / xs.length);
const hrs = (s: Sample[]) => s.map((x) => x.hr!).filter((x) => x !== null);

const files = (samples: Sample[]) => [
  { name: "run.gpx", bytes: bytes(toGpx(samples, { start: START, type: "running" })) },
  { name: "run.tcx", bytes: bytes(toTcx(samples, { start: START })) },
  { name: "run.fit", bytes: toFit(samples, { start: START }) },
];

describe("run data from each format", () => {
  const samples = fiveK();

  it.each(files(samples).map((f) => [f.name, f] as const))("%s keeps start, moving time without the stop, heart rate and climb", async (_name, file) => {
    const a = await parseActivity(file, { unit: "km", now: NOW });
    expect(a.startedAt.toISOString()).toBe(START.toISOString());
    // 25 minutes running plus 2 minutes standing at the light.
    expect(a.durationSec).toBe(1620);
    expect(a.movingSec).toBeGreaterThanOrEqual(1495);
    expect(a.movingSec).toBeLessThanOrEqual(1505);
    expect(Math.abs(a.distanceM - 5000)).toBeLessThanOrEqual(5);
    expect(a.avgHr).toBe(mean(hrs(samples)));
    expect(a.maxHr).toBe(156);
    // The hill is 20 m; the GPS-noise threshold may leave the last few metres of it uncounted, never more.
    expect(a.elevationGainM).toBeGreaterThanOrEqual(20 - ELEVATION_HYSTERESIS_M);
    expect(a.elevationGainM).toBeLessThanOrEqual(20);
    expect(a.sport).toBe("easy");
  });

  it.each(files(samples).map((f) => [f.name, f] as const))("%s splits per km: five whole ones at 5:00, the light in the third", async (_name, file) => {
    const { splits } = await parseActivity(file, { unit: "km", now: NOW });
    expect(splits).toHaveLength(5);
    for (const s of splits) {
      expect(Math.abs(s.distanceM - 1000)).toBeLessThanOrEqual(2);
      // Split time is moving time: the two minutes at the light don't slow the third kilometre.
      expect(Math.abs(s.seconds - 300)).toBeLessThanOrEqual(5);
    }
    expect(splits[0]!.avgHr).toBeLessThan(splits[4]!.avgHr!);
    expect(splits[2]!.elevationGainM).toBeGreaterThanOrEqual(20 - ELEVATION_HYSTERESIS_M);
    expect(splits[0]!.elevationGainM).toBe(0);
  });

  it.each(files(samples).map((f) => [f.name, f] as const))("%s splits per mile: three whole ones and the partial rest", async (_name, file) => {
    const { splits } = await parseActivity(file, { unit: "mi", now: NOW });
    expect(splits).toHaveLength(4);
    for (const s of splits.slice(0, 3)) {
      expect(Math.abs(s.distanceM - 1609)).toBeLessThanOrEqual(2);
      expect(Math.abs(s.seconds - 482.8)).toBeLessThanOrEqual(5);
    }
    // 5000 m less three miles.
    expect(Math.abs(splits[3]!.distanceM - 172)).toBeLessThanOrEqual(3);
    expect(splits.reduce((sum, s) => sum + s.distanceM, 0)).toBeGreaterThan(4990);
  });

  it("a GPX paused into two segments leaves the gap out of moving time and distance", async () => {
    const before = samples.filter((s) => s.sec <= 600);
    const after = samples.filter((s) => s.sec >= 720);
    const a = await parseActivity({ name: "two.gpx", bytes: bytes(toGpx(samples, { start: START, segments: [before, after] })) }, { unit: "km", now: NOW });
    expect(a.durationSec).toBe(1620);
    expect(a.movingSec).toBeGreaterThanOrEqual(1495);
    expect(a.movingSec).toBeLessThanOrEqual(1500);
    expect(Math.abs(a.distanceM - 5000)).toBeLessThanOrEqual(5);
  });

  it("a TCX in auto-laps is one run: nothing is lost between one lap's last point and the next lap's first", async () => {
    const laps = [samples.filter((s) => s.distanceM < 2500), samples.filter((s) => s.distanceM >= 2500)];
    const a = await parseActivity({ name: "laps.tcx", bytes: bytes(toTcx(samples, { start: START, laps })) }, { unit: "km", now: NOW });
    expect(Math.abs(a.distanceM - 5000)).toBeLessThanOrEqual(5);
    expect(a.movingSec).toBeGreaterThanOrEqual(1495);
    expect(a.splits).toHaveLength(5);
  });

  it("a treadmill TCX (no positions) is measured by the watch's own distance", async () => {
    const a = await parseActivity({ name: "treadmill.tcx", bytes: bytes(toTcx(samples, { start: START, treadmill: true })) }, { unit: "km", now: NOW });
    expect(Math.abs(a.distanceM - 5000)).toBeLessThanOrEqual(1);
    expect(a.movingSec).toBeGreaterThanOrEqual(1495);
    expect(a.splits).toHaveLength(5);
  });

  it("a TCX's own distance wins over the map's (a watch smooths GPS wobble out)", async () => {
    // The positions say 5 km; the watch's DistanceMeters say 4.8 km.
    const shorter = toTcx(samples, { start: START }).replace(/<DistanceMeters>([\d.]+)<\/DistanceMeters>/g, (_m, d: string) => `<DistanceMeters>${(Number(d) * 0.96).toFixed(1)}</DistanceMeters>`);
    const a = await parseActivity({ name: "r.tcx", bytes: bytes(shorter) }, { unit: "km", now: NOW });
    expect(Math.abs(a.distanceM - 4800)).toBeLessThanOrEqual(1);
  });

  it("a track without heart rate or altitude has none, rather than zeros", async () => {
    const bare = fiveK({ hr: () => null, ele: () => null });
    for (const file of files(bare)) {
      const a = await parseActivity(file, { unit: "km", now: NOW });
      expect([a.avgHr, a.maxHr, a.elevationGainM]).toEqual([null, null, null]);
      expect(a.splits[0]).toMatchObject({ avgHr: null, elevationGainM: null });
    }
  });

  it("GPS noise on the flat adds no climb", async () => {
    const flat = fiveK({ ele: (d) => 10 + (Math.round(d / 17) % 2 === 0 ? 2 : -2) });
    const a = await parseActivity({ name: "flat.gpx", bytes: bytes(toGpx(flat, { start: START })) }, { unit: "km", now: NOW });
    expect(a.elevationGainM).toBe(0);
  });

  it("a 20 m tail after the last whole km joins that split instead of standing alone", async () => {
    const a = await parseActivity({ name: "r.gpx", bytes: bytes(toGpx(fiveK({ distanceM: 3020, pause: undefined }), { start: START })) }, { unit: "km", now: NOW });
    expect(a.splits).toHaveLength(3);
    expect(Math.abs(a.splits[2]!.distanceM - 1020)).toBeLessThanOrEqual(2);
  });
});

describe("sport to session type", () => {
  const short = fiveK({ pause: undefined });
  // 20 km at 5:00/km: 100 minutes, past the 90 that make a run long.
  const long = fiveK({ distanceM: 20_000, pause: undefined, everySec: 30 });

  it.each([
    ["GPX running", { name: "a.gpx", bytes: bytes(toGpx(short, { start: START, type: "running" })) }, "easy"],
    ["GPX trail running, 100 min", { name: "a.gpx", bytes: bytes(toGpx(long, { start: START, type: "trail_running" })) }, "long"],
    ["GPX hiking", { name: "a.gpx", bytes: bytes(toGpx(short, { start: START, type: "hiking" })) }, "walk"],
    ["GPX without a type", { name: "a.gpx", bytes: bytes(toGpx(short, { start: START })) }, null],
    ["TCX Biking", { name: "a.tcx", bytes: bytes(toTcx(short, { start: START, sport: "Biking" })) }, "cross_training"],
    ["TCX Other", { name: "a.tcx", bytes: bytes(toTcx(short, { start: START, sport: "Other" })) }, null],
    ["FIT running", { name: "a.fit", bytes: toFit(short, { start: START, sport: "running" }) }, "easy"],
    ["FIT running, 100 min", { name: "a.fit", bytes: toFit(long, { start: START, sport: "running", subSport: "street" }) }, "long"],
    ["FIT trail run", { name: "a.fit", bytes: toFit(short, { start: START, sport: "running", subSport: "trail" }) }, "easy"],
    ["FIT trail run, 100 min", { name: "a.fit", bytes: toFit(long, { start: START, sport: "running", subSport: "trail" }) }, "long"],
    ["FIT walk", { name: "a.fit", bytes: toFit(short, { start: START, sport: "walking" }) }, "walk"],
    ["FIT bike", { name: "a.fit", bytes: toFit(short, { start: START, sport: "cycling" }) }, "cross_training"],
    ["FIT swim", { name: "a.fit", bytes: toFit(short, { start: START, sport: "swimming", subSport: "lapSwimming" }) }, "cross_training"],
    ["FIT strength", { name: "a.fit", bytes: toFit(short, { start: START, sport: "training", subSport: "strengthTraining" }) }, "strength"],
  ] as const)("%s -> %s", async (_label, file, type) => {
    expect((await parseActivity(file, { unit: "km", now: NOW })).sport).toBe(type);
  });
});
