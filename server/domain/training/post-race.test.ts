import { describe, expect, it } from "vitest";
import { classifyRaceDistance, POST_RACE_ADVICE, postRaceTemplateKey, RACE_METRES } from "./post-race";

describe("postRaceTemplateKey", () => {
  it.each([
    ["5k", "post-10k-5k"],
    ["10k", "post-10k-5k"],
    ["half", "post-half"],
    ["marathon", "post-marathon"],
    ["ultra", "post-marathon"],
  ] as const)("%s -> %s", (distance, key) => {
    expect(postRaceTemplateKey(distance)).toBe(key);
    expect(POST_RACE_ADVICE[key].summary.length).toBeGreaterThan(10);
  });
});

describe("classifyRaceDistance", () => {
  it.each([
    [1, "5k"],
    [5000, "5k"],
    [7500, "5k"], // boundary: 7.5 km is still a (long) 5K
    [7501, "10k"],
    [10000, "10k"],
    [15000, "10k"],
    [15001, "half"],
    [21097, "half"],
    [30000, "half"],
    [30001, "marathon"],
    [42195, "marathon"],
    [43500, "marathon"], // GPS drift on a marathon
    [43501, "ultra"],
    [100000, "ultra"],
  ] as const)("%i m -> %s", (metres, expected) => {
    expect(classifyRaceDistance(metres)).toBe(expected);
  });

  it("classifies every nominal race length as itself", () => {
    for (const [distance, metres] of Object.entries(RACE_METRES)) expect(classifyRaceDistance(metres)).toBe(distance);
  });
});
