import { describe, expect, it } from "vitest";
import { AppError } from "@/server/errors";
import { fiveK, toFit } from "@/server/test/fixtures-activity";
import { parseActivity } from "./parse-activity";

const START = new Date("2026-11-10T07:00:00Z");
const NOW = new Date("2026-12-01T12:00:00Z");

async function fileError(file: { name: string; bytes: Uint8Array }, now = NOW): Promise<string> {
  try {
    await parseActivity(file, { unit: "km", now });
  } catch (err) {
    expect(err).toBeInstanceOf(AppError);
    return (err as AppError).fieldErrors?.file?.[0] ?? "";
  }
  throw new Error("expected a file error");
}

describe("FIT files", () => {
  it("takes a watch's auto-laps at the runner's unit as the splits, timer time and climb included", async () => {
    const a = await parseActivity({ name: "a.fit", bytes: toFit(fiveK(), { start: START, lapEveryM: 1000 }) }, { unit: "km", now: NOW });
    expect(a.splits.map((s) => [s.distanceM, s.seconds])).toEqual([[1000, 300], [1000, 300], [1000, 300], [1000, 300], [1000, 300]]);
    expect(a.splits[2]!.elevationGainM).toBe(20);
    expect(a.elevationGainM).toBe(20);
    expect(a.movingSec).toBe(1500);
  });

  it("cuts splits from the records when the laps are not the runner's unit", async () => {
    const a = await parseActivity({ name: "a.fit", bytes: toFit(fiveK(), { start: START, lapEveryM: 1000 }) }, { unit: "mi", now: NOW });
    expect(a.splits).toHaveLength(4);
    expect(Math.abs(a.splits[0]!.distanceM - 1609)).toBeLessThanOrEqual(2);
  });

  it("falls back on the records when the file has no session summary", async () => {
    const a = await parseActivity({ name: "a.fit", bytes: toFit(fiveK(), { start: START, noSession: true }) }, { unit: "km", now: NOW });
    expect(a.startedAt.toISOString()).toBe(START.toISOString());
    expect(a.durationSec).toBe(1620);
    expect(a.movingSec).toBeGreaterThanOrEqual(1490);
    expect(a.movingSec).toBeLessThanOrEqual(1505);
    expect(a.distanceM).toBe(5000);
    expect(a.maxHr).toBe(156);
    expect(a.sport).toBeNull();
  });

  it("reads a FIT file by its header whatever it is called", async () => {
    expect((await parseActivity({ name: "export", bytes: toFit(fiveK(), { start: START }) }, { unit: "km", now: NOW })).format).toBe("fit");
  });

  const good = () => toFit(fiveK(), { start: START });
  it.each([
    ["a corrupt file (one byte flipped)", () => { const b = good(); b[200] = b[200]! ^ 0xff; return b; }, /damaged or incomplete/],
    ["a file cut off part-way", () => good().subarray(0, 900), /damaged or incomplete/],
    ["a .fit that isn't FIT at all", () => new TextEncoder().encode("not a watch file"), /damaged or incomplete/],
    ["an empty file", () => new Uint8Array(0), /empty/],
    ["a file with no records", () => toFit([{ sec: 0, distanceM: 0, hr: null, ele: null }], { start: START }), /no recorded points/],
    ["a course, not an activity", () => toFit(fiveK(), { start: START, fileType: "course" }), /course file, not a recorded activity/],
  ])("refuses %s with a clear file error", async (_label, make, message) => {
    expect(await fileError({ name: "run.fit", bytes: make() })).toMatch(message);
  });

  it("refuses a run recorded more than a year ahead (a watch clock gone wrong)", async () => {
    const ahead = new Date(NOW.getTime() + 400 * 86_400_000);
    expect(await fileError({ name: "a.fit", bytes: toFit(fiveK(), { start: ahead }) })).toMatch(/more than a year in the future/);
  });
});
