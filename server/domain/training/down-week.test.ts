import { describe, expect, it } from "vitest";
import { suggestDownWeek } from "./down-week";

describe("suggestDownWeek", () => {
  it.each([
    // [weeks, expected range or null]
    { weeks: [15, 18, 23], expected: { low: 16, high: 18 } }, // the coaching example: about 16-18
    { weeks: [10, 15, 18, 23], expected: { low: 16, high: 18 } }, // a longer build still triggers on the last three
    { weeks: [20, 25, 30], expected: { low: 21, high: 24 } },
    { weeks: [1, 2, 3], expected: { low: 2.1, high: 2.4 } }, // small weeks keep a decimal
    { weeks: [30, 35, 40.1], expected: { low: 28, high: 32 } },
    { weeks: [15, 18], expected: null }, // only two weeks known
    { weeks: [], expected: null },
    { weeks: [15, 15, 18], expected: null }, // a flat week is not building
    { weeks: [15, 18, 18], expected: null }, // equal is not a rise (boundary)
    { weeks: [18, 15, 23], expected: null }, // a dip in the middle
    { weeks: [0, 5, 8], expected: null }, // starting from nothing is a return, not a build
    { weeks: [15, 18, 23, 17], expected: null }, // already took the down week
    { weeks: [15, 18, 23, 17, 19, 21, 24], expected: { low: 17, high: 19 } }, // built three more after the down week
    { weeks: [15, 15.01, 15.02], expected: { low: 11, high: 12 } }, // any rise counts (boundary just above equal)
  ])("$weeks -> $expected", ({ weeks, expected }) => {
    const result = suggestDownWeek(weeks);
    if (expected === null) expect(result).toBeNull();
    else expect(result).toMatchObject(expected);
  });

  it("keeps the target 20-30% below the last week", () => {
    const result = suggestDownWeek([40, 44, 50])!;
    expect(result.basedOn).toEqual([40, 44, 50]);
    expect(result.low).toBe(35);
    expect(result.high).toBe(40);
  });
});
