import { describe, expect, it } from "vitest";
import { addDays } from "@/server/domain/days";
import {
  elevatedRestingHr, RESTING_HR_BASELINE_DAYS, RESTING_HR_ELEVATED_BY, RESTING_HR_MIN_READINGS, restingHrBaseline,
} from "./resting-hr";

const DAY = "2026-03-18";
/** Readings of `bpm` on the `n` days before DAY, starting `from` days back. */
const readings = (n: number, bpm = 54, from = 1) => Array.from({ length: n }, (_, i) => ({ date: addDays(DAY, -(from + i)), bpm }));

describe("resting heart rate baseline", () => {
  it("uses the agreed numbers", () => {
    expect({ RESTING_HR_BASELINE_DAYS, RESTING_HR_MIN_READINGS, RESTING_HR_ELEVATED_BY }).toEqual({
      RESTING_HR_BASELINE_DAYS: 28, RESTING_HR_MIN_READINGS: 7, RESTING_HR_ELEVATED_BY: 7,
    });
  });

  it.each([
    [RESTING_HR_MIN_READINGS - 1, null],
    [RESTING_HR_MIN_READINGS, 54],
  ])("%i readings -> baseline %s", (n, baseline) => {
    expect(restingHrBaseline(readings(n), DAY)).toEqual({ baseline, readings: n });
  });

  it("counts the 28 days before the day, not the day itself nor day 29", () => {
    const six = readings(RESTING_HR_MIN_READINGS - 1);
    expect(restingHrBaseline([...six, { date: addDays(DAY, -RESTING_HR_BASELINE_DAYS), bpm: 54 }], DAY).baseline).toBe(54);
    expect(restingHrBaseline([...six, { date: addDays(DAY, -(RESTING_HR_BASELINE_DAYS + 1)), bpm: 54 }], DAY).baseline).toBeNull();
    expect(restingHrBaseline([...six, { date: DAY, bpm: 54 }], DAY).baseline).toBeNull();
  });

  it("is the median, so one feverish morning doesn't move it", () => {
    expect(restingHrBaseline([...readings(6, 50), { date: addDays(DAY, -20), bpm: 90 }, ...readings(2, 60, 10)], DAY).baseline).toBe(50);
    expect(restingHrBaseline([...readings(4, 50), ...readings(4, 53, 5)], DAY).baseline).toBe(52); // 51.5 rounds up
  });
});

describe("elevated resting heart rate", () => {
  const base = readings(10, 54);
  it.each([
    [54 + RESTING_HR_ELEVATED_BY - 1, null],
    [54 + RESTING_HR_ELEVATED_BY, `resting heart rate 61, 7 above your usual 54`],
    [62, "resting heart rate 62, 8 above your usual 54"],
  ])("%i bpm this morning -> %s", (bpm, reason) => {
    expect(elevatedRestingHr(bpm, base, DAY)).toBe(reason);
  });

  it("says nothing without a reading today or without a baseline", () => {
    expect(elevatedRestingHr(null, base, DAY)).toBeNull();
    expect(elevatedRestingHr(70, readings(RESTING_HR_MIN_READINGS - 1), DAY)).toBeNull();
  });
});
