import { describe, expect, it } from "vitest";
import { addDays } from "@/server/domain/days";
import { MONOTONY_DAYS, MONOTONY_FLAG, monotonyStrain, STRAIN_FLAG } from "./monotony";

const DAY = "2026-03-18";
/** A week of daily loads, oldest first, ending on DAY. */
const week = (loads: number[]) => loads.map((load, i) => ({ date: addDays(DAY, i - (loads.length - 1)), load }));

describe("Foster's monotony and strain", () => {
  it("uses Foster's numbers", () => {
    expect({ MONOTONY_FLAG, STRAIN_FLAG, MONOTONY_DAYS }).toEqual({ MONOTONY_FLAG: 2, STRAIN_FLAG: 6000, MONOTONY_DAYS: 7 });
  });

  it("is mean daily load over its (sample) standard deviation, rest days as 0", () => {
    // Loads 300, 0, 300, 0, 300, 0, 0: mean 128.57, sd 160.36.
    const r = monotonyStrain(week([300, 0, 300, 0, 300, 0, 0]), DAY);
    expect(r).toEqual({ weeklyLoad: 900, monotony: 0.8, strain: 720, monotonyFlag: false, strainFlag: false });
  });

  it.each([
    ["monotony exactly 2.0 is not flagged", [24, 24, 24, 24, 24, 5, 5], 2, false],
    ["monotony 2.01 is flagged", [38, 38, 38, 38, 38, 8, 8], 2.01, true],
  ])("%s", (_l, loads, monotony, flag) => {
    const r = monotonyStrain(week(loads), DAY);
    expect(r.monotony).toBe(monotony);
    expect(r.monotonyFlag).toBe(flag);
    expect(r.monotony! > MONOTONY_FLAG).toBe(flag);
  });

  it.each([
    // Six equal days and one rest day: monotony 2.27, so strain = 6 x daily load x 2.27.
    ["strain just under the line", 440, 5993, false],
    ["strain just over the line", 441, 6006, true],
  ])("%s", (_l, daily, strain, flag) => {
    const r = monotonyStrain(week([daily, daily, daily, daily, daily, daily, 0]), DAY);
    expect(r.strain).toBe(strain);
    expect(r.strain).toBe(Math.round(r.weeklyLoad * r.monotony!));
    expect(r.strainFlag).toBe(flag);
    expect(strain > STRAIN_FLAG).toBe(flag);
  });

  it("counts only the 7 days ending the day, adding up sessions on the same day", () => {
    const r = monotonyStrain([...week([0, 0, 0, 0, 0, 0, 100]), { date: DAY, load: 100 }, { date: addDays(DAY, -7), load: 5000 }, { date: addDays(DAY, 1), load: 5000 }], DAY);
    expect(r.weeklyLoad).toBe(200);
  });

  it("has nothing to say about an empty week", () => {
    expect(monotonyStrain([], DAY)).toEqual({ weeklyLoad: 0, monotony: null, strain: null, monotonyFlag: false, strainFlag: false });
  });

  it("flags seven identical days as monotonous, without an infinite number", () => {
    expect(monotonyStrain(week([60, 60, 60, 60, 60, 60, 60]), DAY)).toMatchObject({ monotony: null, monotonyFlag: true });
  });
});
